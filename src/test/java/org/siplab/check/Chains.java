package org.siplab.check;

/**
 * Adds timer-driven retransmissions to a flow, on schedule: the k-th after T1 * 2^(k-1) since the
 * previous transmission, Timer A without a cap, E, G and the 2xx timer capped at T2. Every later
 * step is delayed by the time the retransmissions take, so that the flow stays in time order (its
 * answers were late, or lost and resent).
 */
final class Chains {

  private Chains() {}

  /** The interval before retransmission {@code k} (from 1) of {@code timer}. */
  static long interval(String timer, int k) {
    long doubled = Flow.T1_US << (k - 1);
    return timer.equals("A") ? doubled : Math.min(doubled, Flow.T2_US);
  }

  /** The time of retransmission {@code k} after the first transmission. */
  static long offset(String timer, int k) {
    long sum = 0;
    for (int i = 1; i <= k; i++) {
      sum += interval(timer, i);
    }
    return sum;
  }

  /**
   * The flow with {@code count} retransmissions of step {@code seq} right after it, named by
   * {@code timer} in the trace, or unnamed when {@code named} is false (a request's timer is then
   * inferred by the checker).
   */
  static Flow insert(Flow flow, long seq, String timer, int count, boolean named) {
    Flow.Step first = flow.step(seq);
    Flow out = flow.delayingFrom(seq + 1, offset(timer, count));
    for (int k = 1; k <= count; k++) {
      out = out.inserting(seq + k, new Flow.Step(first.label() + "r" + k, first.from(),
          first.to(), first.timeUs() + offset(timer, k), first.message(),
          named ? timer : null));
    }
    return out;
  }

  /** The timer that retransmits this message on its own, or null for one no timer repeats. */
  static String timerOf(Roles roles, long seq) {
    if (roles.isRequest(seq)) {
      return roles.is(seq, "ACK") ? null : roles.is(seq, "INVITE") ? "A" : "E";
    }
    int status = roles.status(seq);
    if (!roles.is(seq, "INVITE") || status < 200) {
      return null;
    }
    return status < 300 ? (roles.origin(seq) ? "2xx" : null) : "G";
  }
}
