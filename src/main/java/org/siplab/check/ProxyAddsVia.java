package org.siplab.check;


/**
 * VIA-004: a proxy puts a Via of its own on top of the Via values of the request it forwards, so
 * that the responses come back through it, to its client transaction.
 */
final class ProxyAddsVia implements Rule {

  private static final RuleInfo INFO = new RuleInfo("VIA-004",
      "A proxy adds its own Via on top of a request it forwards", Severity.ERROR,
      "RFC 3261 section 16.6 step 8",
      "The proxy MUST insert a Via header field value into the copy before the existing Via"
          + " header field values.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      Sent upstream = s.isRequest() && !s.isRetransmission()
          ? trace.forwarding().upstreamOf(s) : null;
      if (upstream == null || upstream.vias().isEmpty()) {
        continue;
      }
      if (ViaValues.same(s.vias(), upstream.vias())) {
        report.at(s, s.from() + " forwarded " + s.label() + " without a Via of its own: its top"
            + " Via is still the one " + upstream.from() + " sent (branch "
            + Words.quoted(upstream.branch()) + ").");
      } else if (!ViaValues.sameAfterTop(s.vias(), upstream.vias())
          || ViaValues.same(s.vias().get(0), upstream.vias().get(0))) {
        report.at(s, s.from() + " forwarded " + s.label() + " with " + s.vias().size()
            + " Via values that are not one new Via on top of the " + upstream.vias().size()
            + " it received (event " + upstream.seq() + ").");
      }
    }
  }
}
