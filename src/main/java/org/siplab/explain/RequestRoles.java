package org.siplab.explain;

import org.siplab.message.HeaderName;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * Explains a request an element made itself (not a proxy's copy) by its role: the initial INVITE,
 * a re-INVITE, an INVITE retried with credentials, a B2BUA's second call leg, the ACK for a 2xx or
 * for a failure, BYE, CANCEL, and other methods. REGISTER has {@link RegisterRoles}.
 */
final class RequestRoles {

  private RequestRoles() {}

  static Explanation explain(Outgoing o) {
    SipRequest r = (SipRequest) o.message();
    return switch (r.method().name()) {
      case "INVITE" -> invite(o, r);
      case "ACK" -> ack(o);
      case "BYE" -> bye(o, r);
      case "CANCEL" -> cancel(o, r);
      case "REGISTER" -> RegisterRoles.register(o, r);
      default -> other(o, r);
    };
  }

  private static Explanation invite(Outgoing o, SipRequest r) {
    if (r.to() != null && r.to().hasTag()) {
      return new Explanation(o.from() + " sends a re-INVITE to " + o.to() + " in "
          + dialog(r) + o.on() + ": it changes the session of a call that exists, "
          + o.dialogCseq() + cite(o, "14.1") + ".", Note.DIALOGS_AND_TAGS);
    }
    if (r.has(HeaderName.PROXY_AUTHORIZATION) || r.has(HeaderName.AUTHORIZATION)) {
      boolean proxy = r.has(HeaderName.PROXY_AUTHORIZATION);
      return new Explanation(o.from() + " sends the INVITE to " + o.to() + " again" + o.on()
          + ", now with " + (proxy ? "a Proxy-Authorization" : "an Authorization") + " header"
          + " answering the challenge; same Call-ID, " + Messages.cseq(r)
          + Rfc.cite("8.1.3.5", proxy ? "22.3" : "22.2") + ".", Note.REGISTRATION_AND_DIGEST);
    }
    if (o.isOtherLeg()) {
      return new Explanation(o.from() + ", a B2BUA, places the second call leg to " + o.to()
          + o.on() + ": a new INVITE with its own Call-ID " + r.callId() + ", not a copy of the"
          + " caller's (Call-ID " + o.causeMessage().callId() + ")" + Rfc.cite("6") + ".",
          Note.PROXY_VERSUS_B2BUA);
    }
    String offer = r.bodyLength() > 0 ? " and an SDP offer" : "";
    return new Explanation(o.from() + " sends an initial INVITE to " + o.to() + o.on()
        + ": a new call with a new Call-ID, a From tag, " + Messages.cseq(r) + offer
        + "; it starts an INVITE client transaction" + Rfc.cite("13.2.1") + ".", Note.CALL_ID);
  }

  private static Explanation ack(Outgoing o) {
    String answered = o.causeMessage() instanceof SipResponse
        ? o.on().substring(5) : "the final response" + o.on();
    if (o.send().transaction() == null) {
      return new Explanation(o.from() + " ACKs " + answered + " end to end, to " + o.to()
          + ": an ACK for a 2xx is a request of the UA core with a new branch, outside the"
          + " INVITE transaction, and the INVITE's CSeq number" + Rfc.cite("13.2.2.4") + ".",
          Note.DIALOGS_AND_TAGS);
    }
    return new Explanation(o.from() + "'s INVITE client transaction ACKs " + answered
        + " itself, hop by hop to " + o.to() + ": the ACK for a non-2xx final response reuses"
        + " the INVITE's branch and CSeq number" + Rfc.cite("17.1.1.3") + ".",
        Note.TRANSACTIONS_AND_TIMERS);
  }

  private static Explanation bye(Outgoing o, SipRequest r) {
    if (o.causedByTimer("2xx retransmit")) {
      return new Explanation(o.from() + " ends the session with BYE to " + o.to() + o.on()
          + ": no ACK came for its 2xx within 64*T1, so the dialog is taken as confirmed and"
          + " torn down at once, with " + Messages.cseq(r) + Rfc.cite("13.3.1.4") + ".",
          Note.DIALOGS_AND_TAGS);
    }
    return new Explanation(o.from() + " hangs up: BYE to " + o.to() + " in " + dialog(r) + o.on()
        + ", " + o.dialogCseq() + cite(o, "15.1.1") + ".", Note.CSEQ);
  }

  private static Explanation cancel(Outgoing o, SipRequest r) {
    if (o.senderKind().equals("proxy")) {
      return new Explanation(o.from() + " cancels its pending branch to " + o.to() + o.on()
          + ": CANCEL with the branch's Via and " + Messages.cseq(r) + Rfc.cite("16.10",
          "16.7 step 10") + ".", Note.CANCEL);
    }
    return new Explanation(o.from() + " cancels its pending INVITE to " + o.to() + o.on()
        + ": CANCEL with the INVITE's Call-ID, tags, Request-URI, branch and CSeq number ("
        + Messages.cseq(r) + ")" + Rfc.cite("9.1") + ".", Note.CANCEL);
  }

  private static Explanation other(Outgoing o, SipRequest r) {
    String method = r.method().name();
    boolean inDialog = r.to() != null && r.to().hasTag();
    String where = inDialog ? " in " + dialog(r) + o.on() + ", " + o.dialogCseq()
        : " outside any dialog" + o.on() + ", with " + Messages.cseq(r);
    String citation = o.cseqTooLow() ? Rfc.cite("12.2.1.1") : citation(method, inDialog);
    return new Explanation(o.from() + " sends " + method + " to " + o.to() + where + citation
        + ".", inDialog ? Note.CSEQ : null);
  }

  /** The role's section, and 12.2.1.1 too when the request's CSeq breaks it. */
  private static String cite(Outgoing o, String section) {
    return o.cseqTooLow() ? Rfc.cite(section, "12.2.1.1") : Rfc.cite(section);
  }

  private static String citation(String method, boolean inDialog) {
    return switch (method) {
      case "OPTIONS" -> Rfc.cite("11.1");
      case "INFO" -> Rfc.citeOther(6086);
      case "UPDATE" -> Rfc.citeOther(3311);
      case "PRACK" -> Rfc.citeOther(3262);
      case "MESSAGE" -> Rfc.citeOther(3428);
      default -> inDialog ? Rfc.cite("12.2.1.1") : Rfc.cite("8.1.1");
    };
  }

  private static String dialog(SipRequest r) {
    return Messages.dialog(r);
  }
}
