package org.siplab.check;


/**
 * MAXFWD-001: each proxy takes one from Max-Forwards, so that a request caught in a loop dies after
 * a bounded number of hops (483 Too Many Hops, section 16.3); a request without one gets one.
 */
final class ProxyDecrementsMaxForwards implements Rule {

  private static final RuleInfo INFO = new RuleInfo("MAXFWD-001",
      "A proxy decrements Max-Forwards by one", Severity.ERROR, "RFC 3261 section 16.6 step 3",
      "If the copy contains a Max-Forwards header field, the proxy MUST decrement its value by one"
          + " (1). If the copy does not contain a Max-Forwards header field, the proxy MUST add"
          + " one with a field value, which SHOULD be 70.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      Sent upstream = s.isRequest() && !s.isRetransmission()
          ? trace.forwarding().upstreamOf(s) : null;
      if (upstream == null) {
        continue;
      }
      int received = upstream.message().maxForwards();
      int sent = s.message().maxForwards();
      String what = s.from() + " forwarded " + s.label();
      if (received == 0) {
        report.at(s, what + " although it arrived with Max-Forwards 0 (event " + upstream.seq()
            + "), which allows no further hop.");
      } else if (received > 0 && sent != received - 1) {
        report.at(s, what + (sent < 0 ? " without Max-Forwards" : " with Max-Forwards " + sent)
            + "; it received " + received + " (event " + upstream.seq() + ") and must send "
            + (received - 1) + ".");
      } else if (received < 0 && sent < 0) {
        report.at(s, what + " without Max-Forwards; when the request it receives has none"
            + " (event " + upstream.seq() + "), a proxy adds one, normally 70.");
      }
    }
  }
}
