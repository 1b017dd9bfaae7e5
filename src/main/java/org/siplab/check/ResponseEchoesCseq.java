package org.siplab.check;


/**
 * CSEQ-002: the element that makes a response copies the CSeq of the request it answers; the
 * client transaction matches the response by it (section 17.1.3). A proxy's forwarded copy is not
 * judged here: it answers nothing itself.
 */
final class ResponseEchoesCseq implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-002",
      "A response carries the CSeq of its request", Severity.ERROR, "RFC 3261 section 8.2.6.2",
      "The CSeq header field of the response MUST equal the CSeq field of the request.");

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
      if (request != null && request.cseq() != null && !request.cseq().equals(s.cseq())) {
        report.at(s, s.from() + " answered " + request.label() + " (CSeq "
            + Words.cseq(request.cseq()) + ", event " + request.seq() + ") with CSeq "
            + Words.cseq(s.cseq()) + ".");
      }
    }
  }
}
