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

  /**
   * Whether {@code response} echoes the CSeq of a retransmission of {@code request} sent before
   * it: a client that renumbers its retransmissions breaks CSEQ-004, and a UAS that received only
   * the renumbered copy (the first lost) echoes what it received, as it must.
   */
  private static boolean echoesACopy(TraceView trace, Sent request, Sent response) {
    for (Sent s : trace.sends()) {
      if (s.seq() >= response.seq()) {
        return false;
      }
      if (s.isRetransmission() && s.original() == request.original()
          && java.util.Objects.equals(s.cseq(), response.cseq())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isResponse() || s.isRetransmission() || !trace.isOrigin(s)) {
        continue;
      }
      Sent request = trace.hops().requestOf(s);
      if (request != null && request.cseq() != null && !request.cseq().equals(s.cseq())
          && !echoesACopy(trace, request, s)) {
        report.at(s, s.from() + " answered " + request.label() + " (CSeq "
            + Words.cseq(request.cseq()) + ", event " + request.seq() + ") with CSeq "
            + Words.cseq(s.cseq()) + ".");
      }
    }
  }
}
