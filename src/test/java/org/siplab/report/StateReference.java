package org.siplab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * What the step panel must show as the state of every element when a message left, worked out
 * here straight from the trace events, apart from the report's own code: for each element, its
 * transactions, dialogs, bindings, media sessions and running timers, one line a row with its
 * cells joined by " | ", a row that ended during the step marked "(ended)".
 */
final class StateReference {

  private static final List<String> TYPES = List.of("tx", "dialog", "binding", "media", "timer");

  private record Row(String element, String type, List<String> cells, long endedAt) {}

  private StateReference() {}

  /** The panel's lines at the send {@code seq}, whose step follows the send {@code previous}. */
  static String at(Trace trace, long seq, long previous) {
    Map<String, Row> rows = new LinkedHashMap<>();
    for (TraceEvent e : trace.events()) {
      if (e.seq() > seq) {
        break;
      }
      apply(rows, e);
    }
    List<String> lines = new ArrayList<>();
    for (var element : trace.elements()) {
      lines.add("# " + element.name());
      int shown = 0;
      for (String type : TYPES) {
        for (Row r : rows.values()) {
          boolean live = r.endedAt() == 0 || r.endedAt() > previous;
          if (r.element().equals(element.name()) && r.type().equals(type) && live) {
            lines.add(String.join(" | ", r.cells()) + (r.endedAt() > 0 ? " (ended)" : ""));
            shown++;
          }
        }
      }
      if (shown == 0) {
        lines.add("holds no transaction, dialog, binding or timer");
      }
    }
    return String.join("\n", lines);
  }

  private static void apply(Map<String, Row> rows, TraceEvent e) {
    if (e instanceof TraceEvent.Transaction t) {
      put(rows, t.element(), "tx", t.transaction(), "Terminated".equals(t.toState()) ? t.seq() : 0,
          t.transaction(), t.kind(), t.toState(), t.reason());
    } else if (e instanceof TraceEvent.Dialog d) {
      put(rows, d.element(), "dialog", d.dialog(), "terminated".equals(d.toState()) ? d.seq() : 0,
          d.dialog(), d.toState(), cseq(d.localCseq()), cseq(d.remoteCseq()), d.remoteTarget());
    } else if (e instanceof TraceEvent.Binding b) {
      boolean gone = List.of("removed", "cleared", "replaced", "expired").contains(b.action());
      put(rows, b.element(), "binding", b.aor() + " " + b.contact(), gone ? b.seq() : 0,
          b.aor(), b.contact(), b.action(), gone ? "" : TimeText.at(b.expiresUs()));
    } else if (e instanceof TraceEvent.Media m) {
      put(rows, m.element(), "media", m.peer(), m.action().equals("end") ? m.seq() : 0,
          m.peer(), m.action(), m.codec(), m.localRtp() + " ↔ " + m.remoteRtp());
    } else if (e instanceof TraceEvent.Timer t) {
      boolean set = t.action().equals("set");
      put(rows, t.element(), "timer", t.owner() + " " + t.timer(), set ? 0 : t.seq(),
          t.timer().length() == 1 ? "Timer " + t.timer() : "the " + t.timer() + " timer",
          t.owner(), set ? TimeText.at(t.timeUs() + t.durationUs()) : "");
    }
  }

  private static void put(Map<String, Row> rows, String element, String type, String key,
      long endedAt, String... cells) {
    String id = element + " " + type + " " + key;
    Row row = new Row(element, type, List.of(cells), endedAt);
    if (rows.containsKey(id)) {
      rows.replace(id, row);
    } else {
      rows.put(id, row);
    }
  }

  private static String cseq(long value) {
    return value < 0 ? "none" : Long.toString(value);
  }
}
