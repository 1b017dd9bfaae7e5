package org.siplab.element.pbx;

import java.util.Locale;
import org.siplab.dialog.Cancels;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.ElementEvents;
import org.siplab.element.pbx.Call.Side;
import org.siplab.element.pbx.Dialplan.Place;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;

/**
 * The back-to-back part of the PBX (RFC 3261 section 6: a B2BUA "receives a request and
 * processes it as a user agent server (UAS). In order to determine how the request should be
 * answered, it acts as a user agent client (UAC) and generates requests."). It places the
 * callee's leg for a caller's INVITE and carries ringing, answer, failure, BYE and CANCEL from
 * one leg to the other, each time as a message of its own in the other dialog. In chan_sip this
 * is {@code sip_new} and {@code sip_call} (a channel for each leg, bridged by the dialplan's
 * Dial), {@code handle_response} (the callee's answers) and {@code sip_hangup} (CANCEL or BYE).
 */
final class Bridge {

  private final String element;
  private final UserAgentCore core;
  private final ElementEvents events;
  private final CallTable calls;
  private final boolean reuseCallId;
  private final long ringTimeoutUs;
  private final Runnable callsChanged;

  /**
   * @param ringTimeoutUs how long a call waits for the callee's answer (the dialplan's Dial
   *     timeout)
   * @param callsChanged what to run when a timer of the bridge's own ends a call (the PBX's
   *     state follows its calls); everything else the bridge does runs inside the PBX's handlers
   */
  Bridge(String element, UserAgentCore core, ElementEvents events, CallTable calls,
      boolean reuseCallId, long ringTimeoutUs, Runnable callsChanged) {
    this.element = element;
    this.core = core;
    this.events = events;
    this.calls = calls;
    this.reuseCallId = reuseCallId;
    this.ringTimeoutUs = ringTimeoutUs;
    this.callsChanged = callsChanged;
  }

  /**
   * Answers 100 Trying at once (chan_sip's {@code transmit_response(p, "100 Trying", req)} for a
   * new channel in state RING) and calls the callee with an INVITE of the PBX's own.
   */
  void placeCall(ServerTransaction tx, Place place) {
    SipRequest invite = tx.request();
    core.respond(tx, core.responseTo(tx, 100).build());
    ClientTransaction leg = core.send(OutboundInvite.build(core, invite, place, reuseCallId));
    String caller = place.caller().orElse(invite.from().uri().toString());
    Call call = new Call(caller, place.callee(), tx, leg);
    calls.add(call);
    call.ringTimer(core.timers().startForCall(call.callerCallId(), null, "ring timeout",
        ringTimeoutUs, () -> ringTimedOut(call)));
    events.note(element, "second leg", secondLegText(call));
    if (invite.bodyLength() > 0) {
      events.note(element, "relays SDP", "passes " + caller + "'s SDP offer to " + place.callee()
          + " unchanged: the PBX only signals, the media will flow between the phones (Asterisk"
          + " 0.2.0 itself received the RTP, sip_alloc's ast_rtp_new)");
    }
  }

  private static String secondLegText(Call call) {
    String head = call.caller() + "'s INVITE (Call-ID " + call.callerCallId() + ") ends at the"
        + " PBX, which answers it as a UAS. As a UAC it calls " + call.callee()
        + " with an INVITE of its own: its own From tag, CSeq " + OutboundInvite.FIRST_CSEQ;
    if (call.calleeCallId().equals(call.callerCallId())) {
      return head + ", but the caller's Call-ID " + call.callerCallId() + " (misbehaviour"
          + " reuse-call-id). Still two dialogs, but the shared Call-ID hides that";
    }
    return head + " and Call-ID " + call.calleeCallId() + ". Two dialogs, two Call-IDs; a"
        + " proxy would pass the one Call-ID from end to end";
  }

  /** chan_sip's {@code handle_response}: what the callee answered to the PBX's INVITE. */
  void onCalleeResponse(Call call, SipResponse response, Dialog dialog) {
    if (!response.isProvisional()) {
      call.stopGiveUpTimer(core.timers());
    }
    if (response.isProvisional()) {
      onProvisional(call, response);
    } else if (response.isSuccess()) {
      onAnswer(call, response, dialog);
    } else {
      onFailure(call, response);
    }
  }

  /**
   * Any provisional response, 100 included, lets a wanted CANCEL go (section 9.1). A 100 Trying
   * goes no further: it is hop by hop, and the caller had the PBX's own.
   */
  private void onProvisional(Call call, SipResponse provisional) {
    call.heardFrom(provisional.status());
    if (call.cancelWanted()) {
      sendCancel(call);
    } else if (provisional.status() > 100 && !call.callerHasFinalResponse()) {
      core.respond(call.inbound(), Relay.response(core, call.inbound(), provisional));
    }
  }

