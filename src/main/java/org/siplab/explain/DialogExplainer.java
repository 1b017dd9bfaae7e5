package org.siplab.explain;

import java.util.Objects;
import org.siplab.trace.TraceEvent.Dialog;

/**
 * Explains a dialog's change (RFC 3261 section 12): created early or confirmed, confirmed, its CSeq
 * bookkeeping moved on, its remote target refreshed, or terminated and why, with the values before
 * and after.
 */
final class DialogExplainer {

  private final TraceIndex index;
  private final Causes causes;

  DialogExplainer(TraceIndex index, Causes causes) {
    this.index = index;
    this.causes = causes;
  }

  Explanation explain(Dialog d) {
    Dialog before = index.previousDialog(d);
    String reason = reason(d);
    String name = Owners.dialog(d.dialog());
    String on = ", on " + causes.of(d);
    String text;
    if (d.fromState() == null) {
      text = d.element() + " creates " + article(d.toState()) + " " + d.toState() + " " + name
          + " of call " + d.callId() + " (" + reason + ")" + on + ": remote target "
          + d.remoteTarget() + ", " + cseqs(d) + created(d);
    } else if ("terminated".equals(d.toState())) {
      text = d.element() + "'s " + name + " ends (" + reason + ")" + on + ": " + cseqs(d)
          + ended(d, reason);
    } else if (!d.toState().equals(d.fromState())) {
      text = d.element() + "'s " + name + " goes " + d.fromState() + " -> " + d.toState() + " ("
          + reason + ")" + on + ": " + changes(before, d) + confirmed(reason);
    } else {
      text = d.element() + "'s " + name + " stays " + d.toState() + " (" + reason + ")" + on
          + ": " + changes(before, d) + moved(before, d);
    }
    boolean cseqMoved = before != null && "confirmed".equals(d.toState())
        && (before.localCseq() != d.localCseq() || before.remoteCseq() != d.remoteCseq());
    return new Explanation(text + ".", cseqMoved ? Note.CSEQ : Note.DIALOGS_AND_TAGS);
  }

  /** The recorded reason without its "(section ...)", which the sentence cites itself. */
  private static String reason(Dialog d) {
    return d.reason() == null ? "no reason recorded"
        : d.reason().replaceAll(" \\(section [0-9.]+\\)", "");
  }

  /** A 2xx confirms an early dialog: received by the UAC (13.2.2.4), sent by the UAS (13.3.1.4). */
  private static String confirmed(String reason) {
    return Rfc.cite("12", reason.startsWith("sent") ? "13.3.1.4" : "13.2.2.4");
  }

  private static String article(String state) {
    return state.startsWith("e") ? "an" : "a";
  }

  /** A UAS makes a dialog from the request it answers (12.1.1), a UAC from a response (12.1.2). */
  private static String created(Dialog d) {
    return d.remoteCseq() >= 0 ? Rfc.cite("12.1.1") : Rfc.cite("12.1.2");
  }

  /**
   * The section that ends the dialog. An early dialog left when the INVITE transaction completes
   * (Timer M, 64*T1 after the first 2xx) ends by section 13.2.2.4, which the UA core records: "At
   * this point all the early dialogs that have not transitioned to established dialogs are
   * terminated." Section 12.3 covers only a non-2xx final response.
   */
  private static String ended(Dialog d, String reason) {
    if (d.reason() != null && d.reason().endsWith("(section 13.2.2.4)")) {
      return Rfc.cite("13.2.2.4");
    }
    if (reason.contains("BYE")) {
      return Rfc.cite("15.1");
    }
    if (reason.contains("408") || reason.contains("481")) {
      return Rfc.cite("12.2.1.2");
    }
    return Rfc.cite("12.3");
  }

  /** The CSeq values and remote target, each with its value before when it changed. */
  private static String changes(Dialog before, Dialog d) {
    String text = cseqs(before, d);
    if (before != null && !Objects.equals(before.remoteTarget(), d.remoteTarget())) {
      text += ", remote target " + before.remoteTarget() + " -> " + d.remoteTarget();
    }
    return text;
  }

  /** The rule a CSeq that moved on follows: the sender's (12.2.1.1) or the receiver's (12.2.2). */
  private static String moved(Dialog before, Dialog d) {
    if (before != null && before.localCseq() != d.localCseq()) {
      return "; each new request in a dialog takes the next CSeq" + Rfc.cite("12.2.1.1");
    }
    if (before != null && before.remoteCseq() != d.remoteCseq()) {
      return "; a request with a higher CSeq than the last is in order and is remembered"
          + Rfc.cite("12.2.2");
    }
    if (before != null && !Objects.equals(before.remoteTarget(), d.remoteTarget())) {
      return "; a target refresh (a re-INVITE) changes the remote target when it is answered"
          + " 2xx: the UAS takes the request's Contact as it sends the 2xx (\"If the request is"
          + " rejected, none of the state changes are performed\"), the UAC the 2xx's Contact"
          + Rfc.cite("12.2.2", "12.2.1.2");
    }
    return Rfc.cite("12.2");
  }

  private static String cseqs(Dialog d) {
    return "local CSeq " + number(d.localCseq()) + ", remote CSeq " + number(d.remoteCseq());
  }

  private static String cseqs(Dialog before, Dialog d) {
    if (before == null) {
      return cseqs(d);
    }
    return "local CSeq " + change(before.localCseq(), d.localCseq()) + ", remote CSeq "
        + change(before.remoteCseq(), d.remoteCseq());
  }

  private static String change(long before, long after) {
    return before == after ? number(after) : number(before) + " -> " + number(after);
  }

  private static String number(long cseq) {
    return cseq < 0 ? "none yet" : Long.toString(cseq);
  }
}
