package org.siplab.report;

/**
 * Virtual time as a report writes it. Integer arithmetic only, so that no locale can change a digit
 * (DESIGN.md, determinism).
 */
final class TimeText {

  private TimeText() {}

  /** A moment: {@code 0.510 s}, or {@code 0.000250 s} when it is not a whole millisecond. */
  static String at(long us) {
    long seconds = us / 1_000_000;
    long fraction = us % 1_000_000;
    if (fraction % 1000 == 0) {
      return seconds + "." + pad(fraction / 1000, 3) + " s";
    }
    return seconds + "." + pad(fraction, 6) + " s";
  }

  /** A length of time: {@code 250 µs}, {@code 10 ms}, {@code 32 s}, {@code 1.5 s}. */
  static String span(long us) {
    if (us % 1_000_000 == 0) {
      return us / 1_000_000 + " s";
    }
    if (us >= 1_000_000) {
      String text = at(us);
      return text.replaceAll("0+ s$", " s");
    }
    if (us % 1000 == 0) {
      return us / 1000 + " ms";
    }
    return us + " µs";
  }

  private static String pad(long value, int width) {
    String digits = Long.toString(value);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
