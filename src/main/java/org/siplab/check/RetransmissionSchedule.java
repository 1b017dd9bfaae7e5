package org.siplab.check;

import java.util.HashMap;
import java.util.Map;

/**
 * TIMER-001 to TIMER-004: the intervals between a message's timer-driven transmissions follow its
 * timer, in the trace's own T1 and T2. The k-th retransmission comes after T1 * 2^(k-1) since the
 * previous timer-driven transmission (the first transmission for k = 1); Timer A doubles without a
 * cap, the others stop doubling at T2.
 *
 * <p>The timer of a retransmission is the one the trace names ({@code retransmittedBy}); a request
 * sent again without one can only have been sent by its client transaction's timer, A for an
 * INVITE and E otherwise. A response sent again without a timer name may answer a retransmitted
 * request (section 17.2.1) and is not timed. The 2xx schedule belongs to the UAS core; a proxy
 * relaying 2xx retransmissions only follows it, so only the element that made the 2xx is judged.
 *
 * <p>Severity follows the RFC's keyword. Timers A and E are errors: section 17.1.1.2 says "the
 * exponential backoffs on retransmissions described in this section MUST be used" and 17.1.2.2
 * says Timer E "MUST be reset". Timer G (17.2.1, "timer G is set to fire in MIN(2*T1, T2)
 * seconds") and the 2xx interval (13.3.1.4, "passed to the transport with an interval that starts
 * at T1 seconds") are stated without MUST, SHOULD or RECOMMENDED, so TIMER-003 and TIMER-004 are
 * teaching points (info), not warnings.
 */
final class RetransmissionSchedule implements Rule {

  /** How an info rule's title says that the RFC states it without MUST or SHOULD. */
  private static final String TEACHING_POINT = " (a teaching point)";

  /** Virtual time is exact; this only absorbs rounding in a hand-made trace. */
  static final long TOLERANCE_US = 1_000;

  /**
   * A capture's times come from real timers and a capture point, which drift by milliseconds
   * (the RFC states no precision), so there an interval may be off by a tenth of itself.
   */
  static final long CAPTURE_TOLERANCE_DIVISOR = 10;

  /** One timer's schedule. */
  enum Timer {
    A("TIMER-001", "INVITE retransmissions follow Timer A: T1, 2*T1, 4*T1, ...",
        Severity.ERROR, "RFC 3261 section 17.1.1.2",
        "When timer A fires, the client transaction MUST retransmit the request by passing it to"
            + " the transport layer, and MUST reset the timer with a value of 2*T1. ... Whatever"
            + " the value of T1, the exponential backoffs on retransmissions described in this"
            + " section MUST be used."),
    E("TIMER-002", "Non-INVITE retransmissions follow Timer E: T1, 2*T1, ... capped at T2",
        Severity.ERROR, "RFC 3261 section 17.1.2.2",
        "If an unreliable transport is in use, the client transaction MUST set timer E to fire in"
            + " T1 seconds. If timer E fires while still in this state, the timer is reset, but"
            + " this time with a value of MIN(2*T1, T2). ... If Timer E fires while in the"
            + " \"Proceeding\" state, the request MUST be passed to the transport layer for"
            + " retransmission, and Timer E MUST be reset with a value of T2 seconds."),
    G("TIMER-003", "Non-2xx final response retransmissions follow Timer G, capped at T2"
        + TEACHING_POINT, Severity.INFO, "RFC 3261 section 17.2.1",
        "If timer G fires, the response is passed to the transport layer once more for"
            + " retransmission, and timer G is set to fire in MIN(2*T1, T2) seconds. From then on,"
            + " when timer G fires, the response is passed to the transport again for"
            + " transmission, and timer G is reset with a value that doubles, unless that value"
            + " exceeds T2, in which case it is reset with the value of T2."),
    SUCCESS("TIMER-004", "2xx retransmissions start at T1 and double up to T2" + TEACHING_POINT,
        Severity.INFO, "RFC 3261 section 13.3.1.4",
        "The 2xx response is passed to the transport with an interval that starts at T1 seconds"
            + " and doubles for each retransmission until it reaches T2 seconds (T1 and T2 are"
            + " defined in Section 17).");

