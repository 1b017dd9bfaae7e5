package org.siplab.report;

import org.siplab.trace.TraceEvent;

/** Fields that several kinds of trace event have, read without a switch at every use. */
final class EventFields {

  private EventFields() {}

  /**
   * The element an event happened at: the sender of a datagram, the element of a timer, a state
   * change or an action; null for an event kind this does not know.
   */
  static String element(TraceEvent e) {
    if (e instanceof TraceEvent.Send s) {
      return s.from();
    } else if (e instanceof TraceEvent.Deliver d) {
      return d.to();
    } else if (e instanceof TraceEvent.Drop d) {
      return d.from();
    } else if (e instanceof TraceEvent.Duplicate d) {
      return d.from();
    } else if (e instanceof TraceEvent.Delay d) {
      return d.from();
    } else if (e instanceof TraceEvent.Timer t) {
      return t.element();
    } else if (e instanceof TraceEvent.Transaction t) {
      return t.element();
    } else if (e instanceof TraceEvent.Dialog d) {
      return d.element();
    } else if (e instanceof TraceEvent.Binding b) {
      return b.element();
    } else if (e instanceof TraceEvent.Media m) {
      return m.element();
    } else if (e instanceof TraceEvent.Action a) {
      return a.element();
    }
    return null;
  }
}
