package org.siplab.element.phone;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.TimerService;
import org.siplab.element.ToUri;
import org.siplab.message.HeaderName;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.sdp.AnswerResult;
import org.siplab.sdp.SessionDescription;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;

/**
 * The caller's side of a call until it is answered (RFC 3261 sections 8.1, 9.1 and 13.2): the
 * INVITE and what its responses make of it. A provisional response moves the call to early; a
 * 2xx establishes it (the UA core has sent the ACK); a 3xx sends the INVITE on to the Contacts
 * (section 8.1.3.4); a 401 or 407 sends it again with credentials (section 22); a proxy that
 * never answers makes way for the next outbound proxy (section 8.1.2, RFC 3665 section 3.4); any
 * other final response makes way for the next target of the 3xx, if one is left, else ends the
 * attempt.
 *
 * <p>Each new INVITE of the attempt keeps the Call-ID, From and To, and takes the next CSeq:
 * "This new request constitutes a new transaction and SHOULD have the same value of the Call-ID,
 * To, and From of the previous request, but the CSeq should contain a new sequence number that is
 * one higher than the previous" (section 8.1.3.5; section 8.1.3.4 recommends the same after a
 * 3xx). The INVITE resent to the next proxy is the same request, CSeq included, in a new
 * transaction.
 */
final class OutgoingInvite implements ResponseHandler {

  /** How the trace notes a cancel or hangup while this call's CANCEL is already under way. */
  static final String ALREADY_CANCELLING = "already cancelling";

  private final PhoneKit kit;
  private final Call call;
  private Redirection targets;
  private SipRequest attempt;
  private ClientTransaction transaction;
  private boolean offered;
  private boolean provisional;
  private boolean cancelWanted;
  private boolean cancelSent;
  private boolean byeAfterAck;
  private TimerService.Handle cancelTimer;
  private TimerService.Handle giveUpTimer;
  /**
   * The dialogs of other forks this call ended with a BYE: each gets one, however many 2xx come.
   */
  private final Set<DialogId> endedForks = new HashSet<>();

  OutgoingInvite(PhoneKit kit, Call call) {
    this.kit = kit;
    this.call = call;
  }

  /** Section 8.1.1: the INVITE to {@code target}, with the offer unless the offer is delayed. */
  void start(SipUri target) {
    targets = new Redirection(kit, target);
    SipRequest.Builder b = kit.core().newRequest(Method.INVITE, target, kit.identity().self(),
        ToUri.of(target));
    b.header(HeaderName.ALLOW, Capabilities.allow());
    if (kit.config().offer() == PhoneConfig.Offer.SDP) {
      b.body(MediaType.SDP, Bodies.bytes(call.media().offer()));
      offered = true;
    }
    call.state(PhoneState.CALLING);
    SipRequest invite = b.build();
    kit.config().cancelAfterUs().ifPresent(us -> cancelTimer = kit.timers().startForCall(
        invite.callId(), call.scope(), "cancel if unanswered", us,
        () -> cancel("nobody answered within " + us / 1000 + " ms")));
    send(invite);
  }

  private void send(SipRequest request) {
    Optional<OutboundRoute.Routed> routed = kit.outbox().route().first(request);
    if (routed.isEmpty()) {
      String failure = "no element serves " + request.requestUri() + " and the phone has no"
          + " outbound proxy";
      // Section 8.1.3.4: "When a failure for a particular contact address is received, the client
      // SHOULD try the next contact address", a target nobody serves as much as one that times out.
      if (targets.hasNext()) {
        tryNextTarget(failure);
      } else {
        fail(failure);
      }
      return;
    }
    sendTo(routed.get().request(), routed.get().destination());
  }

  private void sendTo(SipRequest request, Endpoint destination) {
    if (cancelWanted) {
      fail("cancelled before the next INVITE left");
      return;
    }
    provisional = false;
    attempt = kit.keyring().sign(call.scope(), request);
    transaction = kit.outbox().send(attempt, destination, this);
  }

  private void fail(String why) {
    stopCancelTimer();
    stopGiveUpTimer();
    call.failed(why);
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction from, Dialog dialog) {
    if (from == transaction && !response.isProvisional()) {
      stopGiveUpTimer();
    }
    if (response.isSuccess()) {
      answered(response, dialog);
    } else if (from != transaction || call.isOver()) {
      return;
    } else if (response.isProvisional()) {
      progress(response, dialog);
    } else if (response.statusClass() == 3) {
      redirected(response);
    } else if (response.status() == 401 || response.status() == 407) {
      challenged(response);
    } else {
      refused(response);
    }
  }

