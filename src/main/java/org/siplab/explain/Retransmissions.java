package org.siplab.explain;

import org.siplab.message.SipMessage;
import org.siplab.trace.TraceEvent.Send;
import org.siplab.trace.TraceEvent.Timer;

/**
 * Explains a retransmission a timer caused: Timer A (INVITE, RFC 3261 17.1.1.2), Timer E
 * (non-INVITE request, 17.1.2.2), Timer G (final response to an INVITE, 17.2.1), or the UA core's
 * 2xx timer (13.3.1.4), with the interval in force.
 */
final class Retransmissions {

  private final TraceIndex index;

  Retransmissions(TraceIndex index) {
    this.index = index;
  }

  Explanation explain(Outgoing o) {
    String by = o.send().retransmittedBy();
    TimerCatalog.Info info = TimerCatalog.of(by.equals("2xx") ? "2xx retransmit" : by);
    String text = fired(o, info) + o.from() + holder(by) + " retransmits the " + o.label()
        + " to " + o.to() + first(o.send()) + because(by) + renumbered(o) + info.citation() + ".";
    return new Explanation(text, Note.TRANSACTIONS_AND_TIMERS);
  }

  private static String holder(String by) {
    return switch (by) {
      case "A" -> "'s INVITE client transaction";
      case "E" -> "'s non-INVITE client transaction";
      case "G" -> "'s INVITE server transaction";
      case "2xx" -> "'s UA core";
      default -> "";
    };
  }

  private static String because(String by) {
    return switch (by) {
      case "A" -> " because no provisional response has arrived";
      case "E" -> " because no final response has arrived";
      case "G", "2xx" -> " because no ACK has arrived";
      default -> " (retransmitted by " + by + ")";
    };
  }

  /** {@code Timer A fired after 1 s (T1 = 500 ms, doubled once) at seq 9, so }. */
  private String fired(Outgoing o, TimerCatalog.Info info) {
    if (o.cause() instanceof Timer t) {
      String title = info.title();
      return Character.toUpperCase(title.charAt(0)) + title.substring(1) + " fired after "
          + index.timers(t.element()).describe(t.durationUs(), info.basis()) + " at seq "
          + t.seq()
          + ", so ";
    }
    return "On" + o.on().substring(4) + ", ";
  }

  /**
   * "" when the retransmission keeps its first transmission's CSeq; else the change, as the break
   * of 17.1.1.2 it is: to retransmit is "to take the message previously sent to the transport
   * layer and pass it to the transport layer once more".
   */
  private String renumbered(Outgoing o) {
    Send s = o.send();
    Send original = s.transaction() == null ? null
        : index.firstClientSend(s.from(), s.transaction());
    SipMessage first = original == null ? null : index.message(original);
    if (first == null || first.cseq() == null || o.message().cseq() == null
        || first.cseq().number() == o.message().cseq().number()) {
      return "";
    }
    return ", but with " + Messages.cseq(o.message()) + " where its first transmission (seq "
        + original.seq() + ") has CSeq number " + first.cseq().number() + ", although a"
        + " retransmission MUST be the same message" + Rfc.cite("17.1.1.2");
  }

  private String first(Send s) {
    Send first = index.firstSameText(s);
    return first == null || first.seq() >= s.seq() ? "" : " (first sent at seq " + first.seq()
        + ")";
  }
}
