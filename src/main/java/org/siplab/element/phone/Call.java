package org.siplab.element.phone;

import java.util.Optional;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.message.Method;
import org.siplab.sdp.Direction;

/**
 * One call of the phone, as caller or callee, from its first INVITE until it ends: its dialog,
 * its media, and the state and events it shows. The phone has one line, so one call at a time.
 */
final class Call {

  enum Role {
    CALLER,
    CALLEE
  }

  private final PhoneKit kit;
  private final Role role;
  private final String scope;
  private final CallMedia media;
  private DialogId dialog;
  private String peer = "?";
  private boolean established;
  private boolean over;

  Call(PhoneKit kit, Role role, String scope, CallMedia media) {
    this.kit = kit;
    this.role = role;
    this.scope = scope;
    this.media = media;
  }

  Role role() {
    return role;
  }

  /** The keyring scope of the call: challenges answered in it sign its later requests. */
  String scope() {
    return scope;
  }

  CallMedia media() {
    return media;
  }

  Optional<DialogId> dialog() {
    return Optional.ofNullable(dialog);
  }

  boolean isEstablished() {
    return established;
  }

  boolean isOver() {
    return over;
  }

  /** Section 14.1: the owner of the Call-ID is the side that made it, the caller. */
  boolean ownsCallId() {
    return role == Role.CALLER;
  }

  /** The dialog the call is in (early, then confirmed); names the peer for the media span. */
  void dialog(DialogId id) {
    this.dialog = id;
    kit.core().dialog(id).ifPresent(d -> peer = peerOf(d));
  }

  /**
   * The element at the other end of the dialog: where its remote target leads in the network,
   * else the remote URI.
   */
  private String peerOf(Dialog d) {
    return kit.context().resolver().resolve(d.remoteTarget())
        .flatMap(endpoint -> kit.context().directory().elementAt(endpoint))
        .orElse(d.remoteParty().uri().toString());
  }

  void state(PhoneState state) {
    if (!over) {
      kit.reporter().call(state);
    }
  }

  /** The 2xx was sent or received: from now on the call ends with BYE, not CANCEL. */
  void established() {
    established = true;
  }

  /** Media changed by offer/answer: report it, and show in-call or on-hold once established. */
  void mediaChanged() {
    if (over) {
      // Section 15.1.1: once the call is over (a BYE sent or received) no media flows, whatever
      // a response that crossed the BYE (a re-INVITE's 200) says.
      return;
    }
    Optional<Direction> flow = media.update(peer);
    if (established && !over) {
      state(flow.isPresent() && flow.get() != Direction.SENDRECV ? PhoneState.ON_HOLD
          : PhoneState.IN_CALL);
    }
  }

  /**
   * Section 15.1.1: ends the call with BYE. "The UAC MUST consider the session terminated (and
   * therefore stop sending or listening for media) as soon as the BYE request is passed to the
   * client transaction."
   */
  void bye(String why) {
    dialog().ifPresent(id -> kit.outbox().sendInDialog(id, Method.BYE, b -> { },
        new Noting(kit.reporter())));
    ended(why);
  }

  /** An established call ended (BYE sent or received, the dialog given up). */
  void ended(String why) {
    finish(PhoneEvent.ENDED, "call ended", why);
  }

  /** A call attempt ended before it was established. */
  void failed(String why) {
    finish(PhoneEvent.FAILED, "call failed", why);
  }

  private void finish(PhoneEvent event, String action, String why) {
    if (over) {
      return;
    }
    media.end(peer);
    kit.reporter().call(PhoneState.ENDED);
    over = true;
    kit.keyring().forget(scope);
    kit.reporter().note(action, why);
    kit.reporter().fire(event, why);
  }
}
