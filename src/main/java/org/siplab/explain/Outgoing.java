package org.siplab.explain;

import org.siplab.message.SipMessage;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Send;

/**
 * A send being explained, with what its sentence needs: the parsed message, the sender's kind, and
 * the event that caused it (the script step, the timer, or the message that arrived).
 *
 * @param cause the causing event, or null
 * @param causeMessage the message the causing delivery carried, or null
 * @param dialogState the sender's latest dialog event about the message's dialog, or null
 */
record Outgoing(Send send, SipMessage message, String senderKind, TraceEvent cause,
    SipMessage causeMessage, TraceEvent.Dialog dialogState, Causes causes) {

  static Outgoing of(Send send, TraceIndex index, Causes causes) {
    TraceEvent cause = index.event(send.cause());
    SipMessage causeMessage = cause instanceof Deliver d ? index.messageOf(d) : null;
    TraceEvent.Dialog dialog = send.dialog() == null ? null
        : index.dialogBefore(send.from(), send.dialog(), send.seq());
    return new Outgoing(send, index.message(send), index.kindOf(send.from()), cause, causeMessage,
        dialog, causes);
  }

  /**
   * How a request in a dialog numbers itself: {@code with the dialog's next CSeq (CSeq 2 BYE)}, or
   * the mistake of a CSeq lower than the one the dialog already used ({@link #cseqTooLow()}).
   */
  String dialogCseq() {
    String cseq = Messages.cseq(message);
    if (dialogState == null || message.cseq() == null) {
      return "with " + cseq;
    }
    long local = dialogState.localCseq();
    if (message.cseq().number() >= local) {
      return "with the dialog's next CSeq (" + cseq + ")";
    }
    return "with " + cseq + ", lower than the dialog's local CSeq " + local + ", although each new"
        + " request in a dialog MUST take a higher one";
  }

  /** Whether a request in a dialog has a lower CSeq than the dialog already used (12.2.1.1). */
  boolean cseqTooLow() {
    return dialogState != null && message.cseq() != null
        && message.cseq().number() < dialogState.localCseq();
  }

  String from() {
    return send.from();
  }

  String to() {
    return send.to();
  }

  String label() {
    return Messages.label(send, message);
  }

  /**
   * {@code ", on the INVITE delivered at seq 6"}. A B2BUA's message caused by one from its other
   * call leg says so (the two legs have different Call-IDs).
   */
  String on() {
    return ", on " + causes.of(send) + (isOtherLeg() ? " from its other call leg" : "");
  }

  /** Like {@link #on()}, but empty when the cause is {@code seq}, already named in the sentence. */
  String onUnless(long seq) {
    return send.cause() == seq ? "" : on();
  }

  /**
   * Whether a B2BUA sends this on one call leg because of a message from its other leg. Only a
   * B2BUA (kind pbx) has legs: a UA whose request carries another Call-ID than the response that
   * caused it has changed the Call-ID, which its own sentence must say.
   */
  boolean isOtherLeg() {
    return senderKind.equals("pbx") && B2buaLegs.otherLeg(message, causeMessage);
  }

  boolean causedByTimer(String label) {
    return cause instanceof TraceEvent.Timer t && t.timer().equals(label);
  }

  /** The seq of the causing event, or 0. */
  long causeSeq() {
    return send.cause();
  }
}
