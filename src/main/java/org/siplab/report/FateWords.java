package org.siplab.report;

import org.siplab.trace.TraceEvent;

/** What the network did with a datagram, in a sentence for the step panel. */
final class FateWords {

  private FateWords() {}

  /**
   * A captured datagram was seen once, where the capture was taken: when it arrived, or whether,
   * is not known, so nothing is said of it beyond that.
   */
  static String captured(TraceEvent.Send send) {
    return "captured on its way from " + send.from() + " to " + send.to() + "; the capture does"
        + " not show its arrival";
  }

  static String of(Fate fate, TraceEvent.Send send) {
    String held = fate.delayedUs() > 0
        ? ", held back " + TimeText.span(fate.delayedUs()) + " beyond the link's delay" : "";
    if (fate.dropped()) {
      return "lost on the way to " + send.to() + ": " + fate.droppedBy() + held;
    }
    if (fate.deliveredUs() < 0) {
      return "still on its way to " + send.to() + " when the run ended" + held;
    }
    return "arrived at " + send.to() + " at " + TimeText.at(fate.deliveredUs()) + " ("
        + TimeText.span(fate.deliveredUs() - send.timeUs()) + " later)" + held
        + (fate.duplicated() ? "; the network delivered it twice" : "");
  }
}
