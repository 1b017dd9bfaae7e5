package org.siplab.check;


/**
 * CSEQ-004: a retransmission is the same message again, so it keeps the CSeq of its first
 * transmission; a changed number makes the receiver take it for a new request, out of order.
 */
final class RetransmissionKeepsCseq implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-004",
      "A retransmission keeps the CSeq of its first transmission", Severity.ERROR,
      "RFC 3261 section 17.1.1.2",
      "When timer A fires, the client transaction MUST retransmit the request by passing it to"
          + " the transport layer ... The formal definition of retransmit within the context of"
          + " the transaction layer is to take the message previously sent to the transport"
          + " layer and pass it to the transport layer once more.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isRetransmission() || s.repeatsOriginal() || s.message() == null) {
        continue;
      }
      Sent first = s.original();
      if (first.cseq() != null && !first.cseq().equals(s.cseq())) {
        report.at(s, s.from() + " retransmitted " + s.labelWithMethod() + " with CSeq "
            + Words.cseq(s.cseq()) + " where its first transmission (event " + first.seq()
            + ") had " + Words.cseq(first.cseq()) + ".");
      }
    }
  }
}
