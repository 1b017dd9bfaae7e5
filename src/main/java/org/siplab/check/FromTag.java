package org.siplab.check;


/**
 * TAG-001: every request a UAC makes has a From tag, its half of a dialog's identity. Judged where
 * the request is made; a CANCEL or an ACK for a non-2xx copies the From of its request (sections
 * 9.1, 17.1.1.3), so a missing tag there is the request's fault, reported once, on the request.
 */
final class FromTag implements Rule {

  private static final RuleInfo INFO = new RuleInfo("TAG-001",
      "Every request carries a From tag", Severity.ERROR, "RFC 3261 section 8.1.1.3",
      "The From field MUST contain a new \"tag\" parameter, chosen by the UAC.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || s.isRetransmission() || !trace.isOrigin(s) || copiesFrom(trace, s)) {
        continue;
      }
      if (s.addressesRead() && s.fromTag() == null) {
        report.at(s, s.from() + " sent " + s.label() + " without a tag in its From header.");
      }
    }
  }

  private static boolean copiesFrom(TraceView trace, Sent s) {
    return s.isMethod("CANCEL") && trace.hops().cancelledBy(s) != null
        || s.isMethod("ACK") && trace.hops().inviteOfNonSuccessAck(s) != null;
  }
}