    private final RuleInfo info;

    Timer(String id, String title, Severity severity, String rfc, String quote) {
      this.info = new RuleInfo(id, title, severity, rfc, quote);
    }

    /** As a trace names it in {@code retransmittedBy}. */
    String label() {
      return this == SUCCESS ? "2xx" : name();
    }
  }

  private final Timer timer;

  RetransmissionSchedule(Timer timer) {
    this.timer = timer;
  }

  @Override
  public RuleInfo info() {
    return timer.info;
  }

  @Override
  public void check(TraceView trace, Report report) {
    int[] count = new int[trace.sends().size()];
    long[] last = new long[trace.sends().size()];
    Map<String, Long> proceeding = timer == Timer.E ? firstProvisionals(trace) : Map.of();
    for (Sent s : trace.sends()) {
      if (!s.isRetransmission() || !timer.label().equals(timerOf(trace, s))) {
        continue;
      }
      Sent first = s.original();
      int k = ++count[first.index()];
      long previous = k == 1 ? first.timeUs() : last[first.index()];
      last[first.index()] = s.timeUs();
      long interval = s.timeUs() - previous;
      long expected = expected(trace, k);
      boolean captured = trace.trace().isCapture();
      if (!near(interval, expected, captured) && !(timer == Timer.E
          && inProceeding(proceeding, s) && near(interval, trace.t2Us(), captured))) {
        report.at(s, s.from() + " retransmitted " + s.labelWithMethod() + " "
            + Durations.text(interval) + " after its previous transmission; Timer "
            + timer.label() + " sets retransmission " + k + " " + Durations.text(expected)
            + " after it (T1 = " + Durations.text(trace.t1Us()) + ", T2 = "
            + Durations.text(trace.t2Us()) + ").");
      }
    }
  }

  /**
   * Section 17.1.2.2: Timer E is reset to T2 only once it fires "while in the 'Proceeding' state",
   * that is after a provisional response reached the client transaction; in Trying it doubles
   * from T1. For each receiver and branch, the seq at which the first 1xx arrived there.
   */
  private static Map<String, Long> firstProvisionals(TraceView trace) {
    Map<String, Long> first = new HashMap<>();
    for (Sent r : trace.sends()) {
      if (r.isResponse() && r.status() >= 100 && r.status() < 200 && r.branch() != null
          && r.arrival() >= 0) {
        first.merge(r.to() + " " + r.branch(), r.arrival(), Math::min);
      }
    }
    return first;
  }

  /** Whether a provisional response for {@code s}'s transaction reached its sender before it. */
  private static boolean inProceeding(Map<String, Long> proceeding, Sent s) {
    Long at = proceeding.get(s.from() + " " + s.branch());
    return at != null && at < s.seq();
  }

  private static boolean near(long interval, long expected, boolean captured) {
    long tolerance = captured ? Math.max(TOLERANCE_US, expected / CAPTURE_TOLERANCE_DIVISOR)
        : TOLERANCE_US;
    return Math.abs(interval - expected) <= tolerance;
  }

  /** The timer behind a retransmission, or null when it was not sent by a timer. */
  private static String timerOf(TraceView trace, Sent s) {
    String named = s.event().retransmittedBy();
    if (named != null) {
      return "2xx".equals(named) && !trace.isOrigin(s) ? null : named;
    }
    if (!s.isRequest() || s.isMethod("ACK")) {
      return null;
    }
    return s.isMethod("INVITE") ? "A" : "E";
  }

  /** The interval before retransmission {@code k}: T1 doubled k-1 times, capped at T2 but for A. */
  private long expected(TraceView trace, int k) {
    long interval = trace.t1Us() << Math.min(k - 1, 30);
    return timer == Timer.A ? interval : Math.min(interval, trace.t2Us());
  }
}
