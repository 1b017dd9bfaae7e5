package org.siplab.explain;

import org.siplab.dialog.Cancels;
import org.siplab.dialog.Dialog;
import org.siplab.dialog.DialogId;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.sim.LinkProfile;
import org.siplab.testkit.Lab;
import org.siplab.trace.Trace;
import org.siplab.transaction.ClientTransaction;

/**
 * Traces of real simulation runs between two test UAs, after the stories of the UA core's tests: a
 * call, a call whose ACKs are lost, a call whose ACKs never arrive, a cancelled call, a request for
 * a dialog the callee forgot (481) and one with a lowered CSeq (500).
 */
final class RealTraces {

  /** How long a run lasts: long enough for every 64*T1 timer to end. */
  static final long RUN_US = 45_000_000;

  enum Story {
    CALL, LOST_ACKS, NO_ACK_MEANS_BYE, CANCEL, UNKNOWN_DIALOG, LOWER_CSEQ
  }

  private RealTraces() {}

  static Trace run(Story story, long seed, LinkProfile link) {
    Lab lab = new Lab(seed, link);
    ClientTransaction[] invite = new ClientTransaction[1];
    if (story == Story.CANCEL) {
      lab.bob.onInvite = (request, tx) ->
          lab.bob.ua().respond(tx, lab.bob.ua().responseTo(tx, 180).build());
    }
    if (story == Story.LOST_ACKS) {
      lab.dropNth(1, "alice", "bob", "ACK");
      lab.dropNth(2, "alice", "bob", "ACK");
    }
    if (story == Story.NO_ACK_MEANS_BYE) {
      lab.dropEvery("alice", "bob", "ACK");
    }
    lab.sim.at(0, "alice", "call bob", () -> invite[0] = lab.alice.invite(lab.bob));
    switch (story) {
      case CALL, LOST_ACKS -> lab.sim.at(5_000_000, "alice", "hang up", () -> hangUp(lab));
      case CANCEL -> lab.sim.at(2_000_000, "alice", "cancel", () -> cancel(lab, invite[0]));
      case UNKNOWN_DIALOG -> lab.sim.at(5_000_000, "alice", "send INFO after bob forgot",
          () -> infoForForgottenDialog(lab));
      case LOWER_CSEQ -> lab.sim.at(5_000_000, "alice", "send INFO with a lowered CSeq",
          () -> infoWithLowerCseq(lab));
      default -> { }
    }
    lab.runFor(RUN_US);
    return lab.sim.trace();
  }

  private static void hangUp(Lab lab) {
    DialogId id = confirmedDialog(lab);
    if (id != null) {
      lab.alice.ua().sendInDialog(id, Method.BYE, b -> { });
    }
  }

  private static void cancel(Lab lab, ClientTransaction invite) {
    if (invite != null) {
      lab.alice.ua().layer().startClientTransaction(Cancels.cancelOf(invite.request()),
          lab.sim.node("bob").endpoint());
    }
  }

  private static void infoForForgottenDialog(Lab lab) {
    DialogId id = confirmedDialog(lab);
    if (id != null) {
      lab.bob.ua().forget(id.mirrored(), "the test makes bob forget the dialog");
      lab.alice.ua().sendInDialog(id, Method.INFO, b -> { });
    }
  }

  private static void infoWithLowerCseq(Lab lab) {
    DialogId id = confirmedDialog(lab);
    if (id == null) {
      return;
    }
    Dialog d = lab.alice.ua().dialog(id).orElseThrow();
    Dialog.Next next = d.nextRequest(Method.INFO, 1);
    lab.alice.ua().send(next.request().build().with(HeaderName.CSEQ,
        new CSeq(d.localCseq() - 1, Method.INFO)));
  }

  /** Alice's dialog with bob, or null when the call did not get that far on a lossy link. */
  private static DialogId confirmedDialog(Lab lab) {
    if (lab.alice.lastDialog == null) {
      return null;
    }
    DialogId id = lab.alice.lastDialog.id();
    return lab.alice.ua().dialog(id).isPresent() ? id : null;
  }
}
