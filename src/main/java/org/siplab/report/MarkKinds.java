package org.siplab.report;

import org.siplab.trace.TraceEvent;

/**
 * Which events get a mark on their element's line, and of what kind. Timers show only when they
 * fire: a set or a cancel changes nothing the learner can see, and the state panel lists the
 * timers running.
 */
final class MarkKinds {

  private MarkKinds() {}

  /** The mark kind for this event, or null when it gets none. */
  static String of(TraceEvent e) {
    if (e instanceof TraceEvent.Timer t) {
      return "fired".equals(t.action()) ? "timer" : null;
    } else if (e instanceof TraceEvent.Transaction) {
      return "transaction";
    } else if (e instanceof TraceEvent.Dialog) {
      return "dialog";
    } else if (e instanceof TraceEvent.Binding) {
      return "binding";
    } else if (e instanceof TraceEvent.Media) {
      return "media";
    } else if (e instanceof TraceEvent.Action) {
      return "action";
    }
    return null;
  }
}
