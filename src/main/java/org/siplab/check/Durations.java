package org.siplab.check;

import java.math.BigDecimal;

/**
 * Virtual times and durations in words, without floating point or locale: {@code 1.5 s},
 * {@code 500 ms}, {@code 0 s}. The same microseconds always give the same text.
 */
public final class Durations {

  private static final long MICROS_PER_SECOND = 1_000_000;

  private Durations() {}

  /** A duration: seconds from one second up, milliseconds below. */
  public static String text(long us) {
    if (us != 0 && Math.abs(us) < MICROS_PER_SECOND) {
      return decimal(us, 3) + " ms";
    }
    return decimal(us, 6) + " s";
  }

  /** A point of virtual time, always in seconds: {@code 0.03 s}. */
  public static String at(long us) {
    return decimal(us, 6) + " s";
  }

  private static String decimal(long value, int scale) {
    BigDecimal d = BigDecimal.valueOf(value, scale).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
