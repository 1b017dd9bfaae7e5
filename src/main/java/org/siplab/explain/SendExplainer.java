package org.siplab.explain;

import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Send;

/**
 * Explains why a message was sent now, by what sort of send it is: a timer's retransmission, the
 * same bytes sent again for a retransmitted request or response, a proxy's copy of what it
 * received, or a message the element made itself, explained by its role.
 */
final class SendExplainer {

  private final TraceIndex index;
  private final Causes causes;
  private final Retransmissions retransmissions;
  private final ProxyForwarding forwarding;

  SendExplainer(TraceIndex index, Causes causes) {
    this.index = index;
    this.causes = causes;
    this.retransmissions = new Retransmissions(index);
    this.forwarding = new ProxyForwarding(index);
  }

  Explanation explain(Send s) {
    Outgoing o = Outgoing.of(s, index, causes);
    if (o.message() == null) {
      return new Explanation(s.from() + " sends " + s.to() + " a datagram siplab cannot read as"
          + " SIP (\"" + s.firstLine() + "\")" + o.on() + Rfc.cite("7") + ".", null);
    }
    if (s.isRetransmission()) {
      return retransmissions.explain(o);
    }
    boolean proxy = o.senderKind().equals("proxy");
    Send first = index.firstSameText(s);
    boolean relayedResponse = proxy && o.causeMessage() instanceof SipResponse;
    if (first != null && first.seq() < s.seq() && !relayedResponse) {
      return Repeats.explain(o, first);
    }
    if (proxy) {
      Explanation copy = forwarding.explain(o);
      if (copy != null) {
        return copy;
      }
    }
    return o.message() instanceof SipRequest ? RequestRoles.explain(o, index)
        : ResponseRoles.explain(o, index);
  }
}
