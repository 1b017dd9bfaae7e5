package org.siplab.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repeated diagnostics in text output, grouped as a good compiler groups them: the first few of
 * one error are printed, then one line says how many more there are and where the last is, and
 * the rest are left out. A file with one slip copied down 200 lines (or an alias that repeats a
 * bad value 200 times) would otherwise bury every other error. Only text is grouped: JSON output
 * keeps every entry, as its contract says.
 */
final class Repeats {

  /** How many of one error are printed in full before the rest are counted. */
  static final int SHOWN = 3;

  /** What to print for one diagnostic, in the order given. */
  sealed interface Line permits Full, Rest, Left {}

  /** Printed as it is. */
  record Full(int index) implements Line {}

  /**
   * Stands for itself and every later one of its group: {@code count} in all, the last at
   * {@code lastLine}:{@code lastColumn}.
   */
  record Rest(int index, int count, int lastLine, int lastColumn, boolean samePlace)
      implements Line {

    /**
     * {@code 197 more of the same, the last at 8:3600}, or {@code 197 more of the same at this
     * place}.
     */
    String words() {
      return count + " more of the same" + (samePlace ? " at this place"
          : ", the last at " + lastLine + ":" + lastColumn);
    }
  }

  /** Counted by the {@link Rest} before it. */
  record Left(int index) implements Line {}

  /** One diagnostic: what makes two the same error, and where it is. */
  record Item(String key, int line, int column) {}

  private Repeats() {}

  /**
   * What to print for each of {@code items}, one entry each, in order. A group is summed up only
   * when at least two would be left out: "1 more of the same" would take the line it saves.
   */
  static List<Line> plan(List<Item> items) {
    // Counted only, never iterated for output.
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(items.get(i).key(), k -> new ArrayList<>()).add(i);
    }
    List<Line> plan = new ArrayList<>(items.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      List<Integer> group = groups.get(item.key());
      int nth = seen.merge(item.key(), 1, Integer::sum);
      if (group.size() <= SHOWN + 1 || nth <= SHOWN) {
        plan.add(new Full(i));
      } else if (nth == SHOWN + 1) {
        Item last = items.get(group.get(group.size() - 1));
        boolean samePlace = true;
        for (int j = SHOWN; j < group.size(); j++) {
          Item other = items.get(group.get(j));
          samePlace &= other.line() == item.line() && other.column() == item.column();
        }
        plan.add(new Rest(i, group.size() - SHOWN, last.line(), last.column(), samePlace));
      } else {
        plan.add(new Left(i));
      }
    }
    return plan;
  }
}
