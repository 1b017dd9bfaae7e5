package org.siplab.element.phone;

import java.util.OptionalInt;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.TimerService;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.MediaType;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.StatusCode;
import org.siplab.message.Warning;
import org.siplab.sdp.AnswerResult;
import org.siplab.sdp.SessionDescription;
import org.siplab.transaction.ServerTransaction;

/**
 * The callee's side of a call until it is answered (RFC 3261 section 13.3): the phone alerts (180
 * Ringing, or 183 Session Progress with its SDP answer for early media), then answers 200 with its
 * SDP, or refuses (486, 603, 480, ...), as its configuration or the script says. Without an offer
 * in the INVITE (a delayed offer, RFC 3665 section 3.6), the 200 carries the offer and the ACK the
 * answer.
 *
 * <p>In the chan_sip study, {@code handle_request} checks the INVITE's SDP and finds the
 * destination with {@code get_destination}; here the phone is the destination.
 */
final class IncomingInvite {

  private final PhoneKit kit;
  /** Section 13.3.1.1: a non-100 provisional response "at every minute". */
  static final long PROVISIONAL_REFRESH_US = 60_000_000L;

  private final Call call;
  private final ServerTransaction transaction;
  private final SessionDescription offer;
  private SessionDescription answer;
  private TimerService.Handle answerTimer;
  /** The 180 or 183 sent while alerting, or null. */
  private SipResponse provisional;
  private TimerService.Handle provisionalTimer;
  private boolean finalSent;
  private boolean offeredIn2xx;
  private boolean byeOnAck;

  /** @param offer the INVITE's offer, or null for a delayed offer */
  IncomingInvite(PhoneKit kit, Call call, ServerTransaction transaction,
      SessionDescription offer) {
    this.kit = kit;
    this.call = call;
    this.transaction = transaction;
    this.offer = offer;
  }

  /**
   * The INVITE passed the checks: answer its offer (section 13.3.1.3: 488 when nothing in it can
   * be accepted), alert, and schedule the configured answer.
   */
  void start() {
    if (offer != null) {
      AnswerResult result = call.media().answer(offer);
      if (result instanceof AnswerResult.NoCommonCodec none) {
        refuseOffer(none);
        return;
      }
      answer = ((AnswerResult.Accepted) result).answer();
    }
    call.state(PhoneState.RINGING);
    kit.reporter().fire(PhoneEvent.INCOMING, transaction.request().from().uri().toString());
    alert();
    PhoneConfig.Answer how = kit.config().answer();
    OptionalInt with = how.with();
    if (with.isEmpty()) {
      kit.reporter().note("rings", "the phone rings and nobody answers (answer: no-answer)");
      return;
    }
    answerTimer = kit.timers().startForCall(transaction.request().callId(), call.scope(),
        "answer", how.afterUs(), () -> finish(with.getAsInt()));
  }

  /**
   * Section 13.3.1.1: a 180 while alerting, or 183 with the answer for early media (the 2xx then
   * repeats the same answer).
   */
  private void alert() {
    PhoneConfig.Answer how = kit.config().answer();
    if (how.earlyMedia()) {
      SipResponse.Builder progress = kit.responseTo(transaction, 183);
      if (answer != null) {
        progress.body(MediaType.SDP, Bodies.bytes(answer));
      }
      provisional = progress.build();
      send(provisional);
      if (answer != null) {
        call.mediaChanged();
      }
    } else if (how.ringing()) {
      provisional = kit.responseTo(transaction, 180).build();
      send(provisional);
    }
    kit.reporter().fire(PhoneEvent.RINGING, "alerting");
    if (provisional != null) {
      refreshProvisionalLater();
    }
  }

  /**
   * Section 13.3.1.1: "A proxy has the option of canceling a transaction when there is a gap of 3
   * minutes between responses in a transaction. To prevent cancellation, the UAS MUST send a
   * non-100 provisional response at every minute". The phone sends the same 180 or 183 again, To
   * tag and all, each minute it alerts without a final response. The timer repeats for as long as
   * the phone rings, so it does not keep a run going by itself.
   */
  private void refreshProvisionalLater() {
    provisionalTimer = kit.timers().startRepeatingForCall(transaction.request().callId(),
        call.scope(), "provisional refresh", PROVISIONAL_REFRESH_US, () -> {
          provisionalTimer = null;
          if (finalSent || call.isOver() || transaction.isTerminated()) {
            return;
          }
          kit.reporter().note("resends " + provisional.status(), "still alerting a minute after"
              + " the last provisional response; RFC 3261 section 13.3.1.1 requires a non-100"
              + " provisional response every minute so that no proxy cancels the INVITE");
          send(provisional);
          refreshProvisionalLater();
        });
  }

