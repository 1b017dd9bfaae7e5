package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.TraceEvent;

/**
 * Every change to what the elements hold (transactions, dialogs, registrar bindings, media
 * sessions, running timers), in trace order. The page applies the changes up to a step's seq to
 * show each element's state at that moment; a change that ends a thing (a transaction
 * Terminated, a dialog terminated, a binding removed or expired, media ended, a timer fired or
 * cancelled) removes it from then on.
 *
 * @param changes in seq order
 */
record StateTimeline(List<Change> changes) {

  /**
   * One change.
   *
   * @param element the ladder column of the element it happened at
   * @param type tx, dialog, binding, media or timer
   * @param key what changed, unique for its element and type
   * @param ends whether the thing no longer exists after this change
   * @param cells what the state panel shows of it, by type: a transaction's kind, previous state,
   *     state and reason; a dialog's state, local CSeq, remote CSeq and remote target; a binding's
   *     AOR, contact, action and expiry; a media session's peer, action, codec and addresses; a
   *     timer's name, owner and when it fires
   */
  record Change(long seq, int element, String type, String key, boolean ends,
      List<String> cells) {}

  static StateTimeline of(List<TraceEvent> events, Ladder ladder) {
    List<Change> changes = new ArrayList<>();
    for (TraceEvent e : events) {
      Change c = change(e, ladder.column(String.valueOf(EventFields.element(e))));
      if (c != null) {
        changes.add(c);
      }
    }
    return new StateTimeline(List.copyOf(changes));
  }

  private static Change change(TraceEvent e, int element) {
    if (e instanceof TraceEvent.Transaction t) {
      return new Change(t.seq(), element, "tx", t.transaction(), "Terminated".equals(t.toState()),
          cells(t.kind(), t.fromState(), t.toState(), t.reason()));
    } else if (e instanceof TraceEvent.Dialog d) {
      return new Change(d.seq(), element, "dialog", d.dialog(),
          "terminated".equals(d.toState()),
          cells(d.toState(), cseq(d.localCseq()), cseq(d.remoteCseq()), d.remoteTarget()));
    } else if (e instanceof TraceEvent.Binding b) {
      boolean gone = !"added".equals(b.action()) && !"refreshed".equals(b.action());
      return new Change(b.seq(), element, "binding", b.aor() + " " + b.contact(), gone,
          cells(b.aor(), b.contact(), b.action(), gone ? "" : TimeText.at(b.expiresUs())));
    } else if (e instanceof TraceEvent.Media m) {
      return new Change(m.seq(), element, "media", m.peer(), "end".equals(m.action()),
          cells(m.peer(), m.action(), m.codec(), m.localRtp() + " ↔ " + m.remoteRtp()));
    } else if (e instanceof TraceEvent.Timer t) {
      boolean running = "set".equals(t.action());
      return new Change(t.seq(), element, "timer", t.owner() + " " + t.timer(), !running,
          cells(EventWords.timerName(t.timer()), t.owner(),
              running ? TimeText.at(t.timeUs() + t.durationUs()) : ""));
    }
    return null;
  }

  /** A dialog's CSeq, or "none" for the -1 a dialog holds before its first request that way. */
  private static String cseq(long value) {
    return value < 0 ? "none" : Long.toString(value);
  }

  private static List<String> cells(String... values) {
    List<String> list = new ArrayList<>();
    for (String v : values) {
      list.add(v == null ? "" : v);
    }
    return List.copyOf(list);
  }
}
