package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.siplab.codec.SipParser;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** The messages of a trace as a flow expectation sees them. */
final class SentMessages {

  private SentMessages() {}

  /**
   * Every send of the trace, or only first transmissions: a send marked as a retransmission by
   * its timer, or the same bytes sent again between the same two elements, is left out.
   */
  static List<FlowMatcher.Sent> of(Trace trace, boolean includeRetransmissions) {
    List<FlowMatcher.Sent> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TraceEvent e : trace.events()) {
      if (!(e instanceof TraceEvent.Send s)) {
        continue;
      }
      boolean repeat = !seen.add(s.from() + ">" + s.to() + "\n" + s.message());
      if (!includeRetransmissions && (s.isRetransmission() || repeat)) {
        continue;
      }
      SipMessage m = SipParser.parse(s.message()).message();
      out.add(new FlowMatcher.Sent(s.from(), s.to(), m, label(m, s.firstLine())));
    }
    return out;
  }

  /** {@code INVITE}, or {@code 200 INVITE} for a response: how a flow step names it. */
  static String label(SipMessage m, String firstLine) {
    if (m instanceof SipResponse r) {
      return r.status() + (r.cseq() == null ? "" : " " + r.cseq().method());
    }
    return m == null ? firstLine : firstLine.substring(0, Math.max(0, firstLine.indexOf(' ')));
  }
}