  private void onAnswer(Call call, SipResponse ok, Dialog dialog) {
    call.stopRingTimer(core.timers());
    if (dialog == null) {
      calleeUnreachable(call, call.callee() + " answered 200 without a To tag: no dialog");
      return;
    }
    DialogId leg = dialog.id();
    if (call.state() == Call.State.ANSWERED && leg.equals(call.calleeDialog())) {
      return; // a retransmitted 2xx: the UA core has ACKed it again
    }
    if (call.cancelWanted() || call.state() == Call.State.ANSWERED) {
      // Section 13.2.2.4: "If, after acknowledging any 2xx response to an INVITE, the UAC does
      // not want to continue with that dialog, then the UAC MUST terminate the dialog by
      // sending a BYE request" (the caller cancelled, or another fork answered first).
      events.note(element, "hangs up", call.callee() + " answered after the caller cancelled,"
          + " or after another answer: the PBX ACKs that 200 and sends BYE");
      core.sendInDialog(leg, Method.BYE, b -> { });
      if (call.state() != Call.State.ANSWERED) {
        endCall(call);
      }
      return;
    }
    // Section 13.3.1.4: "A 2xx response to an INVITE SHOULD contain the Allow header field".
    SipResponse answer = Relay.withAllow(Relay.response(core, call.inbound(), ok));
    // A caller without a From tag (an RFC 2543 UA) has its dialog under the tag "", as the UA
    // core keeps it (section 12.1.1: "considered to have a value of null"); a null here would
    // stop the answer, and the hang-up of either leg would not find the other.
    DialogId towardsCaller = new DialogId(call.callerCallId(), answer.to().tag(),
        Call.tagOf(call.callerInvite().from()));
    call.answered(towardsCaller, leg);
    core.respond(call.inbound(), answer);
    events.note(element, "bridges", call.callee() + " answered: the PBX ACKed that 200 itself and"
        + " sends " + call.caller() + " a 200 of its own. The call is two dialogs: "
        + call.caller() + "-PBX (Call-ID " + call.callerCallId() + ") and PBX-" + call.callee()
        + " (Call-ID " + call.calleeCallId() + ")");
  }

  private void onFailure(Call call, SipResponse failure) {
    boolean caught = call.cancelWanted() || call.isOver() || call.callerHasFinalResponse();
    endCall(call);
    if (caught) {
      return; // the 487 of the PBX's own CANCEL: the caller had its 487 already
    }
    SipResponse relayed = Relay.failure(core, call.inbound(), failure);
    if (relayed.status() != failure.status()) {
      events.note(element, "refuses", call.callee() + (failure.status() == Relay.UNAVAILABLE
          ? " answered 503, which would tell the caller that the PBX itself is unavailable:"
          : " challenged the PBX with " + failure.status() + ", for credentials only the PBX"
              + " could give:") + " the caller gets " + relayed.status());
    }
    core.respond(call.inbound(), relayed);
  }

  /**
   * The caller's CANCEL was answered 200 and its INVITE 487 by the UA core; the PBX now cancels
   * its own INVITE. Section 9.1: "If no provisional response has been received, the CANCEL
   * request MUST NOT be sent; rather, the client MUST wait for the arrival of a provisional
   * response before sending the request."
   */
  void callerCancelled(Call call) {
    call.stopRingTimer(core.timers());
    call.wantCancel();
    if (call.hasProvisional()) {
      sendCancel(call);
    } else {
      events.note(element, "waits", call.callee() + " has sent no provisional response yet, so"
          + " the PBX may not send CANCEL before one arrives (RFC 3261 section 9.1)");
    }
  }

  private void sendCancel(Call call) {
    if (call.cancelSent() || call.isOver()) {
      return;
    }
    call.cancelSent(true);
    ClientTransaction invite = call.outbound();
    core.layer().startClientTransaction(Cancels.cancelOf(invite.request()),
        invite.destination());
    // Section 9.1: the callee may never send 487 (an RFC 2543 UAS does not), and in Proceeding
    // no timer of the INVITE transaction runs. "If there is no final response for the original
    // request in 64*T1 seconds" (9.1), the client "SHOULD destroy the client transaction".
    call.giveUpTimer(core.timers().startForCall(invite.request().callId(), null,
        "give up 64*T1 after CANCEL", core.layer().settings().timers().timerB(), () -> {
          call.giveUpTimer(null);
          core.abandonInvite(invite, "no final response 64*T1 after the CANCEL (section 9.1)");
          if (!call.isOver()) {
            endCall(call);
          }
          callsChanged.run();
        }));
  }

  /**
   * One leg ended (a BYE the UA core answered 200, or a dialog it gave up on): chan_sip's {@code
   * ast_queue_hangup} on the bridged channel, whose {@code sip_hangup} sends BYE, or CANCEL when
   * the other leg is not answered yet.
   */
  void legEnded(Call call, Side side, String reason) {
    if (call.isOver()) {
      return;
    }
    Side other = side.other();
    DialogId otherDialog = call.dialogOf(other);
    if (otherDialog != null && core.dialog(otherDialog).isPresent()) {
      // The reason says who ended it: a BYE from that side, or the PBX's own UA core giving the
      // dialog up (no ACK for its 2xx, section 13.3.1.4), so the party is not said to have.
      events.note(element, "relays hang-up", "the dialog with " + (side == Side.CALLER
          ? call.caller() : call.callee()) + " ended (" + reason + "): the PBX ends the other"
          + " dialog with a BYE of its own");
      core.sendInDialog(otherDialog, Method.BYE, b -> { });
    } else if (other == Side.CALLEE) {
      // The caller ended its early dialog with BYE. Section 15.1.2: "The UAS MUST still respond
      // to any pending requests received for that dialog. It is RECOMMENDED that a 487
      // (Request Terminated) response be generated to those pending requests."
      if (!call.callerHasFinalResponse()) {
        core.respond(call.inbound(), core.responseTo(call.inbound(), 487).build());
      }
      callerCancelled(call);
      return;
    }
    endCall(call);
  }

