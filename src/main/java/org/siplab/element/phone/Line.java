package org.siplab.element.phone;

import java.util.Locale;
import java.util.Optional;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.RetryAfter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Warning;
import org.siplab.sdp.Direction;
import org.siplab.sdp.LocalMedia;
import org.siplab.sdp.MediaSession;
import org.siplab.transaction.ServerTransaction;

/**
 * The phone's one line: it places calls and takes them, carries out what the user does in a call
 * (answer, hang up, hold...), and passes what the UA core reports about a call to the part that
 * handles it. While a call is in progress, a new INVITE is answered 486 (Busy Here).
 *
 * <p>In the chan_sip study, {@code find_call} finds the call a message belongs to by Call-ID and
 * {@code sip_alloc} makes a new one; here the UA core finds the dialog, and the line has one call.
 */
final class Line {

  private final PhoneKit kit;
  private int count;
  private Call call;
  private OutgoingInvite outgoing;
  private IncomingInvite incoming;
  private Reinvite reinvite;

  Line(PhoneKit kit) {
    this.kit = kit;
  }

  /** Whether a call is in progress (the phone would answer an INVITE 486). */
  boolean busy() {
    return call != null && !call.isOver();
  }

  private Call newCall(Call.Role role) {
    count++;
    long sessionId = 1_000_000_000L + Math.floorMod(kit.context().random().nextLong(),
        9_000_000_000L);
    LocalMedia local = new LocalMedia(kit.identity().connection(), Identity.RTP_PORT,
        kit.config().codecs(), Direction.SENDRECV);
    MediaSession session = MediaSession.start(local, kit.config().aor().user(),
        Long.toString(sessionId), sessionId);
    call = new Call(kit, role, "call " + count, new CallMedia(kit.reporter(), session));
    outgoing = null;
    incoming = null;
    reinvite = new Reinvite(kit, call);
    return call;
  }

  // ---- what the user does --------------------------------------------------------------------

  void call(SipUri target) {
    if (busy()) {
      kit.reporter().note("cannot call", target + ": the line is busy with a call");
      return;
    }
    Call placed = newCall(Call.Role.CALLER);
    kit.reporter().note("calls", target.toString());
    outgoing = new OutgoingInvite(kit, placed);
    outgoing.start(target);
  }

  void answer() {
    ringing().ifPresent(IncomingInvite::answer);
  }

  void refuse(int status) {
    ringing().ifPresent(invite -> invite.refuse(status));
  }

  private Optional<IncomingInvite> ringing() {
    if (incoming == null || call.isOver() || incoming.isAnswered()) {
      kit.reporter().note("nothing to answer", "no call is ringing");
      return Optional.empty();
    }
    return Optional.of(incoming);
  }

  /**
   * Hangs up as a user does: BYE in an established call, CANCEL for a call still being placed, a
   * 603 Decline for a call still ringing.
   */
  void hangup() {
    if (!busy()) {
      kit.reporter().note("nothing to hang up", "no call is in progress");
    } else if (call.isEstablished()) {
      call.bye("this phone hung up");
    } else if (outgoing != null) {
      outgoing.cancel("this phone hung up before the call was answered");
    } else if (incoming.isAnswered()) {
      incoming.hangUpOnAck();
    } else {
      incoming.refuse(603);
    }
  }

  void cancel() {
    if (busy() && outgoing != null && !call.isEstablished()) {
      outgoing.cancel("this phone cancels the call");
    } else {
      kit.reporter().note("nothing to cancel", "no call of this phone is waiting for an answer");
    }
  }

  /** RFC 3264 section 8.4: hold is a re-offer in which this side no longer receives. */
  void hold() {
    if (established("hold")) {
      call.media().hold();
      reinvite.send("hold: the offer says sendonly (RFC 3264 section 8.4)");
    }
  }

  void resume() {
    if (established("resume")) {
      call.media().resume();
      reinvite.send("resume: the offer says sendrecv again");
    }
  }

  void reinvite() {
    if (established("re-INVITE")) {
      reinvite.send("a re-INVITE that changes nothing (session refresh)");
    }
  }

  /**
   * The phone's address changes: its Contact and SDP name the new address from now on, and an
   * established call is told with a re-INVITE carrying both (RFC 3665 section 3.7).
   */
  void move(String address) {
    kit.identity().moveTo(address);
    kit.core().contact(kit.identity().contact());
    kit.reporter().note("moves", "now advertises " + kit.identity().contact().uri()
        + " and media at " + kit.identity().rtpAddress());
    if (busy()) {
      call.media().moveTo(kit.identity().connection());
      if (call.isEstablished()) {
        reinvite.send("new address " + address + ": new Contact and SDP (RFC 3665 section 3.7)");
      }
    }
  }

  /** INFO in the call, with a DTMF digit as many phones send it. */
  void info() {
    if (established("INFO")) {
      kit.outbox().sendInDialog(call.dialog().orElseThrow(), Method.INFO,
          b -> b.body(Bodies.DTMF_RELAY, "Signal=1\r\nDuration=160\r\n"),
          new Noting(kit.reporter()));
    }
  }

