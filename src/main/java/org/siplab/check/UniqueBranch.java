package org.siplab.check;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * VIA-002: a branch names one transaction, so each new request gets a new one, proxies' copies
 * included (section 16.6 step 8). The exceptions of section 8.1.1.7, each on the hop of the request
 * it belongs to: a retransmission, a CANCEL, and the ACK of a non-2xx response. An ACK for a 2xx is
 * a new transaction (section 13.2.2.4) and needs a new branch, at the UAC and at every proxy.
 */
final class UniqueBranch implements Rule {

  private static final RuleInfo INFO = new RuleInfo("VIA-002",
      "A branch is used by one transaction only", Severity.ERROR, "RFC 3261 section 8.1.1.7",
      "The branch parameter value MUST be unique across space and time for all requests sent by"
          + " the UA. The exceptions to this rule are CANCEL and ACK for non-2xx responses.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<String, Sent> owners = new HashMap<>();
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || s.isRetransmission() || s.branch() == null) {
        continue;
      }
      // A branch is a token, compared ignoring case (section 7.3.1): z9hG4bKa and z9hG4bKA are one.
      Sent owner = owners.putIfAbsent(s.branch().toLowerCase(Locale.ROOT), s);
      if (owner != null && !sharesLegally(trace, s, owner)) {
        report.at(s, s.from() + " sent " + s.label() + " with branch " + Words.quoted(s.branch())
            + ", already used by " + owner.from() + " for " + owner.label() + " to "
            + owner.to() + " (event " + owner.seq() + "); a new transaction needs a new branch.");
      }
    }
  }

  private static boolean sharesLegally(TraceView trace, Sent s, Sent owner) {
    if (!s.from().equals(owner.from()) || !s.to().equals(owner.to())) {
      return false;
    }
    return s.isMethod("CANCEL") && trace.hops().cancelledBy(s) != null
        || s.isMethod("ACK") && trace.hops().inviteOfNonSuccessAck(s) != null;
  }
}
