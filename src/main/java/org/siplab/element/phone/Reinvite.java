package org.siplab.element.phone;

import java.util.Optional;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.TimerService;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Warning;
import org.siplab.sdp.AnswerResult;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;

/**
 * re-INVITEs in an established call (RFC 3261 section 14): this phone's, which offer its media as
 * it now wants it (on hold, resumed, at a new address), and the peer's, which it answers.
 *
 * <p>One INVITE at a time in a dialog: "a UAC MUST NOT initiate a new INVITE transaction within a
 * dialog while another INVITE transaction is in progress in either direction", so a wish that
 * comes meanwhile waits. When both sides re-INVITE at once (glare), each answers the other 491
 * (section 14.2: "A UAS that receives an INVITE on a dialog while an INVITE it had sent on that
 * dialog is in progress MUST return a 491 (Request Pending)") and tries again after the random
 * delay of section 14.1, the owner of the Call-ID later than the other side.
 */
final class Reinvite implements ResponseHandler {

  private final PhoneKit kit;
  private final Call call;
  private ClientTransaction pending;
  private String purpose;
  private String queued;
  private TimerService.Handle retry;
  private boolean answerInAck;

  Reinvite(PhoneKit kit, Call call) {
    this.kit = kit;
    this.call = call;
  }

  /** Sends a re-INVITE offering the current local media; {@code why} says what it is for. */
  void send(String why) {
    Optional<DialogId> id = call.dialog();
    if (!call.isEstablished() || call.isOver() || id.isEmpty()) {
      kit.reporter().note("cannot", why + ": there is no established call");
      return;
    }
    if (pending != null || retry != null || kit.core().awaitingAck(id.get())) {
      queued = why;
      kit.reporter().note("waits", why + " waits: another INVITE is in progress in the dialog"
          + " (section 14.1)");
      return;
    }
    byte[] offer = Bodies.bytes(call.media().offer());
    Optional<ClientTransaction> sent = kit.outbox().sendInDialog(id.get(), Method.INVITE,
        b -> b.body(MediaType.SDP, offer), this);
    if (sent.isEmpty()) {
      call.media().refused();
      return;
    }
    pending = sent.get();
    purpose = why;
    kit.reporter().note("re-INVITE", why);
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    if (transaction != pending || response.isProvisional()) {
      return;
    }
    pending = null;
    if (response.isSuccess() && call.isOver()) {
      // The 200 crossed the BYE of either side: the UA core ACKs it (section 13.2.2.4), and the
      // session it would change is over (section 15.1.1).
      kit.reporter().note("ignored", "the re-INVITE (" + purpose + ") was accepted after the call"
          + " ended; the 200 is ACKed and changes nothing (section 15.1.1)");
    } else if (response.isSuccess()) {
      Bodies.descriptionOf(response).ifPresent(call.media()::answered);
      call.mediaChanged();
      sendQueued();
    } else if (response.status() == 491) {
      glare();
    } else if (response.status() == 481 || response.status() == 408) {
      // Section 12.2.1.2: after a 481 or 408 to a request in a dialog, "the UAC SHOULD terminate
      // the dialog".
      call.dialog().ifPresent(id -> kit.core().forget(id, response.status() + " to re-INVITE"));
      call.ended("the re-INVITE got " + response.status() + " " + response.reason()
          + ": the dialog is gone (section 12.2.1.2)");
    } else {
      call.media().refused();
      kit.reporter().note("refused", "the peer answered the re-INVITE (" + purpose + ") with "
          + response.status() + " " + response.reason() + ": the session stays as it was"
          + " (section 14.1)");
      sendQueued();
    }
  }

  /** The UA core has ended the dialog (section 12.2.1.2: a timeout is a 408). */
  @Override
  public void onTimeout(ClientTransaction transaction, String why) {
    if (transaction == pending) {
      pending = null;
      call.media().refused();
    }
  }

  /**
   * Section 14.1: "If the UAC is the owner of the Call-ID of the dialog ID ..., T has a randomly
   * chosen value between 2.1 and 4 seconds in units of 10 ms"; otherwise "between 0 and 2
   * seconds in units of 10 ms". "When the timer fires, the UAC SHOULD attempt the re-INVITE once
   * more, if it still desires for that session modification to take place."
   */
  private void glare() {
    long tens = call.ownsCallId() ? 210 + kit.context().random().nextInt(191)
        : kit.context().random().nextInt(201);
    long delayUs = tens * 10_000L;
    kit.reporter().note("glare", "491 Request Pending: both sides sent a re-INVITE at once. This"
        + " phone " + (call.ownsCallId() ? "owns" : "does not own") + " the Call-ID, so it"
        + " tries again in " + tens * 10 + " ms (section 14.1)");
    String again = purpose;
    Runnable tryAgain = () -> {
      retry = null;
      if (!call.isOver()) {
        send(again + ", again after 491");
      }
    };
    String callId = call.dialog().map(DialogId::callId).orElse(null);
    retry = kit.timers().startForCall(callId, call.scope(), "re-INVITE after 491", delayUs,
        tryAgain);
  }

  private void sendQueued() {
    if (queued != null && pending == null && retry == null) {
      String why = queued;
      queued = null;
      send(why);
    }
  }

  /** The peer's re-INVITE (section 14.2): 491 in glare, else the answer to its offer. */
  void received(SipRequest request, ServerTransaction transaction) {
    if (pending != null) {
      kit.reporter().note("glare", "a re-INVITE arrived while this phone's own is pending: 491"
          + " (section 14.2)");
      kit.respond(transaction, kit.responseTo(transaction, 491).build());
      return;
    }
    Bodies.Sdp sdp = Bodies.sdpOf(request);
    SipResponse.Builder ok = kit.responseTo(transaction, 200)
        .header(HeaderName.ALLOW, Capabilities.allow());
    if (sdp instanceof Bodies.Sdp.Valid valid) {
      AnswerResult result = call.media().answer(valid.description());
      if (result instanceof AnswerResult.Accepted accepted) {
        kit.respond(transaction, ok.body(MediaType.SDP, Bodies.bytes(accepted.answer())).build());
        call.mediaChanged();
      } else {
        refuse(transaction, ((AnswerResult.NoCommonCodec) result).explanation());
      }
    } else if (sdp instanceof Bodies.Sdp.Broken broken) {
      refuse(transaction, broken.problem());
    } else {
      // Section 14.1: a re-INVITE without a body; the 2xx carries the offer, the ACK the answer.
      kit.respond(transaction, ok.body(MediaType.SDP, Bodies.bytes(call.media().offer())).build());
      answerInAck = true;
    }
  }

  /**
   * Section 14.2: "If the new session description is not acceptable, the UAS can reject it by
   * returning a 488 (Not Acceptable Here) response for the re-INVITE. This response SHOULD include
   * a Warning header field."
   */
  private void refuse(ServerTransaction transaction, String why) {
    kit.reporter().note("refuses", "the re-INVITE's offer: " + why);
    kit.respond(transaction, kit.responseTo(transaction, 488)
        .header(HeaderName.WARNING, new Warning(AnswerResult.NoCommonCodec.WARNING_CODE,
            HostPort.hostOf(kit.identity().address()), "Incompatible media format"))
        .build());
  }

  /** The ACK for this phone's 2xx to a re-INVITE: the answer, if the 2xx made the offer. */
  void acked(SipRequest ack) {
    if (answerInAck) {
      answerInAck = false;
      Bodies.descriptionOf(ack).ifPresent(call.media()::answered);
      call.mediaChanged();
    }
    sendQueued();
  }
}
