package org.siplab.check;

import java.util.Objects;
import org.siplab.message.CSeq;
import org.siplab.message.Method;

/**
 * CSEQ-006: the user agent that sent an INVITE acknowledges its 2xx with an ACK that is a new
 * transaction (a new branch) but carries the INVITE's CSeq number, with method ACK. The INVITE is
 * the one whose 2xx the ACK acknowledges: the latest 2xx to an INVITE that reached the user agent
 * before the ACK in the ACK's dialog (its Call-ID, From tag and To tag, section 12), paired with
 * its INVITE as the client transaction pairs it (section 17.1.3). Matching the call alone (Call-ID
 * and From tag) is not enough: when a forked INVITE's second 2xx arrives after a re-INVITE in the
 * first dialog, the ACK for it rightly carries the initial INVITE's number, not the re-INVITE's
 * (section 13.2.2.4: "the INVITE being acknowledged").
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
      Sent invite = acknowledgedInvite(trace, s);
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

  /**
   * The INVITE whose 2xx {@code ack} acknowledges: the one the 2xx to an INVITE of the ACK's
   * dialog that its sender received last before it answers (last to arrive, not last sent: the
   * network may reorder). Null when there is no such 2xx (the
   * ACK's To tag is no 2xx's: TAG rules judge that), or its INVITE is not in the trace.
   */
  private static Sent acknowledgedInvite(TraceView trace, Sent ack) {
    Sent acknowledged = null;
    for (Sent s : trace.sends()) {
      if (s.seq() >= ack.seq()) {
        break;
      }
      if (s.isResponse() && s.status() >= 200 && s.status() < 300 && s.isMethod("INVITE")
          && s.to().equals(ack.from()) && s.arrivedBefore(ack.seq())
          && Objects.equals(s.callId(), ack.callId())
          && Objects.equals(s.fromTag(), ack.fromTag())
          && Objects.equals(s.toTag(), ack.toTag())
          && (acknowledged == null || s.arrival() > acknowledged.arrival())) {
        acknowledged = s;
      }
    }
    return acknowledged == null ? null : trace.hops().requestOf(acknowledged);
  }
}
