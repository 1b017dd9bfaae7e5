package org.siplab.spelling;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;


/**
 * "Did you mean ...?": the known name closest to a misspelt one, if it is close enough. Scenario
 * files (a misspelt key or element) and the command line (a misspelt command or option) ask it.
 */
public final class Suggest {

  /** Longer words are not misspelt names; comparing them would only cost time. */
  private static final int LONGEST_WORD = 64;

  private Suggest() {}

  /**
   * The candidate at the smallest edit distance (insert, delete, replace, swap two neighbours;
   * case ignored), if that distance is small for the word's length; the first such in order.
   */
  public static Optional<String> closest(String typo, Collection<String> candidates) {
    if (typo.length() > LONGEST_WORD) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String a = typo.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.length() > LONGEST_WORD) {
        continue;
      }
      String b = candidate.toLowerCase(Locale.ROOT);
      if (otherNumber(a, b)) {
        continue;
      }
      int d = EditDistance.between(a, b);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return bestDistance <= tolerance(typo) ? Optional.of(best) : Optional.empty();
  }

  /**
   * {@code "; did you mean 'bob'?"}, or else {@code "; expected one of: alice, bob"} ({@code
   * "; expected " + otherwise} when there are no candidates).
   */
  public static String hint(String typo, Collection<String> candidates, String otherwise) {
    Optional<String> close = closest(typo, candidates);
    if (close.isPresent()) {
      return "; did you mean '" + close.get() + "'?";
    }
    if (candidates.isEmpty()) {
      return "; expected " + otherwise;
    }
    return "; expected one of: " + String.join(", ", candidates);
  }

  /**
   * Whether {@code a} and {@code b} differ only in digits put for other digits, as T3 and T1,
   * G723 and G722, or CSEQ-009 and CSEQ-008 do: a name with another number is another name, not
   * a slip of the hand (RFC 3261 has no timer T3 for T1 to be meant by it). Two neighbouring
   * digits swapped (CSEQ-010 for CSEQ-001) are a slip, and still suggested.
   */
  static boolean otherNumber(String a, String b) {
    if (a.length() != b.length() || a.equals(b)) {
      return false;
    }
    int first = -1;
    int count = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (!Character.isDigit(a.charAt(i)) || !Character.isDigit(b.charAt(i))) {
          return false;
        }
        first = first < 0 ? i : first;
        count++;
      }
    }
    boolean swap = count == 2 && a.charAt(first) == b.charAt(first + 1)
        && a.charAt(first + 1) == b.charAt(first);
    return !swap;
  }

  private static int tolerance(String typo) {
    int length = typo.length();
    return length <= 3 ? 1 : length <= 6 ? 2 : 3;
  }
}
