package org.siplab.check;

import java.util.HashMap;
import java.util.Map;
import org.siplab.trace.TraceEvent;

/**
 * TIMER-001 to TIMER-004: the intervals between a message's timer-driven transmissions follow its
 * timer, in the trace's own T1 and T2. The k-th retransmission comes after T1 * 2^(k-1) since the
 * previous timer-driven transmission (the first transmission for k = 1); Timer A doubles without a
 * cap, the others stop doubling at T2.
 *
 * <p>The timer of a retransmission is the one the trace names ({@code retransmittedBy}); a request
 * sent again without one can only have been sent by its client transaction's timer, A for an
 * INVITE and E otherwise, unless it is a proxy's stateless copy of a CANCEL it received again, or
 * a simulated run shows it forwarded statelessly at a request's arrival (section 16.11). A
 * response sent again without a timer name may answer a retransmitted request (section 17.2.1)
 * and is not timed. The 2xx schedule belongs to the UAS core; a proxy relaying 2xx
 * retransmissions only follows it, so only the element that made the 2xx is judged.
 *
 * <p>Severity follows the RFC's keyword. Timers A and E are errors: section 17.1.1.2 says "the
 * exponential backoffs on retransmissions described in this section MUST be used" and 17.1.2.2
 * says Timer E "MUST be reset". But an element "MAY (though it is NOT RECOMMENDED) use smaller
 * values of T1" (17.1.1.2), and the MUST holds "[w]hatever the value of T1": retransmissions early
 * for the trace's T1 that still back off exponentially from a smaller one (the first interval)
 * are a warning, naming that T1. Timer G (17.2.1, "timer G is set to fire in MIN(2*T1, T2)
 * seconds") and the 2xx interval (13.3.1.4, "passed to the transport with an interval that starts
 * at T1 seconds") are stated without MUST, SHOULD or RECOMMENDED, so TIMER-003 and TIMER-004 are
 * teaching points (info), not warnings.
 */
final class RetransmissionSchedule implements Rule {

  /**
   * How the titles of Timers A and E say that the T1 they start from may be smaller, as a
   * warning: section 17.1.1.2 does not recommend it, but its MUST is the backoff.
   */
  private static final String SMALLER_T1 = " (doubling from a smaller T1: a warning)";

