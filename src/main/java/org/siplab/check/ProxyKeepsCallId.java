package org.siplab.check;


/**
 * CALLID-004: a proxy forwards a copy of what it received (section 16.6 step 1, 16.7 step 9) and
 * changes only the fields its steps name (Request-URI, Max-Forwards, Record-Route, Route, Via):
 * the Call-ID is the same end to end. A B2BUA is not a proxy; its legs are judged by CALLID-005.
 */
final class ProxyKeepsCallId implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CALLID-004",
      "A proxy forwards requests and responses with their Call-ID unchanged", Severity.ERROR,
      "RFC 3261 sections 16.6 and 16.7",
      "The proxy starts with a copy of the received request. The copy MUST initially contain all"
          + " of the header fields from the received request. Fields not detailed in the"
          + " processing described below MUST NOT be removed.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (s.isRetransmission() || !trace.isProxy(s.from())) {
        continue;
      }
      Sent copied = s.isRequest() ? trace.forwarding().upstreamOf(s)
          : s.isResponse() ? trace.forwarding().downstreamOf(s) : null;
      if (copied != null && copied.callId() != null && !copied.callId().equals(s.callId())) {
        report.at(s, s.from() + " forwarded " + s.labelWithMethod() + " with Call-ID "
            + Words.quoted(s.callId()) + " where the " + copied.label() + " it received (event "
            + copied.seq() + ") had " + Words.quoted(copied.callId()) + ".");
      }
    }
  }
}
