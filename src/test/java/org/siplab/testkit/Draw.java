package org.siplab.testkit;

import java.util.List;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Convenience draws from a QuickTheories randomness source. Every value comes from the source, so
 * QuickTheories can replay and shrink a failing example from its seed.
 */
public final class Draw {

  private final RandomnessSource in;

  public Draw(RandomnessSource in) {
    this.in = in;
  }

  public long between(long lo, long hi) {
    return in.next(Constraint.between(lo, hi));
  }

  public int between(int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  public boolean chance(int percent) {
    return between(0, 99) < percent;
  }

  public <T> T pick(List<T> options) {
    return options.get(between(0, options.size() - 1));
  }

  @SafeVarargs
  public final <T> T pick(T... options) {
    return options[between(0, options.length - 1)];
  }

  /** A string of {@code lo..hi} characters drawn from {@code alphabet}. */
  public String string(String alphabet, int lo, int hi) {
    int n = between(lo, hi);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(between(0, alphabet.length() - 1)));
    }
    return sb.toString();
  }
}