  /** Section 17.1.1.2 on a smaller T1, which holds for every client transaction's timer. */
  private static final String SMALLER_T1_QUOTE = "Elements MAY (though it is NOT RECOMMENDED) use"
      + " smaller values of T1 within closed, private networks that do not permit general Internet"
      + " connection.";

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
    A("TIMER-001", "INVITE retransmissions follow Timer A: T1, 2*T1, 4*T1, ..." + SMALLER_T1,
        Severity.ERROR, "RFC 3261 section 17.1.1.2",
        "When timer A fires, the client transaction MUST retransmit the request by passing it to"
            + " the transport layer, and MUST reset the timer with a value of 2*T1. ... "
            + SMALLER_T1_QUOTE + " ... Whatever the value of T1, the exponential backoffs on"
            + " retransmissions described in this section MUST be used."),
    E("TIMER-002", "Non-INVITE retransmissions follow Timer E: T1, 2*T1, ... capped at T2"
        + SMALLER_T1, Severity.ERROR, "RFC 3261 sections 17.1.2.2 and 17.1.1.2",
        "If an unreliable transport is in use, the client transaction MUST set timer E to fire in"
            + " T1 seconds. If timer E fires while still in this state, the timer is reset, but"
            + " this time with a value of MIN(2*T1, T2). ... If Timer E fires while in the"
            + " \"Proceeding\" state, the request MUST be passed to the transport layer for"
            + " retransmission, and Timer E MUST be reset with a value of T2 seconds. ... "
            + SMALLER_T1_QUOTE),
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
    long[] ownT1 = new long[trace.sends().size()];
    boolean[] backsOff = new boolean[trace.sends().size()];
    Map<String, Long> proceeding = timer == Timer.E ? firstProvisionals(trace) : Map.of();
    boolean captured = trace.trace().isCapture();
    for (Sent s : trace.sends()) {
      if (!s.isRetransmission() || !timer.label().equals(timerOf(trace, s))) {
        continue;
      }
      Sent first = s.original();
      int i = first.index();
      int k = ++count[i];
      long previous = k == 1 ? first.timeUs() : last[i];
      last[i] = s.timeUs();
      long interval = s.timeUs() - previous;
      boolean inProceeding = timer == Timer.E && inProceeding(proceeding, s);
      if (k == 1) {
        // The first interval is the T1 the sender's timer started from (17.1.1.2, 17.1.2.2).
        ownT1[i] = interval;
        backsOff[i] = true;
      }
      backsOff[i] &= follows(interval, expected(ownT1[i], trace.t2Us(), k), inProceeding,
          trace.t2Us(), captured);
      long expected = expected(trace.t1Us(), trace.t2Us(), k);
      if (follows(interval, expected, inProceeding, trace.t2Us(), captured)) {
        continue;
      }
      if (backsOff[i] && smallerT1(trace, ownT1[i], captured)) {
        report.at(s, smallerT1Sentence(trace, s, interval, k, expected, ownT1[i]),
            Severity.WARNING);
      } else {
        report.at(s, s.from() + " retransmitted " + s.labelWithMethod() + " "
            + Durations.text(interval) + " after its previous transmission; Timer "
            + timer.label() + " sets retransmission " + k + " " + Durations.text(expected)
            + " after it (T1 = " + Durations.text(trace.t1Us()) + ", T2 = "
            + Durations.text(trace.t2Us()) + ").");
      }
    }
  }

  /**
   * Whether an interval keeps the schedule: near the expected value, or, for Timer E in
   * Proceeding, near T2 (section 17.1.2.2).
   */
  private static boolean follows(long interval, long expected, boolean inProceeding, long t2Us,
      boolean captured) {
    return near(interval, expected, captured) || inProceeding && near(interval, t2Us, captured);
  }

  /**
   * Whether a client transaction's timer started from a T1 below the trace's. Section 17.1.1.2:
   * "Elements MAY (though it is NOT RECOMMENDED) use smaller values of T1 within closed, private
   * networks ... Whatever the value of T1, the exponential backoffs on retransmissions described
   * in this section MUST be used." So retransmissions that still back off from the smaller T1
   * break only the recommendation, a warning; those that do not back off break the MUST. Timers G
   * and 2xx are teaching points, which a warning would outrank, so they stay as they are.
   */
  private boolean smallerT1(TraceView trace, long ownT1Us, boolean captured) {
    return (timer == Timer.A || timer == Timer.E) && ownT1Us < trace.t1Us()
        && !near(ownT1Us, trace.t1Us(), captured);
  }

  private String smallerT1Sentence(TraceView trace, Sent s, long interval, int k, long expected,
      long ownT1Us) {
    return s.from() + " retransmitted " + s.labelWithMethod() + " " + Durations.text(interval)
        + " after its previous transmission, where Timer " + timer.label() + " sets"
        + " retransmission " + k + " " + Durations.text(expected) + " after it (T1 = "
        + Durations.text(trace.t1Us()) + ", T2 = " + Durations.text(trace.t2Us()) + "); its"
        + " intervals back off exponentially from a T1 of " + Durations.text(ownT1Us) + ", smaller"
        + " than the trace's, which section 17.1.1.2 allows only in closed, private networks and"
        + " does NOT RECOMMEND.";
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
    if (!s.isRequest() || s.isMethod("ACK") || s.isMethod("CANCEL") && !trace.isOrigin(s)
        || forwardedOnArrival(trace, s)) {
      // A proxy forwards a CANCEL that matches no response context statelessly (16.10), and so
      // each copy the sender retransmits: their intervals are the sender's, judged at it. (A
      // request a proxy forwards statefully is retransmitted by its own client transaction.)
      return null;
    }
    return s.isMethod("INVITE") ? "A" : "E";
  }

  /**
   * Whether a simulated run shows {@code s} as a stateless forward: sent outside any transaction
   * at the arrival of a request. A stateless proxy (or a stateful one forwarding a CANCEL that
   * matches no response context, 16.10) forwards each retransmission that arrives, with the same
   * branch (16.11), so its copies keep the sender's pace, not a timer of its own.
   */
  private static boolean forwardedOnArrival(TraceView trace, Sent s) {
    long cause = s.event().cause();
    if (trace.trace().isCapture() || s.event().transaction() != null || cause < 1
        || cause > trace.trace().events().size()) {
      return false;
    }
    return trace.trace().event(cause) instanceof TraceEvent.Deliver d && d.to().equals(s.from());
  }

  /** The interval before retransmission {@code k}: T1 doubled k-1 times, capped at T2 but for A. */
  private long expected(long t1Us, long t2Us, int k) {
    long interval = t1Us << Math.min(k - 1, 30);
    return timer == Timer.A ? interval : Math.min(interval, t2Us);
  }
}
