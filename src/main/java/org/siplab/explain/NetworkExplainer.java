package org.siplab.explain;

import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.trace.TraceEvent.Delay;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Drop;
import org.siplab.trace.TraceEvent.Duplicate;
import org.siplab.trace.TraceEvent.Send;

/**
 * Explains what the simulated UDP network did with a datagram: delivered it (after the link's
 * delay), lost it (and what will make up for it), duplicated it or held it back.
 */
final class NetworkExplainer {

  private final TraceIndex index;

  NetworkExplainer(TraceIndex index) {
    this.index = index;
  }

  Explanation deliver(Deliver d) {
    Send s = index.sendOf(d.datagram());
    if (s == null) {
      return new Explanation(d.to() + " receives datagram " + d.datagram() + " from " + d.from()
          + Rfc.cite("18") + ".", Note.CHAN_SIP_AND_THE_KERNEL);
    }
    SipMessage m = index.message(s);
    if (index.isCapture()) {
      // A capture sees the datagram pass the place it was taken, not arrive.
      return new Explanation("The " + Messages.label(s, m) + " " + s.from() + " sent at seq "
          + s.seq() + " is on its way to " + d.to() + "; a capture taken in one place does not"
          + " show when it arrives, where " + d.to() + "'s transport hands it to the transaction"
          + " layer" + (m instanceof SipRequest ? Rfc.cite("18.2.1") : Rfc.cite("18.1.2")) + ".",
          Note.CHAN_SIP_AND_THE_KERNEL);
    }
    String copy = d.copy() ? "a duplicate copy of " : "";
    String text = d.to() + " receives " + copy + "the " + retransmitted(s) + Messages.label(s, m)
        + " " + s.from() + " sent at seq " + s.seq() + ", " + transit(d.timeUs() - s.timeUs())
        + "; its transport hands it to the transaction layer"
        + (m instanceof SipRequest ? Rfc.cite("18.2.1") : Rfc.cite("18.1.2")) + ".";
    return new Explanation(text, Note.CHAN_SIP_AND_THE_KERNEL);
  }

  Explanation drop(Drop d) {
    Send s = index.sendOf(d.datagram());
    String copy = d.copy() ? "the duplicate copy of " : "";
    String text = "The network loses " + copy + sent(s, d.datagram()) + " to " + d.to() + ": "
        + dropReason(d) + "; " + (s == null ? "UDP reports no loss" + Rfc.cite("18")
        : LossRecovery.of(s, index.message(s))) + ".";
    return new Explanation(text, Note.TRANSACTIONS_AND_TIMERS);
  }

  Explanation duplicate(Duplicate d) {
    Send s = index.sendOf(d.datagram());
    boolean request = s != null && index.message(s) instanceof SipRequest;
    String text = "The network duplicates " + sent(s, d.datagram()) + " to " + d.to() + ", "
        + fate(d.reason(), "duplicated ") + ": " + d.to() + " will get it twice and its"
        + " transaction layer must recognise the copy"
        + (request ? Rfc.cite("17.2.3") : Rfc.cite("17.1.3")) + ".";
    return new Explanation(text, Note.TRANSACTIONS_AND_TIMERS);
  }

  Explanation delay(Delay d) {
    Send s = index.sendOf(d.datagram());
    String text = "The network holds back " + sent(s, d.datagram()) + " to " + d.to() + " by "
        + Durations.text(d.extraUs()) + " beyond the link's delay, "
        + fate(d.reason(), "held back for reordering ") + ", so it may arrive after messages sent"
        + " later; UDP does not keep order" + Rfc.cite("18") + ".";
    return new Explanation(text, Note.TRANSACTIONS_AND_TIMERS);
  }

  private static String transit(long us) {
    return us == 0 ? "at once (the link has no delay)" : Durations.text(us) + " later";
  }

  /** {@code the INVITE alice sent at seq 3}. */
  private String sent(Send s, long datagram) {
    if (s == null) {
      return "datagram " + datagram;
    }
    return "the " + retransmitted(s) + Messages.label(s, index.message(s)) + " " + s.from()
        + " sent at seq " + s.seq();
  }

  private static String retransmitted(Send s) {
    return s.isRetransmission() ? "retransmitted " : "";
  }

  /** The network's reason for a loss, in words. */
  private static String dropReason(Drop d) {
    String reason = d.reason() == null ? "" : d.reason();
    if (d.fault() != null) {
      return fault(d.fault(), reason);
    }
    if (reason.startsWith("lost ")) {
      return "random loss on the link " + reason.substring("lost ".length());
    }
    if (reason.startsWith("partition ")) {
      return "the link is cut (" + reason + ")";
    }
    if (reason.startsWith("nothing bound on ")) {
      return reason + ", so in real life an ICMP port unreachable would come back";
    }
    return reason;
  }

  /** A duplication or delay: by the link's random draw, or by a targeted fault. */
  private static String fate(String reason, String randomPrefix) {
    if (reason == null) {
      return "for no recorded reason";
    }
    if (reason.startsWith("fault: ")) {
      return fault(reason.substring("fault: ".length()), reason);
    }
    return reason.startsWith(randomPrefix) ? "by the link's random draw "
        + reason.substring(randomPrefix.length()) : reason;
  }

  /** {@code the scenario's targeted fault "200 to INVITE" (match 2)}. */
  private static String fault(String description, String reason) {
    int match = reason.lastIndexOf(" (match ");
    String what = match >= 0 && reason.startsWith("fault: ")
        ? reason.substring("fault: ".length(), match) : description;
    return "the scenario's targeted fault \"" + what + "\"" + (match < 0 ? ""
        : reason.substring(match));
  }
}