  /** Section 13.2.2.1: a provisional response; one with a To tag makes an early dialog. */
  private void progress(SipResponse response, Dialog dialog) {
    provisional = true;
    if (cancelWanted && !cancelSent) {
      sendCancel();
    }
    if (response.status() == 100) {
      return;
    }
    if (dialog != null) {
      call.dialog(dialog.id());
    }
    if (offered && !call.media().flowing()) {
      Bodies.descriptionOf(response).ifPresent(answer -> {
        call.media().answered(answer);
        call.mediaChanged();
      });
    }
    call.state(PhoneState.EARLY);
    kit.reporter().fire(PhoneEvent.RINGING, response.status() + " " + response.reason());
  }

  private void answered(SipResponse response, Dialog dialog) {
    if (dialog == null) {
      return;
    }
    if (call.isOver() || call.isEstablished()) {
      if (!call.dialog().map(dialog.id()::equals).orElse(false) && endedForks.add(dialog.id())) {
        // Section 13.2.2.4: each 2xx is ACKed; a second dialog (another fork, or an attempt
        // given up) is ended at once, by one BYE: the 2xx's retransmissions, which keep coming
        // until the fork sees the ACK, are ACKed by the UA core and end nothing twice.
        kit.reporter().note("hangs up", "a 2xx from another dialog " + dialog.id()
            + ": ACK and BYE it (section 13.2.2.4)");
        kit.outbox().sendInDialog(dialog.id(), Method.BYE, b -> { }, new Noting(kit.reporter()));
      }
      return;
    }
    stopCancelTimer();
    kit.keyring().settled(call.scope());
    call.dialog(dialog.id());
    call.established();
    if (offered) {
      Optional<SessionDescription> answer = Bodies.descriptionOf(response);
      answer.ifPresentOrElse(call.media()::answered, () -> kit.reporter().note("no media",
          "the 2xx carries no SDP answer to the offer of the INVITE (RFC 3264 section 5)"));
    }
    kit.reporter().fire(PhoneEvent.ANSWERED, response.status() + " " + response.reason());
    kit.outbox().wrongAck(dialog.id(), attempt.cseq().number());
    call.mediaChanged();
    kit.reporter().fire(PhoneEvent.IN_CALL, dialog.id().toString());
    if (byeAfterAck) {
      call.bye("the offer in the 2xx has no codec in common; the ACK rejected it (section"
          + " 13.2.2.4)");
    } else if (cancelWanted) {
      call.bye("the call was answered before the CANCEL took effect (section 9.1)");
    }
  }

  /**
   * The answer for the ACK when the INVITE had no offer and the 2xx brings one (section 13.2.2.4:
   * "If the 2xx contains an offer ..., the ACK MUST carry an answer in its body"); null when the
   * ACK carries nothing.
   */
  byte[] ackBody(SipResponse ok) {
    if (offered || call.isEstablished()) {
      return null;
    }
    Optional<SessionDescription> offer = Bodies.descriptionOf(ok);
    if (offer.isEmpty()) {
      return null;
    }
    AnswerResult result = call.media().answer(offer.get());
    if (result instanceof AnswerResult.Accepted accepted) {
      return Bodies.bytes(accepted.answer());
    }
    kit.reporter().note("no common codec", ((AnswerResult.NoCommonCodec) result).explanation());
    byeAfterAck = true;
    return Bodies.bytes(call.media().rejecting(offer.get()));
  }

  /** Section 8.1.3.4: new INVITEs to the Contacts of the 3xx, one at a time. */
  private void redirected(SipResponse response) {
    targets.redirected(response);
    tryNextTarget(response.status() + " " + response.reason());
  }

  private void tryNextTarget(String failure) {
    targets.next(attempt, failure).ifPresentOrElse(this::send, () -> fail(failure));
  }

  /** Sections 22.2 and 22.3: the INVITE again, with credentials for every challenge so far. */
  private void challenged(SipResponse response) {
    Optional<String> cannot = kit.keyring().learn(call.scope(), transaction.request(), response);
    if (cannot.isPresent()) {
      fail("gives up: " + cannot.get());
      return;
    }
    kit.reporter().note("authenticates", "answers the " + response.status() + " with"
        + " credentials for realms " + kit.keyring().realms(call.scope()) + ", CSeq "
        + (attempt.cseq().number() + 1) + " (section " + (response.status() == 407 ? "22.3"
        : "22.2") + ")");
    SipRequest retry = kit.retryOf(attempt);
    Endpoint destination = transaction.destination();
    sendTo(retry, destination);
  }

