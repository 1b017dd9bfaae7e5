package org.siplab.check;

import org.siplab.message.Via;

/**
 * VIA-001: the Via an element puts on top of a request it sends has a branch that begins with the
 * magic cookie, which tells the next hop that the branch alone names the transaction. Judged on the
 * element's own Via: a proxy's copy is judged on the Via it added, and a CANCEL or the ACK of a
 * non-2xx reuses its request's Via and is judged there.
 */
final class BranchCookie implements Rule {

  private static final RuleInfo INFO = new RuleInfo("VIA-001",
      "A request's branch begins with z9hG4bK", Severity.ERROR, "RFC 3261 section 8.1.1.7",
      "The Via header field value MUST contain a branch parameter. ... The branch ID inserted by"
          + " an element compliant with this specification MUST always begin with the characters"
          + " \"z9hG4bK\".");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || s.isRetransmission() || s.topVia() == null || !ownVia(trace, s)) {
        continue;
      }
      String branch = s.branch();
      if (branch == null) {
        report.at(s, s.from() + " sent " + s.label() + " with no branch in its Via.");
      } else if (!branch.startsWith(Via.MAGIC_COOKIE)) {
        report.at(s, s.from() + " sent " + s.label() + " with branch " + Words.quoted(branch)
            + ", which does not begin with the magic cookie " + Via.MAGIC_COOKIE + ".");
      }
    }
  }

  private static boolean ownVia(TraceView trace, Sent s) {
    if (s.isMethod("CANCEL") && trace.hops().cancelledBy(s) != null
        || s.isMethod("ACK") && trace.hops().inviteOfNonSuccessAck(s) != null) {
      return false;
    }
    Sent upstream = trace.forwarding().upstreamOf(s);
    return upstream == null || upstream.topVia() == null
        || !ViaValues.same(upstream.topVia(), s.topVia());
  }
}
