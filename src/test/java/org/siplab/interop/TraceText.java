package org.siplab.interop;

import java.util.List;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** A bridged run's trace as text, for assertions and failure messages. */
final class TraceText {

  private TraceText() {}

  /**
   * Every datagram of the run, retransmissions too, as {@code phone>sipp INVITE} or {@code
   * sipp>phone 200}.
   */
  static List<String> ladder(Trace trace) {
    return sends(trace).stream().map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine()))
        .toList();
  }

  private static String label(String startLine) {
    return startLine.startsWith("SIP/2.0 ") ? startLine.substring(8, 11)
        : startLine.substring(0, startLine.indexOf(' '));
  }

  static List<TraceEvent.Send> sends(Trace trace) {
    return trace.events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }

  /** The wire text of every datagram and the siplab elements' decisions, in order. */
  static String wire(Trace trace) {
    StringBuilder out = new StringBuilder("---- siplab trace ----\n");
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s) {
        out.append(s.timeUs()).append("us ").append(s.from()).append('>').append(s.to())
            .append('\n').append(s.message()).append('\n');
      } else if (e instanceof TraceEvent.Action a) {
        out.append(a.timeUs()).append("us [").append(a.element()).append("] ")
            .append(a.action()).append(": ").append(a.detail()).append('\n');
      }
    }
    return out.toString();
  }
}
