package org.siplab.report;

import org.siplab.trace.TraceEvent;

/**
 * One line in words for a trace event, as the step panel lists what followed a message and as a
 * mark's tooltip says what it marks. The element it happened at is shown beside it, not in it.
 */
final class EventWords {

  private EventWords() {}

  static String of(TraceEvent e) {
    if (e instanceof TraceEvent.Send s) {
      return "sends " + (s.message() == null ? "a datagram" : s.firstLine()) + " to " + s.to();
    } else if (e instanceof TraceEvent.Deliver d) {
      return (d.copy() ? "receives the duplicate copy" : "receives it") + " from " + d.from();
    } else if (e instanceof TraceEvent.Drop d) {
      return (d.copy() ? "the duplicate copy is lost: " : "lost on the way to " + d.to() + ": ")
          + (d.reason() != null ? d.reason() : d.fault());
    } else if (e instanceof TraceEvent.Duplicate d) {
      return "the network delivers it twice (" + d.reason() + ")";
    } else if (e instanceof TraceEvent.Delay d) {
      return "the network holds it back " + TimeText.span(d.extraUs()) + " (" + d.reason() + ")";
    } else if (e instanceof TraceEvent.Timer t) {
      return timer(t);
    } else if (e instanceof TraceEvent.Transaction t) {
      return t.kind() + " transaction " + t.transaction() + ": " + change(t.fromState(),
          t.toState()) + because(t.reason());
    } else if (e instanceof TraceEvent.Dialog d) {
      return "dialog " + d.dialog() + ": " + change(d.fromState(), d.toState())
          + because(d.reason());
    } else if (e instanceof TraceEvent.Binding b) {
      return "binding " + b.aor() + " → " + b.contact() + " " + b.action()
          + (b.expiresUs() > 0 ? ", expires at " + TimeText.at(b.expiresUs()) : "");
    } else if (e instanceof TraceEvent.Media m) {
      return "media with " + m.peer() + ": " + m.action() + (m.codec() == null ? ""
          : " " + m.codec()) + " (" + m.localRtp() + " ↔ " + m.remoteRtp() + ")";
    } else if (e instanceof TraceEvent.Action a) {
      return a.action() + (a.detail() == null ? "" : ": " + a.detail());
    }
    return e.type();
  }

  /** {@code Timer A} for the RFC's one-letter timers, {@code the Trying timer} for the others. */
  static String timerName(String timer) {
    return timer != null && timer.length() == 1 ? "Timer " + timer : "the " + timer + " timer";
  }

  private static String timer(TraceEvent.Timer t) {
    String owner = t.owner() == null ? "" : " (" + t.owner() + ")";
    String action = t.action() == null ? "changed" : t.action();
    return switch (action) {
      case "set" -> timerName(t.timer()) + " set for " + TimeText.span(t.durationUs()) + owner;
      case "fired" -> timerName(t.timer()) + " fired" + owner;
      default -> timerName(t.timer()) + " " + action + owner;
    };
  }

  private static String change(String from, String to) {
    return from == null ? "created in " + to : from + " → " + to;
  }

  private static String because(String reason) {
    return reason == null ? "" : " (" + reason + ")";
  }
}
