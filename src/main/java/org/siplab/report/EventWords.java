package org.siplab.report;

import java.util.List;
import org.siplab.trace.TraceEvent;

/**
 * One line in words for a trace event, as the step panel lists what followed a message and as a
 * mark's tooltip says what it marks. The element it happened at is shown beside it, not in it.
 * Every template is listed in {@link #TEMPLATES}, so the page can hold each one once.
 */
final class EventWords {

  static final String SENDS = "sends {0} to {1}";
  static final String RECEIVES = "receives it from {0}";
  static final String RECEIVES_COPY = "receives the duplicate copy from {0}";
  static final String LOST = "lost on the way to {0}: {1}";
  static final String COPY_LOST = "the duplicate copy is lost: {0}";
  static final String DUPLICATED = "the network delivers it twice ({0})";
  static final String HELD = "the network holds it back {0} ({1})";
  static final String TIMER = "{0} {1} ({2})";
  static final String ELEMENT_TIMER = "{0} {1}";
  static final String TIMER_SET = "{0} set for {1} ({2})";
  static final String TRANSACTION_CREATED = "{0} transaction {1}: created in {2} ({3})";
  static final String TRANSACTION = "{0} transaction {1}: {2} → {3} ({4})";
  static final String DIALOG_CREATED = "dialog {0}: created {1} ({2})";
  static final String DIALOG = "dialog {0}: {1} → {2} ({3})";
  static final String BINDING = "binding {0} → {1} {2}{3}";
  static final String MEDIA = "media with {0}: {1} {2} ({3} ↔ {4})";
  static final String ACTION = "{0}";
  static final String ACTION_DETAIL = "{0}: {1}";
  static final String OTHER = "{0}";

  static final List<String> TEMPLATES = List.of(SENDS, RECEIVES, RECEIVES_COPY, LOST, COPY_LOST,
      DUPLICATED, HELD, TIMER, ELEMENT_TIMER, TIMER_SET, TRANSACTION_CREATED, TRANSACTION,
      DIALOG_CREATED, DIALOG, BINDING, MEDIA, ACTION, ACTION_DETAIL, OTHER);

  private EventWords() {}

  static Words of(TraceEvent e) {
    if (e instanceof TraceEvent.Send s) {
      return Words.of(SENDS, s.message() == null ? "a datagram" : s.firstLine(), s.to());
    } else if (e instanceof TraceEvent.Deliver d) {
      return Words.of(d.copy() ? RECEIVES_COPY : RECEIVES, d.from());
    } else if (e instanceof TraceEvent.Drop d) {
      String reason = d.reason() != null ? d.reason() : d.fault();
      return d.copy() ? Words.of(COPY_LOST, reason) : Words.of(LOST, d.to(), reason);
    } else if (e instanceof TraceEvent.Duplicate d) {
      return Words.of(DUPLICATED, d.reason());
    } else if (e instanceof TraceEvent.Delay d) {
      return Words.of(HELD, TimeText.span(d.extraUs()), d.reason());
    } else if (e instanceof TraceEvent.Timer t) {
      return timer(t);
    } else if (e instanceof TraceEvent.Transaction t) {
      return t.fromState() == null
          ? Words.of(TRANSACTION_CREATED, t.kind(), t.transaction(), t.toState(), t.reason())
          : Words.of(TRANSACTION, t.kind(), t.transaction(), t.fromState(), t.toState(),
              t.reason());
    } else if (e instanceof TraceEvent.Dialog d) {
      return d.fromState() == null
          ? Words.of(DIALOG_CREATED, d.dialog(), d.toState(), d.reason())
          : Words.of(DIALOG, d.dialog(), d.fromState(), d.toState(), d.reason());
    } else if (e instanceof TraceEvent.Binding b) {
      return Words.of(BINDING, b.aor(), b.contact(), b.action(),
          b.expiresUs() > 0 ? ", expires at " + TimeText.at(b.expiresUs()) : "");
    } else if (e instanceof TraceEvent.Media m) {
      return Words.of(MEDIA, m.peer(), m.action(), m.codec(), m.localRtp(), m.remoteRtp());
    } else if (e instanceof TraceEvent.Action a) {
      return a.detail() == null ? Words.of(ACTION, a.action())
          : Words.of(ACTION_DETAIL, a.action(), a.detail());
    }
    return Words.of(OTHER, e.type());
  }

  /** {@code Timer A} for the RFC's one-letter timers, {@code the Trying timer} for the others. */
  static String timerName(String timer) {
    return timer != null && timer.length() == 1 ? "Timer " + timer : "the " + timer + " timer";
  }

  private static Words timer(TraceEvent.Timer t) {
    if ("set".equals(t.action())) {
      return Words.of(TIMER_SET, timerName(t.timer()), TimeText.span(t.durationUs()), t.owner());
    }
    String action = t.action() == null ? "changed" : t.action();
    return t.owner() == null ? Words.of(ELEMENT_TIMER, timerName(t.timer()), action)
        : Words.of(TIMER, timerName(t.timer()), action, t.owner());
  }
}
