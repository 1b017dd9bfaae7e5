package org.siplab.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.siplab.trace.TraceEvent;

/**
 * Pairs media start and end events into bands between two columns. Both phones of a call report
 * the same session, so a band opens at the first start of the pair and closes at its first end.
 */
final class MediaBands {

  private record Open(int left, int right, int startRow, String codec) {}

  private final Map<String, Open> open = new TreeMap<>();
  private final List<MediaSpan> closed = new ArrayList<>();

  /** Notes a media event at {@code column} with its peer at {@code peerColumn} (-1: unknown). */
  void record(TraceEvent.Media m, int column, int peerColumn, int row) {
    if (peerColumn < 0 || peerColumn == column) {
      return;
    }
    int left = Math.min(column, peerColumn);
    int right = Math.max(column, peerColumn);
    String pair = left + "-" + right;
    if ("start".equals(m.action()) && !open.containsKey(pair)) {
      open.put(pair, new Open(left, right, Math.max(row, 0), m.codec()));
    } else if ("end".equals(m.action()) && open.containsKey(pair)) {
      Open o = open.remove(pair);
      closed.add(new MediaSpan(o.left(), o.right(), o.startRow(), Math.max(row, 0), o.codec()));
    }
  }

  /** Every band, those still open ending at {@code lastRow}, in the order they started. */
  List<MediaSpan> spans(int lastRow) {
    List<MediaSpan> all = new ArrayList<>(closed);
    for (Open o : open.values()) {
      all.add(new MediaSpan(o.left(), o.right(), o.startRow(), Math.max(lastRow, 0), o.codec()));
    }
    all.sort(Comparator.comparingInt(MediaSpan::startRow));
    return List.copyOf(all);
  }
}
