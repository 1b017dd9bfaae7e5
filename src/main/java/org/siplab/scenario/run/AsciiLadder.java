package org.siplab.scenario.run;

import java.util.Locale;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * The run as text for a terminal: one line a datagram with its time, sender, arrow, receiver and
 * first line; a retransmission names its timer and a lost datagram says why.
 */
public final class AsciiLadder {

  private AsciiLadder() {}

  public static String of(Trace trace) {
    int width = 6;
    for (org.siplab.trace.ElementInfo e : trace.elements()) {
      width = Math.max(width, e.name().length());
    }
    StringBuilder sb = new StringBuilder();
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s) {
        sb.append(String.format(Locale.ROOT, "%10s  %-" + width + "s --> %-" + width + "s  %s%s%n",
            seconds(s.timeUs()), s.from(), s.to(), s.firstLine(),
            s.isRetransmission() ? "  (retransmission: " + timer(s.retransmittedBy()) + ")" : ""));
      } else if (e instanceof TraceEvent.Drop d) {
        sb.append(String.format(Locale.ROOT, "%10s  %-" + width + "s  x  %-" + width
            + "s  dropped: %s%n", seconds(d.timeUs()), d.from(), d.to(), d.reason()));
      }
    }
    return sb.toString();
  }

  private static String timer(String name) {
    return name.length() == 1 ? "Timer " + name : name;
  }

  static String seconds(long us) {
    return String.format(Locale.ROOT, "%d.%03ds", us / 1_000_000, (us % 1_000_000) / 1000);
  }
}
