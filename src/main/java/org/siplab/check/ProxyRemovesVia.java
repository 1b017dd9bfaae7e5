package org.siplab.check;


/**
 * VIA-005: the top Via of a response a proxy receives is its own (it put it on the request), so it
 * takes that one off before forwarding the response; the next Via then names the element the
 * response goes back to.
 */
final class ProxyRemovesVia implements Rule {

  private static final RuleInfo INFO = new RuleInfo("VIA-005",
      "A proxy removes its own Via from a response it forwards", Severity.ERROR,
      "RFC 3261 section 16.7 step 3",
      "As client transactions pass responses to the proxy layer, the following processing MUST"
          + " take place: ... 3. Remove the topmost Via ... The proxy removes the topmost Via"
          + " header field value from the response.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      Sent downstream = s.isResponse() && !s.isRetransmission()
          ? trace.forwarding().downstreamOf(s) : null;
      if (downstream == null || ViaValues.sameAfterTop(downstream.vias(), s.vias())) {
        continue;
      }
      if (ViaValues.same(downstream.vias(), s.vias())) {
        report.at(s, s.from() + " forwarded " + s.labelWithMethod() + " with its own Via (branch "
            + Words.quoted(s.branch()) + ") still on top.");
      } else {
        report.at(s, s.from() + " forwarded " + s.labelWithMethod() + " with " + s.vias().size()
            + " Via values that are not the ones below its own in the response it received"
            + " (event " + downstream.seq() + ").");
      }
    }
  }
}
