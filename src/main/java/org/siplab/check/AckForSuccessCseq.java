package org.siplab.check;

import java.util.Objects;
import org.siplab.message.CSeq;
import org.siplab.message.Method;

/**
 * CSEQ-006: the user agent that sent an INVITE acknowledges its 2xx with an ACK that is a new
 * transaction (a new branch) but carries the INVITE's CSeq number, with method ACK. The INVITE is
 * the user agent's latest one in the same call (same Call-ID and From tag): a user agent has one
 * INVITE at a time in a dialog (section 14.1).
 */
final class AckForSuccessCseq implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-006",
      "ACK for a 2xx carries the INVITE's CSeq number with method ACK", Severity.ERROR,
      "RFC 3261 section 13.2.2.4",
      "The sequence number of the CSeq header field MUST be the same as the INVITE being"
          + " acknowledged, but the CSeq method MUST be ACK.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!s.isMethod("ACK") || !s.isRequest() || s.isRetransmission()
          || !trace.isUserAgent(s.from()) || trace.hops().inviteOfNonSuccessAck(s) != null) {
        continue;
      }
      Sent invite = latestInvite(trace, s);
      if (invite == null || invite.cseq() == null) {
        continue;
      }
      CSeq expected = new CSeq(invite.cseq().number(), Method.ACK);
      if (!expected.equals(s.cseq())) {
        report.at(s, s.from() + " acknowledged the 2xx to the INVITE with CSeq "
            + Words.cseq(invite.cseq()) + " (event " + invite.seq() + ") with CSeq "
            + Words.cseq(s.cseq()) + "; the ACK must carry " + Words.cseq(expected) + ".");
      }
    }
  }

  private static Sent latestInvite(TraceView trace, Sent ack) {
    Sent found = null;
    for (Sent s : trace.sends()) {
      if (s.seq() >= ack.seq()) {
        break;
      }
      if (s.isRequest() && s.isMethod("INVITE") && !s.isRetransmission()
          && s.from().equals(ack.from()) && Objects.equals(s.callId(), ack.callId())
          && Objects.equals(s.fromTag(), ack.fromTag())) {
        found = s;
      }
    }
    return found;
  }
}
