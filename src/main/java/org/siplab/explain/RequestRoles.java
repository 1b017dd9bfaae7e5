package org.siplab.explain;

import org.siplab.message.HeaderName;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Send;

/**
 * Explains a request an element made itself (not a proxy's copy) by its role: the initial INVITE,
 * a re-INVITE, a request retried with credentials, an INVITE at another target or server ({@link
 * Retries}), a B2BUA's second call leg, the ACK for a 2xx or for a failure, BYE, CANCEL, and
 * other methods. REGISTER has {@link RegisterRoles}.
 */
final class RequestRoles {

  private RequestRoles() {}

  static Explanation explain(Outgoing o, TraceIndex index) {
    SipRequest r = (SipRequest) o.message();
    return switch (r.method().name()) {
      case "INVITE" -> invite(o, r, index);
      case "ACK" -> ack(o, r, index);
      case "BYE" -> bye(o, r);
      case "CANCEL" -> cancel(o, r, index);
      case "REGISTER" -> RegisterRoles.register(o, r);
      default -> other(o, r);
    };
  }

  private static Explanation invite(Outgoing o, SipRequest r, TraceIndex index) {
    if (r.to() != null && r.to().hasTag()) {
      return new Explanation(o.from() + " sends a re-INVITE to " + o.to() + " in "
          + dialog(r) + o.on() + ": it changes the session of a call that exists, "
          + o.dialogCseq() + cite(o, "14.1") + ".", Note.DIALOGS_AND_TAGS);
    }
    if (r.has(HeaderName.PROXY_AUTHORIZATION) || r.has(HeaderName.AUTHORIZATION)) {
      return retry(o, r);
    }
    if (o.isOtherLeg()) {
      return B2buaLegs.secondLeg(o, r);
    }
    Send first = Retries.original(o, r, index);
    if (first != null) {
      return Retries.explain(o, r, first, index);
    }
    String offer = r.bodyLength() > 0 ? " and an SDP offer" : "";
    boolean noFromTag = Identity.tag(r.from()) == null;
    return new Explanation(o.from() + " sends an initial INVITE to " + o.to() + o.on()
        + ": a new call, with " + Identity.newCallId(r, o.send(), index) + ", "
        + Identity.fromTag(r) + ", " + Messages.cseq(r) + offer
        + "; it starts an INVITE client transaction"
        + (noFromTag ? Rfc.cite("13.2.1", "8.1.1.3") : Rfc.cite("13.2.1")) + ".", Note.CALL_ID);
  }

  /**
   * A request sent again with credentials (8.1.3.5, 22.2, 22.3), compared with the challenged
   * one, whose Call-ID, From tag and CSeq the 401 or 407 that caused it echoes. Section 8.1.3.5:
   * the new request "SHOULD have the same value of the Call-ID, To, and From of the previous
   * request, but the CSeq should contain a new sequence number that is one higher than the
   * previous"; section 22.2 makes the CSeq a MUST for a retry after a 401 or a 407.
   */
  private static Explanation retry(Outgoing o, SipRequest r) {
    boolean proxy = r.has(HeaderName.PROXY_AUTHORIZATION);
    String header = proxy ? "a Proxy-Authorization" : "an Authorization";
    String method = r.method().name();
    String compared = "";
    if (o.causeMessage() instanceof SipResponse challenge && challenge.cseq() != null) {
      String where = "the challenged " + method + " (CSeq number " + challenge.cseq().number()
          + ", echoed by the response at seq " + o.causeSeq() + ")";
      long expected = challenge.cseq().number() + 1;
      compared = "; " + Identity.kept(r, challenge, where) + "; " + Messages.cseq(r)
          + (r.cseq() != null && r.cseq().number() == expected ? ", one higher"
          : ", where one higher (" + expected + ") is due");
    } else {
      compared = "; " + Messages.cseq(r);
    }
    return new Explanation(o.from() + " sends the " + method + " to " + o.to() + " again" + o.on()
        + ", now with " + header + " header answering the challenge" + compared
        + (proxy ? Rfc.cite("8.1.3.5", "22.2", "22.3") : Rfc.cite("8.1.3.5", "22.2")) + ".",
        Note.REGISTRATION_AND_DIGEST);
  }

