package org.siplab.explain;

import java.math.BigDecimal;

/**
 * Durations and points of virtual time in words, without floating point or locale: {@code 500 ms},
 * {@code 1 s}, {@code 1.5 s}, {@code 32 s}. The same microseconds always give the same text.
 */
final class Durations {

  private static final long MICROS_PER_SECOND = 1_000_000;
  private static final long MICROS_PER_MILLI = 1_000;

  private Durations() {}

  /** A duration: seconds from one second up, milliseconds below, microseconds below that. */
  static String text(long us) {
    long size = Math.abs(us);
    if (size >= MICROS_PER_SECOND || us == 0) {
      return decimal(us, 6) + " s";
    }
    if (size >= MICROS_PER_MILLI) {
      return decimal(us, 3) + " ms";
    }
    return us + " µs";
  }

  /** A point of virtual time, always in seconds: {@code 0.03 s}. */
  static String at(long us) {
    return decimal(us, 6) + " s";
  }

  private static String decimal(long value, int scale) {
    BigDecimal d = BigDecimal.valueOf(value, scale).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}
