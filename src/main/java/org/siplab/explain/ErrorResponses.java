package org.siplab.explain;

import java.util.List;
import org.siplab.message.Challenge;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Send;

/**
 * Explains a 4xx, 5xx or 6xx response an element made itself: digest challenges (RFC 3261 22.2,
 * 22.3), a registrar's refusals (10.3), 481 and the 500 for an out-of-order CSeq (12.2.2), the
 * 487 of a request a CANCEL or BYE ended (9.2, 15.1.2), and a callee's busy, decline or
 * unavailable.
 */
final class ErrorResponses {

  private ErrorResponses() {}

  static Explanation explain(Reply r, TraceIndex index) {
    return switch (r.code()) {
      case 401 -> challenge(r, false);
      case 407 -> challenge(r, true);
      case 403 -> r.kind().equals("registrar")
          ? r.say("the authenticated user may not register this address-of-record",
              Rfc.cite("10.3 step 4"), Note.REGISTRATION_AND_DIGEST)
          : generic(r, "the server understood the request and refuses it");
      case 404 -> notFound(r);
      case 405 -> methodNotAllowed(r);
      case 408 -> r.kind().equals("proxy")
          ? r.say("no final response came on any branch in time", Rfc.cite("16.7 step 6",
              "21.4.9"), Note.FORKING)
          : generic(r, "no response came in time");
      case 420 -> r.say("the request requires an extension it does not support",
          Rfc.cite("8.2.2.3"), null);
      case 423 -> r.say("the expiration asked for is shorter than the registrar allows; Min-Expires"
          + " " + r.response().minExpires() + " gives the minimum", Rfc.cite("10.3 step 7",
          "10.2.8"), Note.REGISTRATION_AND_DIGEST);
      // A proxy or redirect server answers 480 on the request itself when the location service
      // has no binding (16.5); a 480 on anything else (a timer) is not that.
      case 480 -> (r.kind().equals("proxy") || r.kind().equals("redirect"))
          && r.answered() != null && r.out().causeSeq() == r.answered().seq()
          ? r.say("the location service has no binding for the target now: the user is known"
              + " but not registered", Rfc.cite("16.5", "21.4.18"), Note.AOR_AND_CONTACT)
          : r.say("the callee is known but cannot take the call now", Rfc.cite("21.4.18"),
              Note.TRANSACTIONS_AND_TIMERS);
      case 481 -> noSuchDialog(r);
      case 482, 483 -> r.say(r.code() == 482 ? "the request has already passed this proxy"
          : "Max-Forwards reached 0", Rfc.cite("16.3"), Note.PROXY_VERSUS_B2BUA);
      case 486 -> r.method().equals("OPTIONS")
          ? r.say("it is busy, and an OPTIONS from outside a call gets the answer an INVITE"
              + " would", Rfc.cite("11.2", "21.4.24"), null)
          : r.say("the callee is busy", Rfc.cite("13.3.1.3", "21.4.24"),
              Note.TRANSACTIONS_AND_TIMERS);
      case 487 -> terminated(r, index);
      case 491 -> r.say("another re-INVITE of this dialog is still pending", Rfc.cite("14.2"),
          Note.DIALOGS_AND_TAGS);
      case 500 -> serverError(r);
      case 603 -> r.say("the callee declines the call", Rfc.cite("13.3.1.3", "21.6.2"),
          Note.TRANSACTIONS_AND_TIMERS);
      default -> generic(r, failure(r.code()));
    };
  }

  /**
   * 405: a PBX answers so every method chan_sip's handle_request does not know; a proxy, a
   * request addressed to itself (no user part) that it does not take as a UAS (8.2.1); a
   * registrar, anything but REGISTER and an OPTIONS to itself (10.3); a phone, a method it does
   * not handle.
   */
  private static Explanation methodNotAllowed(Reply r) {
    String allow = "; its Allow header lists what it does";
    return switch (r.kind()) {
      case "pbx" -> r.say("it does not handle " + r.method() + allow + ", as chan_sip's"
          + " handle_request answers every method it does not know", Rfc.cite("21.4.6"),
          Note.CHAN_SIP_AND_THE_KERNEL);
      case "proxy" -> r.say("the " + r.method() + " is addressed to the proxy itself (its"
          + " Request-URI has no user part), not through it, and as a UAS the proxy does not"
          + " take " + r.method() + allow, Rfc.cite("16.1", "8.2.1", "21.4.6"),
          Note.PROXY_VERSUS_B2BUA);
      case "registrar" -> r.say("a registrar accepts only REGISTER requests (and answers an"
          + " OPTIONS addressed to itself), not " + r.method() + allow,
          Rfc.cite("10.3", "8.2.1", "21.4.6"), Note.REGISTRATION_AND_DIGEST);
      default -> r.say("it does not handle " + r.method() + allow, Rfc.cite("8.2.1", "21.4.6"),
          null);
    };
  }

