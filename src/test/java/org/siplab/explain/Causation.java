package org.siplab.explain;

import java.util.List;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * What the properties compare: an event's cause and the group of events that share its type, cause
 * and effect (every field but seq and time).
 */
final class Causation {

  private Causation() {}

  /**
   * The seq of the event that made {@code e} happen. For a timer that fired it is the event that
   * set it: the trace recorder writes the cause that happens to be current when the timer fires,
   * which is the previous step's, and the annotator names the setting instead.
   */
  static long causeOf(Trace trace, TraceEvent e) {
    if (e instanceof TraceEvent.Timer t && t.action().equals("fired")) {
      List<TraceEvent> events = trace.events();
      for (int i = (int) t.seq() - 2; i >= 0; i--) {
        if (events.get(i) instanceof TraceEvent.Timer set && set.action().equals("set")
            && set.element().equals(t.element()) && set.timer().equals(t.timer())
            && java.util.Objects.equals(set.owner(), t.owner())) {
          return set.seq();
        }
      }
    }
    return e.cause();
  }

  /** The type, cause and effect fields of {@code e}: its record text without seq and time. */
  static String group(Trace trace, TraceEvent e) {
    String text = e.toString();
    String withoutSeq = text.replaceFirst("seq=" + e.seq() + ", ", "")
        .replaceFirst("timeUs=" + e.timeUs() + ", ", "")
        .replaceFirst("cause=" + e.cause() + ",", "cause=" + causeOf(trace, e) + ",");
    return withoutSeq;
  }
}
