package org.siplab.explain;

import org.siplab.message.SipResponse;

/**
 * Explains a response an element made itself (not a proxy's copy) by its status and the method it
 * answers: 100 Trying, 180 and 183 (13.3.1.1), a 2xx to INVITE (13.3.1.4), BYE (15.1.2), CANCEL
 * (9.2), REGISTER (10.3) or OPTIONS (11.2), and 3xx redirections (8.3). Failures have
 * {@link ErrorResponses}.
 */
final class ResponseRoles {

  private ResponseRoles() {}

  static Explanation explain(Outgoing o, TraceIndex index) {
    Reply r = Reply.of(o, index);
    if (r.code() < 200) {
      return provisional(r);
    }
    if (r.code() < 300) {
      return success(r, index);
    }
    if (r.code() < 400) {
      return r.say("the request should be tried at " + contacts(r) + " instead, with a new"
          + " request from the caller", Rfc.cite("8.3", StatusSections.of(r.code())),
          Note.AOR_AND_CONTACT);
    }
    return ErrorResponses.explain(r, index);
  }

  private static Explanation provisional(Reply r) {
    if (r.code() == 100) {
      return trying(r);
    }
    if (!r.method().equals("INVITE")) {
      return r.say("a provisional response to a non-INVITE request, which a UAS SHOULD NOT send",
          Rfc.cite("8.2.6.1"), Note.TRANSACTIONS_AND_TIMERS);
    }
    String dialog = toTag(r, "creates an early dialog");
    String why = r.code() == 180 ? "the callee is being alerted" + dialog
        : r.code() == 183 ? "session progress, such as early media" + dialog
        : "a provisional response" + dialog;
    return r.say(why, Rfc.cite("13.3.1.1", StatusSections.of(r.code())), Note.DIALOGS_AND_TAGS);
  }

  /**
   * What the response's To tag does, from the wire: {@code ; with its To tag x it creates an early
   * dialog}, or the tag missing, or changed since this responder's earlier response to the same
   * request, each named as the break of 8.2.6.2 it is.
   */
  private static String toTag(Reply r, String effect) {
    String tag = r.toTag();
    if (tag == null) {
      return "; it carries no To tag, although section 8.2.6.2 says the UAS MUST add one, so it"
          + " cannot identify a dialog";
    }
    String earlier = r.earlierToTag();
    if (earlier != null && !earlier.equals(tag)) {
      return "; its To tag " + tag + " is not the " + earlier + " of " + r.out().from()
          + "'s earlier response to the same request, although section 8.2.6.2 says the same"
          + " tag MUST be used for all responses to that request";
    }
    return "; with its To tag " + tag + " it " + effect;
  }

  private static Explanation trying(Reply r) {
    if (r.out().causedByTimer("Trying")) {
      return r.say("the TU has not answered within 200 ms, so the INVITE server transaction"
          + " answers for it and the INVITE is not retransmitted any more", Rfc.cite("17.2.1"),
          Note.TRANSACTIONS_AND_TIMERS);
    }
    if (!r.method().equals("INVITE")) {
      return r.say("a UAS SHOULD NOT send a provisional response to a non-INVITE request, but"
          + " chan_sip's handle_request sends 100 Trying to every REGISTER", Rfc.cite("8.2.6.1"),
          Note.CHAN_SIP_AND_THE_KERNEL);
    }
    if (r.kind().equals("proxy")) {
      return r.say("a stateful proxy sends a provisional response at once, like a UAS, so the"
          + " INVITE is not retransmitted; a 100 is never forwarded", Rfc.cite("16.2", "21.1.1"),
          Note.PROXY_VERSUS_B2BUA);
    }
    return r.say("the INVITE arrived and is being handled, so it is not retransmitted any more",
        Rfc.cite("8.2.6.1", "17.2.1"), Note.TRANSACTIONS_AND_TIMERS);
  }

  private static Explanation success(Reply r, TraceIndex index) {
    return switch (r.method()) {
      case "INVITE" -> reinvite(r) ? reinviteAccepted(r)
          : r.say("the call is answered" + toTag(r, "confirms the dialog")
          + "; the UA core retransmits the 2xx until the ACK arrives", Rfc.cite("13.3.1.4"),
          Note.DIALOGS_AND_TAGS);
      case "BYE" -> r.say("the session and the dialog end on its side", Rfc.cite("15.1.2"),
          Note.DIALOGS_AND_TAGS);
      case "CANCEL" -> cancelled(r, index);
      case "REGISTER" -> RegisterRoles.ok(r.out(), r.response(), r.answered());
      case "OPTIONS" -> optionsAnswered(r);
      default -> r.say("the " + r.method() + " succeeded", Rfc.cite("8.2.6",
          StatusSections.of(r.code())), null);
    };
  }