  /**
   * The dialplan's Dial() timeout: the callee has not answered in time. Asterisk's Dial then
   * hangs up the callee's channel, which chan_sip's {@code sip_hangup} turns into a CANCEL of
   * the outgoing INVITE, and the caller's call fails; here the CANCEL waits for a provisional
   * response if none came yet (section 9.1). The caller gets 480 when the callee's phone
   * answered anything, as later chan_sip answers Dial's NO_ANSWER ({@code hangup_cause2sip}),
   * section 21.4.18: "The callee's end system was contacted successfully but the callee is
   * currently unavailable". When nothing came back at all, 408, section 21.4.9: "The server could
   * not produce a response within a suitable amount of time". The study does not show {@code
   * sip_hangup}; a chan_sip of a little later answers an unanswered incoming call 403 when its
   * channel hangs up, which says the caller is refused, not that nobody answered.
   */
  private void ringTimedOut(Call call) {
    call.ringTimer(null);
    if (call.isOver() || call.state() == Call.State.ANSWERED || call.cancelWanted()
        || call.callerHasFinalResponse()) {
      return;
    }
    boolean reached = call.hasProvisional();
    int status = reached ? 480 : 408;
    String seconds = ringTimeoutUs % 1_000_000 == 0 ? ringTimeoutUs / 1_000_000 + " s"
        : String.format(Locale.ROOT, "%.6f s", ringTimeoutUs / 1e6);
    String did = call.state() == Call.State.RINGING ? " rang" : reached
        ? " sent only 100 Trying" : " sent nothing back";
    events.note(element, "gives up", call.callee() + did + " for " + seconds + " without"
        + " answering (the dialplan's Dial timeout): the PBX cancels its INVITE (section 9.1:"
        + " once a provisional response has come) and answers the caller " + status);
    callerCancelled(call);
    core.respond(call.inbound(), Relay.status(core, call.inbound(), status, call.callee()
        + " did not answer within " + seconds));
    callsChanged.run();
  }

  /**
   * The PBX's re-INVITE in one leg got a 481 or 408, or no response at all, and the UA core ended
   * that dialog. Section 12.2.1.2: "If the response for a request within a dialog is a 481
   * (Call/Transaction Does Not Exist) or a 408 (Request Timeout), the UAC SHOULD terminate the
   * dialog. A UAC SHOULD also terminate a dialog if no response at all is received for the
   * request", and "For INVITE initiated dialogs, terminating the dialog consists of sending a
   * BYE." The core no longer holds the dialog, so the BYE is built from its last state (CSeq
   * one above the re-INVITE's); then the other leg ends as after any hang-up.
   */
  void legGaveUp(Call call, Side side, Dialog ended, String why) {
    if (call.isOver()) {
      return;
    }
    String party = side == Side.CALLER ? call.caller() : call.callee();
    events.note(element, "hangs up", "the dialog with " + party + " is over: " + why + ". The PBX"
        + " ends it with a BYE (RFC 3261 section 12.2.1.2)");
    core.send(ended.nextRequest(Method.BYE, 1).request().build());
    legEnded(call, side, why);
  }

  /** The callee never answered the INVITE (Timer B): the caller gets 408 Request Timeout. */
  void calleeTimedOut(Call call, String timer) {
    boolean callerWaits = !call.callerHasFinalResponse();
    endCall(call);
    if (callerWaits) {
      events.note(element, "gives up", call.callee() + " never answered the INVITE (" + timer
          + "): the caller gets 408");
      core.respond(call.inbound(), Relay.status(core, call.inbound(), 408,
          call.callee() + " did not answer"));
    }
  }

  /**
   * The callee's INVITE could not be sent at all: the caller gets 500, as from a proxy (section
   * 16.9 treats a transport error as a 503 from the callee, and 16.7 turns that into 500); a
   * 503 would say that the PBX itself is unavailable ({@link Relay#UNAVAILABLE}).
   */
  void calleeUnreachable(Call call, String reason) {
    boolean callerWaits = !call.callerHasFinalResponse();
    endCall(call);
    if (callerWaits) {
      events.note(element, "gives up", "could not send the INVITE to " + call.callee() + ": "
          + reason + "; the caller gets 500");
      core.respond(call.inbound(), Relay.status(core, call.inbound(), 500, reason));
    }
  }

  private void endCall(Call call) {
    call.stopRingTimer(core.timers());
    call.end();
    calls.remove(call);
  }
}