  private boolean established(String what) {
    if (busy() && call.isEstablished()) {
      return true;
    }
    kit.reporter().note("cannot " + what.toLowerCase(Locale.ROOT), "there is no established call");
    return false;
  }

  // ---- what the UA core reports ---------------------------------------------------------------

  /** A new INVITE, already screened (section 8.2). */
  void invite(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    if (busy()) {
      kit.reporter().note("busy", "an INVITE from " + request.from().uri() + " while in a call:"
          + " 486 Busy Here");
      kit.respond(transaction, kit.responseTo(transaction, 486).build());
      return;
    }
    Bodies.Sdp sdp = Bodies.sdpOf(request);
    if (sdp instanceof Bodies.Sdp.Broken broken) {
      kit.respond(transaction, kit.responseTo(transaction, 400).header(HeaderName.WARNING,
          new Warning(Warning.MISCELLANEOUS, HostPort.hostOf(kit.identity().address()),
              broken.problem())).build());
      return;
    }
    Call taken = newCall(Call.Role.CALLEE);
    kit.reporter().note("incoming call", "from " + request.from().uri()
        + (sdp instanceof Bodies.Sdp.Valid ? "" : ", without an offer (delayed offer)"));
    incoming = new IncomingInvite(kit, taken, transaction,
        sdp instanceof Bodies.Sdp.Valid valid ? valid.description() : null);
    incoming.start();
  }

  /** A re-INVITE in the call's dialog (section 14.2). */
  void reinvite(ServerTransaction transaction, Dialog dialog) {
    if (!isCall(dialog.id())) {
      kit.respond(transaction, kit.responseTo(transaction, 481).build());
    } else if (call.isOver()) {
      // The call is over but the UA core still holds its dialog. (The early dialog of a call
      // given up 64*T1 after its CANCEL ends with the INVITE, sections 9.1 and 12.3; a request
      // crossing this phone's BYE gets 481 from the UA core, and one pending when a BYE came
      // 487 there, section 15.1.2.) 487 would say "The request was terminated by a BYE or CANCEL
      // request" (21.4.25), which this one was not; for the phone the call leg is gone, so it
      // gets 481, "the UAS received a request that does not match any existing dialog or
      // transaction" (21.4.19), as section 12.2.2 answers a request for a dialog not wanted.
      kit.respond(transaction, kit.responseTo(transaction, 481).build());
    } else if (!call.isEstablished() && (incoming == null || !incoming.isAnswered())) {
      // Section 14.2: a second INVITE before the final response to the first "MUST" get "a 500
      // (Server Internal Error) response" with "a Retry-After header field with a randomly chosen
      // value of between 0 and 10 seconds".
      kit.respond(transaction, kit.responseTo(transaction, 500)
          .header(HeaderName.RETRY_AFTER, RetryAfter.of(kit.context().random().nextInt(11)))
          .build());
    } else if (!call.isEstablished() && incoming.awaitsAnswerInAck()) {
      // The 2xx is sent but its ACK, which carries the answer to the offer the 2xx made, is not
      // in: a new offer now would cross that one, so it gets 491, as an INVITE that crosses one
      // in progress does (section 14.2), and the caller retries after section 14.1's wait.
      kit.respond(transaction, kit.responseTo(transaction, 491).build());
    } else {
      // The 2xx to the first INVITE is sent (its ACK may still be on its way): section 14.2's
      // 500 is only for an INVITE that comes before that final response, and the offer and
      // answer were in the INVITE and the 2xx, so the re-INVITE is taken as any other.
      reinvite.received(transaction.request(), transaction);
    }
  }

  /** The peer sent BYE, or the UA core gave the dialog up. */
  void dialogEnded(Dialog dialog, String reason) {
    if (isCall(dialog.id())) {
      call.ended(reason.equals("received BYE") ? "the other side hung up (BYE, section 15.1.2)"
          : reason);
    }
  }

  /** Section 9.2: the caller CANCELed the INVITE this phone was ringing for. */
  void cancelled(SipRequest invite) {
    if (incoming != null && !call.isOver() && !incoming.isAnswered()) {
      incoming.cancelled();
    }
  }

  /** The ACK for a 2xx this phone sent. */
  void acked(SipRequest ack, Dialog dialog) {
    if (!isCall(dialog.id())) {
      return;
    }
    if (!call.isEstablished() && incoming != null) {
      incoming.acked(ack);
    } else {
      reinvite.acked(ack);
    }
  }

  /** The body of the ACK for a 2xx to this phone's INVITE (the answer to an offer in the 2xx). */
  byte[] ackBody(SipResponse ok) {
    if (outgoing == null || call.isEstablished() || call.isOver()) {
      return null;
    }
    return outgoing.ackBody(ok);
  }

  private boolean isCall(DialogId id) {
    return call != null && call.dialog().map(id::equals).orElse(false);
  }
}
