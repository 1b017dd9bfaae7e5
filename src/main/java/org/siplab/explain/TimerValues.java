package org.siplab.explain;

/**
 * A timer's duration in words, with the base value it comes from (RFC 3261 17.1.1.1 and the table
 * in appendix A): {@code 500 ms (T1)}, {@code 1 s (T1 = 500 ms, doubled once)}, {@code 4 s (T2,
 * the cap)}, {@code 32 s (64*T1)}, {@code 5 s (T4)}.
 *
 * <p>An element may run on a T1 of its own (section 17.1.1.2: "Elements MAY (though it is NOT
 * RECOMMENDED) use smaller values of T1"); its values are then put in terms of its own base, named
 * as its own where it differs from the run's: {@code 500 ms (alice's own T1 = 250 ms, doubled
 * once)}, so that the ladder's T1 is never read into a value built on another.
 */
final class TimerValues {

  private final long t1Us;
  private final long t2Us;
  private final long t4Us;
  private final String t1Name;
  private final String t2Name;
  private final String t4Name;

  /** The run's timers. */
  TimerValues(long t1Us, long t2Us, long t4Us) {
    this(t1Us, t2Us, t4Us, null, null);
  }

  /** {@code element}'s own timers, each named as its own where it is not {@code run}'s. */
  TimerValues(long t1Us, long t2Us, long t4Us, String element, TimerValues run) {
    this.t1Us = t1Us;
    this.t2Us = t2Us;
    this.t4Us = t4Us;
    this.t1Name = name("T1", element, run == null || run.t1Us == t1Us);
    this.t2Name = name("T2", element, run == null || run.t2Us == t2Us);
    this.t4Name = name("T4", element, run == null || run.t4Us == t4Us);
  }

  private static String name(String base, String element, boolean sameAsRun) {
    return sameAsRun ? base : element + "'s own " + base;
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
          return t2Name + ", the cap";
        }
        int doublings = doublingsOfT1(us);
        if (doublings == 0) {
          return t1Name;
        }
        return doublings > 0 ? t1Name + " = " + Durations.text(t1Us) + ", doubled "
            + times(doublings) : "";
      }
      case SIXTY_FOUR_T1 -> {
        if (us != 64 * t1Us) {
          return "";
        }
        return t1Name.equals("T1") ? "64*T1" : "64*T1, with " + t1Name + " = "
            + Durations.text(t1Us);
      }
      case T4 -> {
        return us == t4Us ? t4Name : "";
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
