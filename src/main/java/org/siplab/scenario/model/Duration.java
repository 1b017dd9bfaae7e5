package org.siplab.scenario.model;

import java.math.BigDecimal;

/**
 * A span of virtual time in whole microseconds, the simulator's unit. Named like {@code
 * java.time.Duration} on purpose: in a scenario there is no other time than virtual time.
 */
public record Duration(long micros) implements Comparable<Duration> {

  public static final Duration ZERO = new Duration(0);

  private static final long MS = 1_000;
  private static final long S = 1_000_000;
  private static final long MIN = 60 * S;

  public static Duration ofMicros(long micros) {
    return new Duration(micros);
  }

  public static Duration ofMillis(long millis) {
    return new Duration(Math.multiplyExact(millis, MS));
  }

  public static Duration ofSeconds(long seconds) {
    return new Duration(Math.multiplyExact(seconds, S));
  }

  public static Duration ofMinutes(long minutes) {
    return new Duration(Math.multiplyExact(minutes, MIN));
  }

  public Duration plus(Duration other) {
    return new Duration(Math.addExact(micros, other.micros));
  }

  public boolean isZero() {
    return micros == 0;
  }

  @Override
  public int compareTo(Duration other) {
    return Long.compare(micros, other.micros);
  }

  /**
   * How a scenario file would write it: {@code 3m}, {@code 60s}, {@code 90s}, {@code 1.5s},
   * {@code 500ms}, {@code 250us}; minutes from 2m to 59m, seconds otherwise ({@code 3600s}).
   */
  @Override
  public String toString() {
    if (micros % MIN == 0 && micros >= 2 * MIN && micros < 60 * MIN) {
      return micros / MIN + "m";
    }
    if (micros % MS != 0) {
      return micros + "us";
    }
    if (micros % S != 0 && Math.abs(micros) < S) {
      return micros / MS + "ms";
    }
    return BigDecimal.valueOf(micros, 6).stripTrailingZeros().toPlainString() + "s";
  }
}