  private static Explanation ack(Outgoing o, SipRequest r, TraceIndex index) {
    String answered = o.causeMessage() instanceof SipResponse
        ? o.on().substring(5) : "the final response" + o.on();
    if (o.send().transaction() == null) {
      return new Explanation(o.from() + " ACKs " + answered + " end to end, to " + o.to()
          + ": an ACK for a 2xx is a request of the UA core, outside the INVITE transaction,"
          + " with a new branch (" + branchOf(r) + ") and " + ackCseq(o, r)
          + Rfc.cite("13.2.2.4") + ".", Note.DIALOGS_AND_TAGS);
    }
    Send invite = index.sentWithBranch(o.from(), r.topVia(), "INVITE", o.send().seq());
    String copied = invite == null ? "the INVITE's branch and CSeq number (" + Messages.cseq(r)
        + ")" : Identity.copied(r, (SipRequest) index.message(invite), invite.seq(), "17.1.1.3");
    return new Explanation(o.from() + "'s INVITE client transaction ACKs " + answered
        + " itself, hop by hop to " + o.to() + ": the ACK for a non-2xx final response reuses "
        + copied + Rfc.cite("17.1.1.3") + ".", Note.TRANSACTIONS_AND_TIMERS);
  }

  /** The top Via's branch, or what stands in its place in a message without one. */
  private static String branchOf(SipRequest r) {
    return r.topVia() == null ? "none: it has no Via the codec could read"
        : r.topVia().branch() == null ? "none" : r.topVia().branch();
  }

  /**
   * The ACK's CSeq against the 2xx it acknowledges, which echoes the INVITE's (13.2.2.4: "The
   * sequence number of the CSeq header field MUST be the same as the INVITE being acknowledged").
   */
  private static String ackCseq(Outgoing o, SipRequest r) {
    if (!(o.causeMessage() instanceof SipResponse ok) || ok.cseq() == null || r.cseq() == null) {
      return Messages.cseq(r);
    }
    if (ok.cseq().number() == r.cseq().number()) {
      return "the INVITE's CSeq number (" + Messages.cseq(r) + ")";
    }
    return Messages.cseq(r) + ", although the INVITE it acknowledges has CSeq number "
        + ok.cseq().number() + " (the 2xx at seq " + o.causeSeq() + " echoes it) and the ACK's"
        + " MUST be the same";
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

  private static Explanation cancel(Outgoing o, SipRequest r, TraceIndex index) {
    Send invite = index.sentWithBranch(o.from(), r.topVia(), "INVITE", o.send().seq());
    String copied = invite == null ? "the INVITE's Call-ID, tags, Request-URI, branch and CSeq"
        + " number (" + Messages.cseq(r) + ")"
        : Identity.copied(r, (SipRequest) index.message(invite), invite.seq(), "9.1");
    if (o.senderKind().equals("proxy")) {
      return new Explanation(o.from() + " cancels its pending branch to " + o.to() + o.on()
          + ": CANCEL with " + copied + Rfc.cite("16.10", "16.7 step 10", "9.1") + ".",
          Note.CANCEL);
    }
    return new Explanation(o.from() + " cancels its pending INVITE to " + o.to() + o.on()
        + ": CANCEL with " + copied + Rfc.cite("9.1") + ".", Note.CANCEL);
  }

  private static Explanation other(Outgoing o, SipRequest r) {
    String method = r.method().name();
    boolean inDialog = r.to() != null && r.to().hasTag();
    if (!inDialog && answersChallenge(o, r)) {
      return retry(o, r);
    }
    String where = inDialog ? " in " + dialog(r) + o.on() + ", " + o.dialogCseq()
        : " outside any dialog" + o.on() + ", with " + Messages.cseq(r);
    String citation = o.cseqTooLow() ? Rfc.cite("12.2.1.1") : citation(method, inDialog);
    return new Explanation(o.from() + " sends " + method + " to " + o.to() + where + citation
        + ".", inDialog ? Note.CSEQ : null);
  }

  /**
   * Whether {@code r} is a request sent again on a 401 or 407 with the credentials it asked for.
   * An INVITE with credentials is always such a retry (or a CANCEL's or ACK's copy, which have
   * roles of their own); another method may carry credentials cached from an earlier challenge
   * when a script step sends it, so only the challenge as its cause makes it one.
   */
  private static boolean answersChallenge(Outgoing o, SipRequest r) {
    return (r.has(HeaderName.PROXY_AUTHORIZATION) || r.has(HeaderName.AUTHORIZATION))
        && o.causeMessage() instanceof SipResponse challenge
        && (challenge.status() == 401 || challenge.status() == 407);
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