  /**
   * 481: a CANCEL that matches no transaction (9.2), a request in a dialog the UAS does not have
   * (12.2.2), or one that crossed the BYE the UAS sent, which siplab's user agents say in a
   * Warning (15.1.1).
   */
  private static Explanation noSuchDialog(Reply r) {
    if (r.method().equals("CANCEL")) {
      return r.say("the CANCEL matches no pending transaction", Rfc.cite("9.2"), Note.CANCEL);
    }
    boolean crossedBye = r.response().warnings().stream()
        .anyMatch(w -> w.warnText().contains("sent a BYE in this dialog"));
    if (crossedBye) {
      return r.say("the request crossed the BYE " + r.out().from() + " sent in this dialog: the"
          + " session ended on its side as soon as that BYE left, so it takes no new request in"
          + " the dialog and answers as for a dialog it does not have; on a 481 the sender ends"
          + " the dialog too, even if the BYE is lost", Rfc.cite("15.1.1", "12.2.2", "12.2.1.2"),
          Note.DIALOGS_AND_TAGS);
    }
    boolean toTag = r.request() == null || r.request().to() == null
        || r.request().to().hasTag();
    if (!toTag) {
      // Section 15.1.2: "This rule means that a BYE sent without tags by a UAC will be
      // rejected"; an INFO outside a call is the same (it is sent in a dialog, RFC 6086).
      return r.say("the " + r.method() + " has no To tag, so it names no dialog, and it"
          + " belongs in one", Rfc.cite(r.method().equals("BYE") ? "15.1.2" : "12.2", "12.2.2"),
          Note.DIALOGS_AND_TAGS);
    }
    return r.say("the request names a dialog (its To tag) that the UAS does not have",
        Rfc.cite("12.2.2"), Note.DIALOGS_AND_TAGS);
  }

  /**
   * 487, "The request was terminated by a BYE or CANCEL request" (21.4.25): an INVITE whose
   * CANCEL arrived (9.2); a request still pending in a dialog when a BYE for it arrived (15.1.2);
   * or one still pending when the UAS itself ended the dialog with a BYE, sent on the same cause
   * just after it.
   */
  private static Explanation terminated(Reply r, TraceIndex index) {
    SipMessage cause = r.out().isOtherLeg() ? null : r.out().causeMessage();
    Method causeMethod = cause instanceof SipRequest request ? request.method() : null;
    if (Method.CANCEL.equals(causeMethod) || cancelArrived(r, index)) {
      return r.say("the INVITE was cancelled, so it ends with 487", Rfc.cite("9.2"),
          Note.CANCEL);
    }
    if (Method.BYE.equals(causeMethod)) {
      return r.say("a BYE ended the dialog while this " + r.method() + " was still pending; the"
          + " UAS MUST still respond to it, and 487 is the RECOMMENDED answer",
          Rfc.cite("15.1.2", "21.4.25"), Note.DIALOGS_AND_TAGS);
    }
    if (sendsByeOnSameCause(r, index)) {
      return r.say(r.out().from() + " is ending the dialog with a BYE (its next message), so it"
          + " first answers this " + r.method() + ", still pending in the dialog, with 487, as"
          + " section 15.1.2 recommends for the requests pending when a BYE ends a dialog",
          Rfc.cite("15.1.1", "15.1.2", "21.4.25"), Note.DIALOGS_AND_TAGS);
    }
    return generic(r, "the request was ended by a BYE or CANCEL before it was answered");
  }

  /**
   * Whether a CANCEL of the answered request (its branch, section 9.2) reached the responder
   * before the 487: in a capture, where causes are inferred, the 487 may point at no CANCEL.
   */
  private static boolean cancelArrived(Reply r, TraceIndex index) {
    if (!(r.request() instanceof SipRequest answered) || answered.topVia() == null) {
      return false;
    }
    return index.deliveredBefore(r.out().from(), r.out().send().seq()).stream()
        .map(index::messageOf)
        .anyMatch(m -> m instanceof SipRequest c && c.method().equals(Method.CANCEL)
            && c.topVia() != null && TraceIndex.sameBranch(c.topVia(), answered.topVia()));
  }

  private static boolean sendsByeOnSameCause(Reply r, TraceIndex index) {
    Send own = r.out().send();
    return own.cause() != TraceEvent.NO_CAUSE && index.effects(own.cause()).stream()
        .anyMatch(e -> e instanceof Send s && s.seq() > own.seq() && s.from().equals(own.from())
            && s.firstLine().startsWith("BYE "));
  }

