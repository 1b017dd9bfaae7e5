package org.siplab.explain;

import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Send;

/**
 * Explains a message sent again, byte for byte, without a retransmission timer: a server
 * transaction answering a retransmitted request with its latest response (RFC 3261 17.2.1,
 * 17.2.2), the ACK of a retransmitted final response (17.1.1.2), the ACK of a retransmitted 2xx
 * (13.2.2.4).
 */
final class Repeats {

  private Repeats() {}

  static Explanation explain(Outgoing o, Send first) {
    String again = " (first sent at seq " + first.seq() + ")";
    if (o.message() instanceof SipResponse r) {
      boolean invite = Messages.answers(r, "INVITE");
      return new Explanation(o.from() + "'s server transaction sends its " + o.label() + " to "
          + o.to() + " again" + again + o.on() + ": a retransmitted request gets the latest"
          + " response again" + (invite ? Rfc.cite("17.2.1") : Rfc.cite("17.2.2")) + ".",
          Note.TRANSACTIONS_AND_TIMERS);
    }
    if (o.message() instanceof SipRequest r && r.method().name().equals("ACK")
        && "proxy".equals(o.senderKind())) {
      // A proxy has no ACK of its own to repeat: a 2xx's ACK is forwarded as it comes (section
      // 16.6 and 16.11), so a second copy is the caller's retransmission passing through.
      return new Explanation(o.from() + " forwards the ACK to " + o.to() + " again" + again
          + o.on() + ": the caller sent it again (its UA core ACKs every copy of the 2xx), and"
          + " an ACK for a 2xx is a request of its own, forwarded like the first copy"
          + Rfc.cite("13.2.2.4", "16.6") + ".", Note.DIALOGS_AND_TAGS);
    }
    if (o.message() instanceof SipRequest r && r.method().name().equals("ACK")) {
      return o.send().transaction() == null
          ? new Explanation(o.from() + " sends its ACK to " + o.to() + " again" + again + o.on()
              + ": the UAC core MUST ACK every 2xx it receives, retransmissions too"
              + Rfc.cite("13.2.2.4") + ".", Note.DIALOGS_AND_TAGS)
          : new Explanation(o.from() + "'s INVITE client transaction sends its ACK to " + o.to()
              + " again" + again + o.on() + ": a retransmitted final response is ACKed again and"
              + " not passed up" + Rfc.cite("17.1.1.2") + ".", Note.TRANSACTIONS_AND_TIMERS);
    }
    return new Explanation(o.from() + " sends the same " + o.label() + " to " + o.to() + " again"
        + again + o.on() + Rfc.cite("17") + ".", Note.TRANSACTIONS_AND_TIMERS);
  }
}
