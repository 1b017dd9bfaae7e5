package org.siplab.explain;

/**
 * A timer's duration in words, with the base value it comes from (RFC 3261 17.1.1.1 and the table
 * in appendix A): {@code 500 ms (T1)}, {@code 1 s (T1 = 500 ms, doubled once)}, {@code 4 s (T2,
 * the cap)}, {@code 32 s (64*T1)}, {@code 5 s (T4)}.
 */
final class TimerValues {

  private final long t1Us;
  private final long t2Us;
  private final long t4Us;

  TimerValues(long t1Us, long t2Us, long t4Us) {
    this.t1Us = t1Us;
    this.t2Us = t2Us;
    this.t4Us = t4Us;
  }

  long t1Us() {
    return t1Us;
  }

  long t2Us() {
    return t2Us;
  }

  /**
   * The duration and where it comes from. {@code cappedAtT2} says whether the timer doubles only up
   * to T2 (Timers E and G and the 2xx retransmission), where reaching T2 is worth saying.
   */
  String describe(long durationUs, boolean cappedAtT2) {
    String relation = relation(durationUs, cappedAtT2);
    String text = Durations.text(durationUs);
    return relation.isEmpty() ? text : text + " (" + relation + ")";
  }

  private String relation(long us, boolean cappedAtT2) {
    if (cappedAtT2 && us == t2Us && us != t1Us) {
      return "T2, the cap";
    }
    int doublings = doublingsOfT1(us);
    if (doublings == 0) {
      return "T1";
    }
    if (doublings > 0 && doublings < 6) {
      return "T1 = " + Durations.text(t1Us) + ", doubled " + times(doublings);
    }
    if (us == 64 * t1Us) {
      return "64*T1";
    }
    if (us == t2Us) {
      return "T2";
    }
    if (us == t4Us) {
      return "T4";
    }
    return "";
  }

  /** n when {@code us} is T1 doubled n times, else -1. */
  private int doublingsOfT1(long us) {
    long value = t1Us;
    for (int n = 0; n < 6; n++) {
      if (value == us) {
        return n;
      }
      value *= 2;
    }
    return -1;
  }

  private static String times(int n) {
    if (n == 1) {
      return "once";
    }
    return n == 2 ? "twice" : n + " times";
  }
}