  private void refused(SipResponse response) {
    kit.keyring().settled(call.scope());
    String failure = response.status() + " " + response.reason();
    if (targets.hasNext() && response.status() != 487) {
      tryNextTarget(failure);
      return;
    }
    fail(cancelSent ? failure + ": the CANCEL ended the INVITE (section 9.1)" : failure);
  }

  /** Timer B: section 8.1.2 tries the next outbound proxy, else the call fails. */
  @Override
  public void onTimeout(ClientTransaction from, String why) {
    if (from != transaction || call.isOver() || call.isEstablished()) {
      return;
    }
    Endpoint failed = from.destination();
    Optional<OutboundRoute.Routed> next = kit.outbox().route().after(attempt, failed);
    if (next.isPresent()) {
      kit.reporter().note("fails over", kit.outbox().route().nameOf(failed) + " did not answer ("
          + why + "): the same INVITE goes to " + next.get().hop().orElseThrow().element()
          + " in a new transaction (section 8.1.2)");
      sendTo(next.get().request(), next.get().destination());
      return;
    }
    if (targets.hasNext()) {
      tryNextTarget("no answer: " + why);
      return;
    }
    fail("no answer: " + why);
  }

  /**
   * Section 9.1: CANCEL the pending INVITE. "If no provisional response has been received, the
   * CANCEL request MUST NOT be sent; rather, the client MUST wait for the arrival of a provisional
   * response before sending the request."
   */
  void cancel(String why) {
    if (call.isOver() || call.isEstablished()) {
      return;
    }
    if (cancelWanted) {
      // One CANCEL is all section 9.1 asks: it waits for a provisional response, or, once sent,
      // its own client transaction retransmits it until a response (section 17.1.2.2). A second
      // would be one more transaction for the same INVITE, and change nothing.
      kit.reporter().note(ALREADY_CANCELLING, pendingCancel());
      return;
    }
    cancelWanted = true;
    stopCancelTimer();
    kit.reporter().note("cancels", why);
    if (provisional) {
      sendCancel();
    } else {
      kit.reporter().note("waits", "no provisional response yet: the CANCEL waits for one"
          + " (section 9.1)");
    }
  }

  /** Where the CANCEL of this call stands, while the INVITE has no final response. */
  private String pendingCancel() {
    return cancelSent
        ? "its CANCEL is sent and the INVITE has no final response yet: the CANCEL's own"
            + " transaction retransmits it until it is answered (RFC 3261 section 17.1.2.2), and"
            + " the INVITE ends with its final response (487 Request Terminated, section 9.2) or"
            + " is given up 64*T1 after the CANCEL (section 9.1)"
        : "its CANCEL waits for a provisional response to the INVITE, as RFC 3261 section 9.1"
            + " says (\"If no provisional response has been received, the CANCEL request MUST NOT"
            + " be sent\"), and leaves when one arrives";
  }

  private void sendCancel() {
    cancelSent = true;
    ClientTransaction invite = transaction;
    kit.outbox().cancel(invite, new Noting(kit.reporter()));
    // Section 9.1: the caller "cannot rely on receiving a 487" (an RFC 2543 UAS sends none, and
    // every copy of one may be lost), and in Proceeding no timer of the transaction runs. "If
    // there is no final response for the original request in 64*T1 seconds" (9.1), the client
    // "SHOULD then consider the original transaction cancelled and SHOULD destroy the client
    // transaction". 64*T1 is Timer B's value, on this phone's T1.
    long wait = kit.core().layer().settings().timers().timerB();
    giveUpTimer = kit.timers().startForCall(invite.request().callId(), call.scope(),
        "give up 64*T1 after CANCEL", wait, () -> giveUp(invite));
  }

  private void giveUp(ClientTransaction invite) {
    giveUpTimer = null;
    if (invite != transaction || invite.isTerminated() || call.isOver() || call.isEstablished()) {
      return;
    }
    String why = "no final response 64*T1 after the CANCEL: the INVITE transaction is given up"
        + " (section 9.1)";
    kit.core().abandonInvite(invite, why);
    fail(why);
  }

  private void stopGiveUpTimer() {
    if (giveUpTimer != null) {
      kit.timers().cancel(giveUpTimer);
      giveUpTimer = null;
    }
  }

  private void stopCancelTimer() {
    if (cancelTimer != null) {
      kit.timers().cancel(cancelTimer);
      cancelTimer = null;
    }
  }
}
