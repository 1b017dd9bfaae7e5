package org.siplab.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * The ladder's view model: its columns, one arrow per datagram sent (in send order, which is time
 * order), the marks on the element lines, and the media bands. Built in one pass over the trace.
 */
record Ladder(List<Column> columns, List<Arrow> arrows, List<Mark> marks,
    List<MediaSpan> media) {

  static final String NO_ELEMENT = "no element";
  static final String UNKNOWN_KIND = "unknown";

  /** How many colours the palette has; transactions and dialogs cycle through it. */
  static final int PALETTE = 8;

  static Ladder of(Trace trace, List<Finding> findings) {
    return new Builder(trace, findings).build();
  }

  /** The column of an element or address, as the arrows refer to it, or -1. */
  int column(String name) {
    return indexOf(columns, name);
  }

  private static int indexOf(List<Column> columns, String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private static final class Builder {
    private final Trace trace;
    private final Map<Long, List<Finding>> findingsByEvent = new TreeMap<>();
    private final List<Column> columns = new ArrayList<>();
    private final List<TraceEvent.Send> sends = new ArrayList<>();
    private final List<Fate> fates = new ArrayList<>();
    private final Map<Long, Integer> rowOfDatagram = new TreeMap<>();
    private final List<Mark> marks = new ArrayList<>();
    private final MediaBands media = new MediaBands();
    private final Map<String, Integer> transactionColours = new LinkedHashMap<>();
    private final Map<String, Integer> dialogColours = new LinkedHashMap<>();

    Builder(Trace trace, List<Finding> findings) {
      this.trace = trace;
      for (Finding f : findings) {
        findingsByEvent.computeIfAbsent(f.event(), k -> new ArrayList<>()).add(f);
      }
      for (ElementInfo e : trace.elements()) {
        columns.add(new Column(e.name(), e.kind(), e.address()));
      }
    }

    Ladder build() {
      for (TraceEvent e : trace.events()) {
        if (e instanceof TraceEvent.Send s) {
          addSend(s);
        } else {
          addConsequence(e);
        }
      }
      List<Arrow> arrows = new ArrayList<>();
      for (int row = 0; row < sends.size(); row++) {
        arrows.add(arrow(row));
      }
      return new Ladder(List.copyOf(columns), List.copyOf(arrows), List.copyOf(marks),
          media.spans(sends.size() - 1));
    }

    private void addSend(TraceEvent.Send s) {
      columnOf(name(s.from()), s.fromAddress());
      columnOf(name(s.to()), s.toAddress());
      rowOfDatagram.put(s.datagram(), sends.size());
      sends.add(s);
      fates.add(Fate.UNKNOWN);
    }

    private void addConsequence(TraceEvent e) {
      int column = columnOfEvent(e);
      if (e instanceof TraceEvent.Deliver d) {
        updateFate(d.datagram(), f -> f.deliveredAt(d.timeUs()));
      } else if (e instanceof TraceEvent.Drop d) {
        if (!d.copy()) {
          String reason = d.reason() != null ? d.reason()
              : Objects.requireNonNullElse(d.fault(), "no reason recorded");
          updateFate(d.datagram(), f -> f.droppedBecause(reason));
        }
      } else if (e instanceof TraceEvent.Duplicate d) {
        updateFate(d.datagram(), Fate::duplicatedCopy);
      } else if (e instanceof TraceEvent.Delay d) {
        updateFate(d.datagram(), f -> f.delayedBy(d.extraUs()));
      } else {
        addMark(e, column);
      }
      List<Finding> onIt = findingsByEvent.get(e.seq());
      if (onIt != null) {
        marks.add(new Mark(lastRow(), column, "finding-" + Severities.worst(onIt), e.seq()));
      }
    }

    private void addMark(TraceEvent e, int column) {
      String kind = MarkKinds.of(e);
      if (kind == null) {
        return;
      }
      marks.add(new Mark(lastRow(), column, kind, e.seq()));
      if (e instanceof TraceEvent.Media m) {
        media.record(m, column, column(m.peer()), lastRow());
      }
    }

    private void updateFate(long datagram, UnaryOperator<Fate> change) {
      Integer row = rowOfDatagram.get(datagram);
      if (row != null) {
        fates.set(row, change.apply(fates.get(row)));
      }
    }

    private Arrow arrow(int row) {
      TraceEvent.Send s = sends.get(row);
      return new Arrow(row, s, column(name(s.from())), column(name(s.to())), fates.get(row),
          colour(transactionColours, s.transaction()), colour(dialogColours, s.dialog()),
          Severities.worst(findingsByEvent.getOrDefault(s.seq(), List.of())));
    }

    private static int colour(Map<String, Integer> seen, String key) {
      if (key == null) {
        return -1;
      }
      return seen.computeIfAbsent(key, k -> seen.size()) % PALETTE;
    }

    private int lastRow() {
      return sends.size() - 1;
    }

    /**
     * The column of the element an event happened at, added when only a hand-made trace's events
     * name it; column 0 for an event that names none.
     */
    private int columnOfEvent(TraceEvent e) {
      String element = EventFields.element(e);
      if (element == null) {
        return 0;
      }
      if (column(element) < 0) {
        columns.add(new Column(element, UNKNOWN_KIND, ""));
      }
      return column(element);
    }

    private void columnOf(String name, String address) {
      if (column(name) < 0) {
        columns.add(new Column(name, NO_ELEMENT, address == null ? "" : address));
      }
    }

    /** A hand-edited trace may leave out who sent or received a datagram. */
    private static String name(String element) {
      return element == null ? "?" : element;
    }

    private int column(String name) {
      return indexOf(columns, name);
    }
  }
}
