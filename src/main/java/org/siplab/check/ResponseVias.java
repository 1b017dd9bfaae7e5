package org.siplab.check;

import java.util.List;
import org.siplab.message.Via;

/**
 * VIA-003: on every hop, a response carries the Via values of the request it answers, in order:
 * the top one takes it back to the element that sent the request, the others take it further back.
 * The {@code received} and {@code rport} parameters the receiver adds are not a difference. The
 * rule is the UAS's (section 8.2.6.2): a response a proxy forwards is judged by VIA-005 (it removes
 * its own Via and nothing else, section 16.7 step 3), so a wrong Via the UAS made is not blamed
 * again on each proxy that passed it on.
 */
final class ResponseVias implements Rule {

  private static final RuleInfo INFO = new RuleInfo("VIA-003",
      "A response carries the Via values of its request", Severity.ERROR,
      "RFC 3261 section 8.2.6.2",
      "The Via header field values in the response MUST equal the Via header field values in the"
          + " request and MUST maintain the same ordering.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isResponse() || s.isRetransmission() || !trace.isOrigin(s)) {
        continue;
      }
      Sent request = trace.hops().requestOf(s);
      if (request != null && !ViaValues.same(request.vias(), s.vias())) {
        report.at(s, s.from() + " sent " + s.labelWithMethod() + " with "
            + difference(request.vias(), s.vias()) + " (the request is event " + request.seq()
            + ").");
      }
    }
  }

  private static String difference(List<Via> request, List<Via> response) {
    if (request.size() != response.size()) {
      return response.size() + " Via values where the request had " + request.size();
    }
    int i = 0;
    while (ViaValues.same(request.get(i), response.get(i))) {
      i++;
    }
    return "Via " + Words.quoted(ViaValues.text(response.get(i))) + " where the request had "
        + Words.quoted(ViaValues.text(request.get(i)));
  }
}
