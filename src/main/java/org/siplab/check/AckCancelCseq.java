package org.siplab.check;


/**
 * CSEQ-005: the ACK of a non-2xx final response and a CANCEL belong to the INVITE they refer to,
 * hop by hop, and carry its CSeq number (with their own method), which is how the server
 * transaction matches them (sections 9.2, 17.2.3). Each element that sends one is judged, a proxy
 * included: it makes these requests itself for each of its branches.
 */
final class AckCancelCseq implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-005",
      "ACK for a non-2xx and CANCEL carry the CSeq number of their request", Severity.ERROR,
      "RFC 3261 sections 17.1.1.3 and 9.1",
      "The CSeq header field in the ACK MUST contain the same value for the sequence number as"
          + " was present in the original request, but the method parameter MUST be equal to"
          + " \"ACK\". ... The Request-URI, Call-ID, To, the numeric part of CSeq, and From header"
          + " fields in the CANCEL request MUST be identical to those in the request being"
          + " cancelled, including tags.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || s.isRetransmission() || s.cseq() == null) {
        continue;
      }
      Sent target = trace.hops().requestOfHopByHop(s);
      if (target != null && target.cseq() != null
          && target.cseq().number() != s.cseq().number()) {
        report.at(s, s.from() + " sent " + s.label() + " with CSeq " + Words.cseq(s.cseq())
            + " for the " + target.label() + " with CSeq " + Words.cseq(target.cseq())
            + " (event " + target.seq() + "); it must carry the number "
            + target.cseq().number() + ".");
      }
    }
  }
}
