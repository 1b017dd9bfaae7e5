package org.siplab.check;


/**
 * CALLID-005, a teaching point: a B2BUA (an element of kind {@code pbx}) is a UAS on one leg and a
 * UAC on the other, so each leg is a dialog of its own, and its new INVITE is "a new request
 * created by a UAC outside of any dialog" with a Call-ID of its own (section 8.1.1.4). Some B2BUAs
 * copy the incoming Call-ID to the outgoing leg; that works, but hides that there are two dialogs,
 * and the RFC does not forbid it for a B2BUA in so many words, hence info.
 */
final class B2buaLegCallId implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CALLID-005",
      "A B2BUA gives each leg a Call-ID of its own (a teaching point)", Severity.INFO,
      "RFC 3261 sections 6 and 8.1.1.4",
      "A back-to-back user agent (B2BUA) is a logical entity that receives a request and"
          + " processes it as a user agent server (UAS). In order to determine how the request"
          + " should be answered, it acts as a user agent client (UAC) and generates requests.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!"pbx".equals(trace.kind(s.from())) || !s.isRequest() || !s.isMethod("INVITE")
          || s.isRetransmission() || s.toTag() != null || s.callId() == null) {
        continue;
      }
      Sent incoming = incomingLeg(trace, s);
      if (incoming != null) {
        report.at(s, s.from() + " started its leg to " + s.to() + " with the Call-ID "
            + Words.quoted(s.callId()) + " of its incoming leg from " + incoming.from()
            + " (event " + incoming.seq() + "); a B2BUA leg is a dialog of its own and"
            + " normally has its own Call-ID.");
      }
    }
  }

  /**
   * The INVITE with the same Call-ID that reached the pbx before, from any element: the callee's
   * own too, since a phone that dials its own extension is the caller of the incoming leg and the
   * callee of the outgoing one, two dialogs all the same.
   */
  private static Sent incomingLeg(TraceView trace, Sent outgoing) {
    for (Sent r : trace.sends()) {
      if (r.to().equals(outgoing.from()) && r.isRequest() && r.isMethod("INVITE")
          && r.toTag() == null && r.arrivedBefore(outgoing.seq())
          && outgoing.callId().equals(r.callId())) {
        return r;
      }
    }
    return null;
  }
}
