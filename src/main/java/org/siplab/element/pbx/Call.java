package org.siplab.element.pbx;

import java.util.Objects;
import java.util.Optional;
import org.siplab.dialog.DialogId;
import org.siplab.dialog.TimerService;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;

/**
 * One call through the PBX: two legs, each a dialog of its own. The caller's leg is the PBX as a
 * UAS (it answers the caller's INVITE); the callee's leg is the PBX as a UAC (it sent its own
 * INVITE, with its own Call-ID, From tag and CSeq). chan_sip keeps one {@code sip_pvt} per leg,
 * joined by an Asterisk channel bridge; here one object holds both.
 */
final class Call {

  /** Where the call is, seen from the callee's leg. */
  enum State {
    /** The INVITE to the callee is sent; nothing but 100 Trying has come back. */
    CALLING,
    /** The callee sent a provisional response (180 Ringing, 183). */
    RINGING,
    /** The callee answered and the PBX passed the 200 OK to the caller. */
    ANSWERED,
    /** Both legs are over (or never got going). */
    ENDED
  }

  /** A leg of the call, named after who is at its far end. */
  enum Side {
    CALLER,
    CALLEE;

    Side other() {
      return this == CALLER ? CALLEE : CALLER;
    }
  }

  private final String caller;
  private final String callee;
  private final ServerTransaction inbound;
  private final ClientTransaction outbound;
  private State state = State.CALLING;
  private DialogId callerDialog;
  private DialogId calleeDialog;
  private boolean provisional;
  private boolean cancelWanted;
  private boolean cancelSent;
  private TimerService.Handle giveUp;
  private TimerService.Handle ringTimeout;

  /**
   * @param caller who called, for the trace (an account name, or the From URI of a guest)
   * @param callee what the number dialled, for the trace
   * @param inbound the caller's INVITE, answered by the PBX as a UAS
   * @param outbound the PBX's own INVITE to the callee
   */
  Call(String caller, String callee, ServerTransaction inbound, ClientTransaction outbound) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.callee = Objects.requireNonNull(callee, "callee");
    this.inbound = Objects.requireNonNull(inbound, "inbound");
    this.outbound = Objects.requireNonNull(outbound, "outbound");
  }

  String caller() {
    return caller;
  }

  String callee() {
    return callee;
  }

  ServerTransaction inbound() {
    return inbound;
  }

  ClientTransaction outbound() {
    return outbound;
  }

  SipRequest callerInvite() {
    return inbound.request();
  }

  String callerCallId() {
    return inbound.request().callId();
  }

  String calleeCallId() {
    return outbound.request().callId();
  }

  State state() {
    return state;
  }

  boolean isOver() {
    return state == State.ENDED;
  }

  /** Whether the caller's INVITE has had its final response. */
  boolean callerHasFinalResponse() {
    SipResponse last = inbound.lastResponse();
    return last != null && last.isFinal();
  }

  /** The callee sent a provisional response with this status. */
  void heardFrom(int status) {
    provisional = true;
    if (status > 100 && state == State.CALLING) {
      state = State.RINGING;
    }
  }

  /** Whether the callee sent any provisional response, 100 Trying included. */
  boolean hasProvisional() {
    return provisional;
  }

  /** The callee's 2xx was passed on: both dialogs exist now. */
  void answered(DialogId towardsCaller, DialogId towardsCallee) {
    state = State.ANSWERED;
    callerDialog = towardsCaller;
    calleeDialog = towardsCallee;
  }

  void end() {
    state = State.ENDED;
  }

  /** The PBX's dialog with the caller, once answered; else null. */
  DialogId callerDialog() {
    return callerDialog;
  }

  /** The PBX's dialog with the callee, once answered; else null. */
  DialogId calleeDialog() {
    return calleeDialog;
  }

  /** The dialog of the other leg, or null when that leg has none. */
  DialogId dialogOf(Side side) {
    return side == Side.CALLER ? callerDialog : calleeDialog;
  }

  /**
   * Which leg of this call a dialog of the PBX is, if any. The Call-ID and one tag tell: towards
   * the caller the remote tag is the caller's From tag, towards the callee the local tag is the
   * From tag of the PBX's INVITE. (The Call-ID alone would not do with {@code reuse-call-id},
   * where both legs share it.)
   */
  Optional<Side> legOf(DialogId dialog) {
    if (dialog.callId().equals(callerCallId())
        && dialog.remoteTag().equalsIgnoreCase(tagOf(callerInvite().from()))) {
      return Optional.of(Side.CALLER);
    }
    if (dialog.callId().equals(calleeCallId())
        && dialog.localTag().equalsIgnoreCase(tagOf(outbound.request().from()))) {
      return Optional.of(Side.CALLEE);
    }
    return Optional.empty();
  }

  /**
   * A party's tag as a dialog id holds it: "" for a caller that sent none (an RFC 2543 UA:
   * section 12.1.1, "A UAS MUST be prepared to receive a request without a tag in the From field,
   * in which case the tag is considered to have a value of null"; the UA core keeps its dialog
   * under ""), and compared ignoring case as {@link DialogId#equals} compares tags (a tag is a
   * token, section 7.3.1).
   */
  static String tagOf(NameAddress party) {
    return party.hasTag() ? party.tag() : "";
  }

  /** Whether {@code request} is the caller's INVITE (or a CANCEL or copy of it). */
  boolean startedBy(SipRequest request) {
    SipRequest invite = callerInvite();
    return request.callId().equals(invite.callId())
        && Objects.equals(request.from().tag(), invite.from().tag())
        && request.cseq().number() == invite.cseq().number();
  }

  /** The caller gave up before the callee answered (its CANCEL was answered 200 and 487). */
  void wantCancel() {
    cancelWanted = true;
  }

  boolean cancelWanted() {
    return cancelWanted;
  }

  boolean cancelSent() {
    return cancelSent;
  }

  void cancelSent(boolean value) {
    cancelSent = value;
  }

  /** The timer that gives up on the callee's INVITE 64*T1 after the PBX's CANCEL (9.1). */
  void giveUpTimer(TimerService.Handle handle) {
    giveUp = handle;
  }

  /** Stops the give-up timer, if it runs: the callee's INVITE had its final response. */
  void stopGiveUpTimer(TimerService timers) {
    if (giveUp != null) {
      timers.cancel(giveUp);
      giveUp = null;
    }
  }

  /** The dialplan's Dial() timeout, running while the callee has not answered. */
  void ringTimer(TimerService.Handle handle) {
    ringTimeout = handle;
  }

  /** Stops the ring timeout, if it runs: the callee answered, or the call ended first. */
  void stopRingTimer(TimerService timers) {
    if (ringTimeout != null) {
      timers.cancel(ringTimeout);
      ringTimeout = null;
    }
  }
}
