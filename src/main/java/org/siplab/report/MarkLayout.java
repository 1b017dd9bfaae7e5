package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each mark goes: just right of its element's line, in the zone below the arrow it follows,
 * side by side when several share a zone (the tenth and later ones overlap the ninth).
 */
final class MarkLayout {

  /** A mark and the centre of its shape. */
  record Placed(Mark mark, int x, int y) {}

  private static final int GAP = 9;
  private static final int MAX_SIDE_BY_SIDE = 9;

  private MarkLayout() {}

  /** Every mark placed, in the ladder's order: by row, so by y. */
  static List<Placed> place(Ladder ladder, RowLayout layout) {
    Map<String, Integer> used = new TreeMap<>();
    List<Placed> placed = new ArrayList<>();
    for (Mark m : ladder.marks()) {
      int k = used.merge(m.afterRow() + ":" + m.column(), 1, Integer::sum) - 1;
      int x = RowLayout.x(m.column()) + 8 + Math.min(k, MAX_SIDE_BY_SIDE) * GAP;
      placed.add(new Placed(m, x, layout.marksY(m.afterRow())));
    }
    return List.copyOf(placed);
  }
}
