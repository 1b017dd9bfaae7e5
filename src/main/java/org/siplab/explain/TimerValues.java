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
   * What a timer's value is made of (RFC 3261 appendix A), so that a value is put in terms of T1,
   * T2 or T4 only where the RFC defines it so, and never because a number happens to match.
   */
  enum Basis {
    /** T1, doubled on each firing without a cap (Timer A). */
    T1_DOUBLED,
    /** T1, doubled on each firing up to T2 (Timers E and G, the 2xx retransmission). */
    T1_DOUBLED_UP_TO_T2,
    /** 64*T1 (Timers B, F, H, J, L and M). */
    SIXTY_FOUR_T1,
    /** T4 (Timers I and K, over UDP). */
    T4,
    /** Timer D: "at least 32 seconds for unreliable transports" (section 17.1.1.2). */
    AT_LEAST_32_S,
    /** A fixed value of its own (the 200 ms Trying timer, Timer C). */
    FIXED,
    /** An element's own timer: its value comes from the scenario or the messages. */
    ELEMENT
  }

  /** The duration and, for an RFC timer, where it comes from. */
  String describe(long durationUs, Basis basis) {
    String relation = relation(durationUs, basis);
    String text = Durations.text(durationUs);
    return relation.isEmpty() ? text : text + " (" + relation + ")";
  }

  private String relation(long us, Basis basis) {
    switch (basis) {
      case T1_DOUBLED, T1_DOUBLED_UP_TO_T2 -> {
        if (basis == Basis.T1_DOUBLED_UP_TO_T2 && us == t2Us && us != t1Us) {
          return "T2, the cap";
        }
        int doublings = doublingsOfT1(us);
        if (doublings == 0) {
          return "T1";
        }
        return doublings > 0 ? "T1 = " + Durations.text(t1Us) + ", doubled " + times(doublings)
            : "";
      }
      case SIXTY_FOUR_T1 -> {
        return us == 64 * t1Us ? "64*T1" : "";
      }
      case T4 -> {
        return us == t4Us ? "T4" : "";
      }
      case AT_LEAST_32_S -> {
        return "at least 32 s over UDP";
      }
      default -> {
        return "";
      }
    }
  }

  /** n when {@code us} is T1 doubled n times, else -1. */
  private int doublingsOfT1(long us) {
    long value = t1Us;
    for (int n = 0; n < 16; n++) {
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
