package org.siplab.check;


/**
 * CSEQ-001: a request carries a CSeq, and a request outside a dialog (no To tag) a number below
 * 2**31, so that the numbers of the dialog it may create can grow without wrapping (section
 * 12.2.1.1's note). Judged where the request is made: a proxy's copy repeats the number, and so
 * do a CANCEL and the ACK for a non-2xx, which must copy the INVITE's (sections 9.1 and
 * 17.1.1.3), so the INVITE alone is named.
 */
final class CseqPresent implements Rule {

  /** Section 8.1.1.5: "MUST be less than 2**31". */
  static final long LIMIT = 1L << 31;

  private static final RuleInfo INFO = new RuleInfo("CSEQ-001",
      "A request carries a CSeq, below 2**31 outside a dialog", Severity.ERROR,
      "RFC 3261 section 8.1.1.5",
      "The sequence number value MUST be expressible as a 32-bit unsigned integer and MUST be"
          + " less than 2**31.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isRequest() || s.isRetransmission() || !trace.isOrigin(s)) {
        continue;
      }
      if (s.cseq() == null) {
        report.at(s, s.from() + " sent " + s.label() + " without a CSeq the codec can read.");
      } else if (s.toTag() == null && s.cseq().number() >= LIMIT
          && trace.hops().requestOfHopByHop(s) == null) {
        report.at(s, s.from() + " sent " + s.label() + " outside a dialog with CSeq "
            + s.cseq().number() + ", which is not below 2**31 (" + LIMIT + ").");
      }
    }
  }
}
