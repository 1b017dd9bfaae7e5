package org.siplab.element.pbx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.ElementEvents;
import org.siplab.element.pbx.Call.Side;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.RetryAfter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;

/**
 * A re-INVITE on one leg (hold, resume, a new address) becomes a re-INVITE of the PBX's own on
 * the other leg, with the same session description, and its final response goes back the same
 * way (RFC 3261 section 14). One re-INVITE at a time per call, as section 14.2 asks.
 */
final class ReinviteRelay {

  /** A re-INVITE received on {@code from}'s leg and the one the PBX sent on the other leg. */
  private record Pending(Call call, Side from, ServerTransaction received) {}

  private final String element;
  private final UserAgentCore core;
  private final ElementEvents events;
  private final RandomGenerator random;
  private final Map<ClientTransaction, Pending> pending = new LinkedHashMap<>();
  private boolean sending;
  private String failedWhileSending;

  ReinviteRelay(String element, UserAgentCore core, ElementEvents events,
      RandomGenerator random) {
    this.element = element;
    this.core = core;
    this.events = events;
    this.random = random;
  }

  /** A re-INVITE arrived on the {@code from} leg of {@code call}. */
  void relay(Call call, Side from, ServerTransaction tx) {
    Optional<Pending> busy = pendingOf(call);
    if (busy.isPresent() && busy.get().from() == from) {
      // Section 14.2: "A UAS that receives a second INVITE before it sends the final response
      // to a first INVITE ... MUST return a 500 (Server Internal Error) response to the second
      // INVITE and MUST include a Retry-After header field with a randomly chosen value of
      // between 0 and 10 seconds."
      core.respond(tx, core.responseTo(tx, 500)
          .header(HeaderName.RETRY_AFTER, RetryAfter.of(random.nextInt(11))).build());
      return;
    }
    if (busy.isPresent()) {
      // Section 14.2: "A UAS that receives an INVITE on a dialog while an INVITE it had sent on
      // that dialog is in progress MUST return a 491 (Request Pending) response".
      core.respond(tx, core.responseTo(tx, 491).build());
      return;
    }
    SipRequest reinvite = tx.request();
    DialogId other = call.dialogOf(from.other());
    if (reinvite.bodyLength() == 0 || reinvite.contentType() == null) {
      // Section 14.2: a re-INVITE may be refused with 488, which "SHOULD include a Warning".
      core.respond(tx, Relay.status(core, tx, 488, "the PBX relays session descriptions and"
          + " needs an offer in the re-INVITE"));
      return;
    }
    if (other == null || core.dialog(other).isEmpty()) {
      core.respond(tx, Relay.status(core, tx, 488, "the other leg has no dialog to carry it"));
      return;
    }
    sending = true;
    ClientTransaction sent;
    try {
      sent = core.sendInDialog(other, Method.INVITE, b -> b
          .header(HeaderName.ALLOW, Pbx.ALLOW)
          .body(reinvite.contentType(), reinvite.body()));
    } finally {
      sending = false;
    }
    pending.put(sent, new Pending(call, from, tx));
    events.note(element, "relays re-INVITE", "passes the new session description of "
        + (from == Side.CALLER ? call.caller() : call.callee()) + " on in a re-INVITE of its own"
        + " in the other dialog");
    if (failedWhileSending != null) {
      // The transport refused it on the spot, before the transaction was known to be this one.
      String reason = failedWhileSending;
      failedWhileSending = null;
      onSendFailed(sent, reason);
    }
  }

  /**
   * Whether a transport error reported now is the one of the re-INVITE being sent, which the
   * transport refuses before {@link #relay} knows its transaction; then it is kept for relay.
   */
  boolean caughtWhileSending(String reason) {
    if (!sending) {
      return false;
    }
    failedWhileSending = reason;
    return true;
  }

  /** Whether {@code tx} is a re-INVITE the PBX sent. */
  boolean owns(ClientTransaction tx) {
    return pending.containsKey(tx);
  }

  /** The final response to the PBX's re-INVITE goes back to whoever sent the first one. */
  void onResponse(ClientTransaction tx, SipResponse response) {
    if (response.isProvisional()) {
      return; // section 14.2: a UAS "MAY choose not to generate 180 (Ringing) responses"
    }
    Pending p = pending.remove(tx);
    if (p != null) {
      core.respond(p.received(), response.isSuccess()
          ? Relay.withAllow(Relay.response(core, p.received(), response))
          : Relay.failure(core, p.received(), response));
    }
  }

  /**
   * The PBX's re-INVITE went unanswered: 408 for the one who sent the first, unless it has its
   * answer already (the BYE that ended the call answered it 487, section 15.1.2).
   */
  void onTimeout(ClientTransaction tx) {
    Pending p = pending.remove(tx);
    SipResponse last = p == null ? null : p.received().lastResponse();
    if (p != null && (last == null || !last.isFinal())) {
      core.respond(p.received(), Relay.status(core, p.received(), 408,
          "the other leg did not answer the re-INVITE"));
    }
  }

  /**
   * The PBX's re-INVITE could not be sent at all (the transport refused it). Section 8.1.3.1: "If
   * a fatal transport error is reported by the transport layer ..., the condition MUST be treated
   * as a 503 (Service Unavailable) status code." A 503 is not one of the failures that end a
   * dialog (section 12.2.1.2 names 481, 408 and no response), so the other leg stays as it was
   * ("the session parameters MUST remain unchanged", 14.1) and the one who sent the first
   * re-INVITE gets what a 503 from the far leg gets, 500 ({@link Relay#failure}), unless the
   * call's end answered it already.
   */
  void onSendFailed(ClientTransaction tx, String reason) {
    Pending p = pending.remove(tx);
    SipResponse last = p == null ? null : p.received().lastResponse();
    if (p != null && (last == null || !last.isFinal())) {
      events.note(element, "gives up", "could not send its re-INVITE to "
          + (p.from() == Side.CALLER ? p.call().callee() : p.call().caller()) + ": " + reason
          + "; treated as a 503 (RFC 3261 section 8.1.3.1), answered 500, and the call goes on");
      core.respond(p.received(), Relay.status(core, p.received(), 500,
          "the PBX could not send the re-INVITE on the other leg: " + reason));
    }
  }

  /**
   * Whether a re-INVITE the PBX sent in {@code dialog} is over without a final response (its
   * Timer B fired): then that, and not the peer, is why the UA core ended the dialog.
   */
  boolean timedOutIn(DialogId dialog) {
    for (ClientTransaction tx : pending.keySet()) {
      SipRequest sent = tx.request();
      if (tx.isTerminated() && sent.callId().equals(dialog.callId())
          && dialog.localTag().equals(tagOf(sent.from()))
          && dialog.remoteTag().equals(tagOf(sent.to()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Forgets the PBX's re-INVITE {@code tx} without answering the one it relays: the call is
   * ending, and the BYE that ends the other leg answers that one 487 (section 15.1.2).
   */
  void forget(ClientTransaction tx) {
    pending.remove(tx);
  }

  /** A dialog id holds "" for a party without a tag (an RFC 2543 peer, section 12.2.1.1). */
  private static String tagOf(NameAddress party) {
    return party.hasTag() ? party.tag() : "";
  }

  private Optional<Pending> pendingOf(Call call) {
    for (Pending p : pending.values()) {
      if (p.call() == call) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
