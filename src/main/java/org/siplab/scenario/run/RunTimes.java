package org.siplab.scenario.run;

import java.math.BigDecimal;

/**
 * Times of a run in the words of its verdicts and notes. A time of the run is written in seconds,
 * as an expectation's {@code by} is ({@code 1.02s}, {@code 2.084004s}); {@code Duration}'s text,
 * the way a scenario file writes a span, would switch to microseconds ({@code 2084004us}) for a
 * time jitter put between milliseconds, and a verdict and a note of one run would then write the
 * same kind of time two ways.
 */
final class RunTimes {

  private RunTimes() {}

  /** {@code 0s}, {@code 1.02s}, {@code 0.181635s}. */
  static String seconds(long us) {
    return BigDecimal.valueOf(us, 6).stripTrailingZeros().toPlainString() + "s";
  }

  /**
   * When a step acted: {@code " at 1.02s"}, or {@code " 3 times, the first at 1.02s"} for an
   * {@code on:} step that ran more than once.
   */
  static String when(int times, long firstUs) {
    return times == 1 ? " at " + seconds(firstUs)
        : " " + times + " times, the first at " + seconds(firstUs);
  }
}