  /**
   * A 2xx to a re-INVITE, told from the side that sends it, the UAS: it took the re-INVITE's
   * Contact as its remote target when it accepted the request (section 12.2.2), and the 2xx's
   * Contact becomes the UAC's remote target only when the UAC receives it (12.2.1.2).
   */
  private static Explanation reinviteAccepted(Reply r) {
    return r.say("it accepts the re-INVITE: the session changes as its offer and this answer"
        + " say, in the dialog it was sent in; " + r.out().from() + " took the re-INVITE's"
        + " Contact as its remote target as it accepted it, and this 2xx's Contact becomes "
        + r.out().to() + "'s remote target when it arrives; " + r.out().from() + "'s UA core"
        + " retransmits the 2xx until the ACK arrives",
        Rfc.cite("14.2", "12.2.2", "12.2.1.2", "13.3.1.4"), Note.DIALOGS_AND_TAGS);
  }

  /**
   * A 200 to OPTIONS. A proxy, a registrar or a redirect server answers one addressed to itself
   * (no user part), each listing what section 11.2 asks of it; a phone what it supports.
   */
  private static Explanation optionsAnswered(Reply r) {
    return switch (r.kind()) {
      case "proxy" -> r.say("the OPTIONS is addressed to the proxy itself (its Request-URI has no"
          + " user part), so the proxy answers as a UAS, listing its capabilities without an"
          + " Allow, since a proxy is method agnostic, and without a body",
          Rfc.cite("11", "11.2", "16.1"), Note.PROXY_VERSUS_B2BUA);
      case "registrar" -> r.say("the OPTIONS is addressed to the registrar itself (its"
          + " Request-URI has no user part); a registrar is a UAS, and all UAs must support"
          + " OPTIONS, so it lists what it takes (Allow: OPTIONS, REGISTER) and an empty"
          + " Supported, with no Accept since it reads no body", Rfc.cite("10.3", "11", "11.2"),
          Note.REGISTRATION_AND_DIGEST);
      case "redirect" -> r.say("the OPTIONS is addressed to the redirect server itself (its"
          + " Request-URI has no user part), so it answers as the UAS it is, with an empty"
          + " Supported and no Allow, since it redirects every method as a proxy forwards it",
          Rfc.cite("8.3", "11", "11.2"), null);
      default -> r.say("it lists what it supports (Allow, Accept, Supported)", Rfc.cite("11.2"),
          null);
    };
  }

  /**
   * Whether the INVITE answered was sent in a dialog (its To has a tag): its 2xx changes the
   * session of a dialog that exists, and creates or confirms none (section 12.1 makes dialogs
   * only from responses to requests outside one).
   */
  private static boolean reinvite(Reply r) {
    return r.request() != null && r.request().to() != null && r.request().to().hasTag();
  }

  /**
   * Section 9.2: the 200 to a CANCEL says only that it arrived. Whether the INVITE ends with 487
   * depends on whether it was still pending: "If it has [already sent a final response for the
   * original request], the CANCEL request has no effect on the processing of the original
   * request".
   */
  private static Explanation cancelled(Reply r, TraceIndex index) {
    SipResponse answered = index.finalSentBefore(r.out().from(), r.response().topVia(), "INVITE",
        r.out().send().seq());
    if (answered != null) {
      return r.say("the CANCEL matched the INVITE's transaction, but the INVITE already had its"
          + " final response, " + answered.status() + " " + answered.reason() + ", so the CANCEL"
          + " changes nothing; this 200 only says the CANCEL arrived", Rfc.cite("9.2"),
          Note.CANCEL);
    }
    return r.say("the CANCEL matched a pending INVITE; this 200 only says the CANCEL arrived, and"
        + " the INVITE itself ends with 487", Rfc.cite("9.2"), Note.CANCEL);
  }

  private static String contacts(Reply r) {
    if (r.response().contacts().isEmpty()) {
      return "another address (yet the response has no Contact)";
    }
    StringBuilder out = new StringBuilder();
    r.response().contacts().forEach(c -> out.append(out.length() == 0 ? "" : ", ")
        .append(Words.uri(c)));
    return out.toString();
  }
}
