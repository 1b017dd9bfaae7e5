package org.siplab.explain;

import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Action;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Send;
import org.siplab.trace.TraceEvent.Timer;

/**
 * Names the event that made another happen, always with its seq so a student can find it in the
 * ladder: {@code script step seq 1 ("call bob")}, {@code the INVITE delivered at seq 6},
 * {@code Timer A firing at seq 7}.
 */
final class Causes {

  private final TraceIndex index;

  Causes(TraceIndex index) {
    this.index = index;
  }

  /**
   * The cause of {@code event} as a noun phrase; an event nothing in the trace caused (an element
   * acting when it starts) is the element's own initiative, as far as a capture shows it.
   */
  String of(TraceEvent event) {
    if (event.cause() == TraceEvent.NO_CAUSE) {
      return "its own initiative" + (index.isCapture() ? " as far as the capture shows" : "")
          + " at " + Durations.at(event.timeUs());
    }
    return phrase(event.cause());
  }

  /** The event {@code seq} as a noun phrase, or null for {@link TraceEvent#NO_CAUSE}. */
  String phrase(long seq) {
    TraceEvent cause = index.event(seq);
    if (cause == null) {
      return seq == TraceEvent.NO_CAUSE ? null : "event seq " + seq;
    }
    if (cause instanceof Deliver d) {
      return delivered(d);
    }
    if (cause instanceof Timer t) {
      return TimerCatalog.title(t.timer()) + " firing at seq " + seq;
    }
    if (cause instanceof Action a) {
      return action(a);
    }
    if (cause instanceof Send s) {
      return "the " + Messages.label(s, index.message(s)) + " sent at seq " + seq;
    }
    return "the " + cause.type() + " event at seq " + seq;
  }

  private String delivered(Deliver d) {
    Send s = index.sendOf(d.datagram());
    String what = s == null ? "datagram " + d.datagram() : Messages.label(s, index.message(s));
    return "the " + what + " delivered at seq " + d.seq();
  }

  private static String action(Action a) {
    if (a.cause() == TraceEvent.NO_CAUSE || ActionExplainer.isScriptStep(a)) {
      return "script step seq " + a.seq() + " (\"" + a.action() + "\")";
    }
    return a.element() + "'s decision at seq " + a.seq() + " (" + a.action() + ")";
  }
}