  /** 401 from a registrar or UAS (22.2), 407 from a proxy (22.3). */
  private static Explanation challenge(Reply r, boolean proxy) {
    String header = proxy ? "Proxy-Authorization" : "Authorization";
    boolean sent = r.request() != null
        && r.request().has(proxy ? HeaderName.PROXY_AUTHORIZATION : HeaderName.AUTHORIZATION);
    List<Challenge> challenges = proxy ? r.response().proxyAuthenticate()
        : r.response().wwwAuthenticate();
    boolean stale = !challenges.isEmpty() && "true".equalsIgnoreCase(
        challenges.get(0).parameter("stale"));
    String why = r.request() == null ? "it asks for credentials"
        : !sent ? "the " + r.method() + " carried no " + header + " header"
        : stale ? "the nonce its " + header + " answered is stale, so a fresh one is given"
        : "the " + header + " it carried was not accepted";
    String nonce = "; " + (proxy ? "Proxy-Authenticate" : "WWW-Authenticate")
        + " gives the nonce to answer";
    return r.say(why + nonce, Rfc.cite(proxy ? "22.3" : "22.2"), Note.REGISTRATION_AND_DIGEST);
  }

  private static Explanation notFound(Reply r) {
    return switch (r.kind()) {
      case "registrar" -> registrarNotFound(r);
      case "pbx" -> pbxNotFound(r);
      // Section 16.5: "If the Request-URI indicates a resource at this proxy that does not exist,
      // the proxy MUST return a 404"; a known user with no binding gets 480 instead.
      case "proxy", "redirect" -> r.say("the target is no address of record this server knows a"
          + " way to (a resource that does not exist here); its note says why",
          Rfc.cite("16.5", "21.4.5"), Note.AOR_AND_CONTACT);
      default -> generic(r, "the user does not exist here");
    };
  }

  /**
   * A PBX answers 404 to a REGISTER for an account sip.conf does not hold (section 10.3 step 5:
   * an address-of-record not valid for the domain), and to an INVITE it has nowhere to send: no
   * extension matches (chan_sip's get_destination), or the extension's target is served by no
   * element. Which of the two its note beside the message says; the 404 itself does not.
   */
  private static Explanation pbxNotFound(Reply r) {
    if (r.method().equals("REGISTER")) {
      return r.say("the PBX has no account of that name in its sip.conf, so nothing can be"
          + " registered for it", Rfc.cite("10.3 step 5", "21.4.5"), Note.CHAN_SIP_AND_THE_KERNEL);
    }
    return r.say("the PBX has nowhere to send the call: no extension of its dialplan matches"
        + " (chan_sip's get_destination), or the extension's target is served by no element; its"
        + " note says which", Rfc.cite("21.4.5"), Note.CHAN_SIP_AND_THE_KERNEL);
  }

  /**
   * A registrar's 404 comes from one of two steps of section 10.3; its Warning names which, so
   * that the explanation cites the same step as the message.
   */
  private static Explanation registrarNotFound(Reply r) {
    boolean step1 = r.response().warnings().stream()
        .anyMatch(w -> w.warnText().contains("10.3 step 1"));
    return step1
        ? r.say("the Request-URI names a domain whose bindings this registrar does not keep",
            Rfc.cite("10.3 step 1"), Note.REGISTRATION_AND_DIGEST)
        : r.say("the address-of-record in To is not valid for the domain in the Request-URI",
            Rfc.cite("10.3 step 5"), Note.REGISTRATION_AND_DIGEST);
  }

  /** 500 for a request whose CSeq is out of order (12.2.2; REGISTER 10.3 step 7). */
  private static Explanation serverError(Reply r) {
    if (r.method().equals("REGISTER")) {
      return r.say("the registration could not be applied, for example because its CSeq is not"
          + " higher than the last one for this Call-ID", Rfc.cite("10.3 step 7"), Note.CSEQ);
    }
    boolean inDialog = r.request() != null && r.request().to() != null
        && r.request().to().hasTag();
    // The 500 says why only in what it carries: a Warning naming the CSeq (section 12.2.2's
    // out-of-order request, as siplab's user agents write it), or a Retry-After on a re-INVITE
    // (section 14.2's INVITE that came before the first one was answered). Without either, the
    // explanation claims no cause it cannot see.
    boolean lowerCseq = r.response().warnings().stream()
        .anyMatch(w -> w.warnText().contains("is lower than"));
    if (inDialog && lowerCseq) {
      return r.say("its CSeq is lower than the last one received in this dialog, so it is out"
          + " of order", Rfc.cite("12.2.2"), Note.CSEQ);
    }
    if (inDialog && r.method().equals("INVITE") && r.response().retryAfter() != null) {
      // Either side may have sent the re-INVITE (the caller, or a callee that had not answered
      // yet), so the one asked to retry is named, not called the caller.
      return r.say("the re-INVITE came while an earlier INVITE of this dialog still had no final"
          + " response; the Retry-After asks " + r.out().to() + " to try again after that many"
          + " seconds",
          Rfc.cite("14.2"), Note.CSEQ);
    }
    return generic(r, "the server failed to handle the request");
  }

  private static Explanation generic(Reply r, String why) {
    return r.say(why, Rfc.cite(StatusSections.of(r.code())), null);
  }

  private static String failure(int code) {
    if (code >= 600) {
      return "a global failure: no other place will accept the request";
    }
    return code >= 500 ? "the server failed to handle the request"
        : "the request failed at this server";
  }
}