  /** The user answers. */
  void answer() {
    finish(200);
  }

  /** The user refuses with {@code status} (486 busy, 603 decline, 480 unavailable ...). */
  void refuse(int status) {
    finish(status);
  }

  /** Whether the final response has left: a 200, or a refusal (a final response answers too). */
  boolean isAnswered() {
    return finalSent;
  }

  /** Whether the 2xx carried this phone's offer, whose answer the ACK has yet to bring. */
  boolean awaitsAnswerInAck() {
    return offeredIn2xx && !call.isEstablished();
  }

  private void finish(int status) {
    if (finalSent || call.isOver()) {
      return;
    }
    finalSent = true;
    stopTimer();
    if (status == 200) {
      accept();
    } else {
      send(Capabilities.withRequiredHeaders(kit.responseTo(transaction, status), status).build());
      call.failed("refused the call with " + status + " " + StatusCode.reasonPhrase(status));
    }
  }

  /**
   * Section 13.3.1.4: the 2xx with the answer to the INVITE's offer, or with an offer of its own
   * when the INVITE had none (the answer then comes in the ACK).
   */
  private void accept() {
    SipResponse.Builder ok = kit.responseTo(transaction, 200)
        .header(HeaderName.ALLOW, Capabilities.allow());
    if (answer != null) {
      ok.body(MediaType.SDP, Bodies.bytes(answer));
    } else {
      ok.body(MediaType.SDP, Bodies.bytes(call.media().offer()));
      offeredIn2xx = true;
    }
    send(ok.build());
    // Section 12.1.1: sending the 2xx confirms the dialog; the user no longer rings, and the call
    // waits for the ACK (section 13.3.1.4) before it is established.
    call.state(PhoneState.ANSWERED);
    kit.reporter().fire(PhoneEvent.ANSWERED, "200 OK");
    if (answer != null) {
      call.mediaChanged();
    }
  }

  /**
   * The user hangs up after the 200 left but before its ACK came: section 15, "the callee's UA
   * MUST NOT send a BYE on a confirmed dialog until it has received an ACK for its 2xx response
   * or until the server transaction times out". The BYE waits for the ACK.
   */
  void hangUpOnAck() {
    byeOnAck = true;
    kit.reporter().note("waits", "the BYE waits for the ACK of the 200 (section 15)");
  }

  /** The ACK for the 2xx arrived: the call is established (with the answer, if it carries one). */
  void acked(SipRequest ack) {
    if (call.isEstablished()) {
      return;
    }
    if (offeredIn2xx) {
      Bodies.descriptionOf(ack).ifPresentOrElse(call.media()::answered,
          () -> kit.reporter().note("no media", "the ACK carries no answer to the offer of the"
              + " 200 (section 13.2.2.4 requires one)"));
    }
    call.established();
    call.mediaChanged();
    kit.reporter().fire(PhoneEvent.IN_CALL, "the ACK arrived");
    if (byeOnAck) {
      call.bye("the user hung up while the 200 waited for its ACK");
    }
  }

  /** Section 9.2: the caller CANCELed; the UA core answered 200 and 487. */
  void cancelled() {
    finalSent = true;
    stopTimer();
    call.failed("the caller cancelled: 487 Request Terminated (section 9.2)");
  }

  private void refuseOffer(AnswerResult.NoCommonCodec none) {
    finalSent = true;
    // Section 13.3.1.3: "A UAS rejecting an offer contained in an INVITE SHOULD return a 488
    // (Not Acceptable Here) response. Such a response SHOULD include a Warning header field value
    // explaining why the offer was rejected."
    send(kit.responseTo(transaction, AnswerResult.NoCommonCodec.STATUS_CODE)
        .header(HeaderName.WARNING, new Warning(AnswerResult.NoCommonCodec.WARNING_CODE,
            HostPort.hostOf(kit.identity().address()), "Incompatible media format"))
        .build());
    call.failed("no codec in common: " + none.explanation());
  }

  private void send(SipResponse response) {
    kit.respond(transaction, response);
    if (response.status() > 100 && response.status() < 300 && response.to().hasTag()) {
      call.dialog(new DialogId(transaction.request().callId(), response.to().tag(),
          fromTag(transaction.request())));
    }
  }

  private static String fromTag(SipRequest request) {
    return request.from().hasTag() ? request.from().tag() : "";
  }

  private void stopTimer() {
    if (answerTimer != null) {
      kit.timers().cancel(answerTimer);
      answerTimer = null;
    }
    if (provisionalTimer != null) {
      kit.timers().cancel(provisionalTimer);
      provisionalTimer = null;
    }
  }
}
