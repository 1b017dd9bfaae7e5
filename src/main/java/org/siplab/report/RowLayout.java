package org.siplab.report;

import java.util.List;

/**
 * Where each row of the ladder sits. Time flows down in send order, one row an arrow, so that a
 * burst of messages in one millisecond stays readable; a row is taller when marks follow its
 * arrow, and a pause of a second or more gets a break in the time axis that says how long it was.
 */
final class RowLayout {

  static final int AXIS_WIDTH = 96;
  static final int COLUMN_WIDTH = 200;
  static final int ARROW_ROW = 30;
  static final int MARK_ZONE = 14;
  static final int BREAK = 20;
  static final long BREAK_AFTER_US = 1_000_000;

  private final int[] arrowY;
  private final int[] marksY;
  private final boolean[] breakBefore;
  private final int height;
  private final int columns;

  RowLayout(Ladder ladder) {
    List<Arrow> arrows = ladder.arrows();
    int rows = arrows.size();
    boolean[] marked = new boolean[rows + 1];
    for (Mark m : ladder.marks()) {
      marked[m.afterRow() + 1] = true;
    }
    arrowY = new int[rows];
    marksY = new int[rows + 1];
    breakBefore = new boolean[rows];
    int y = 8;
    marksY[0] = y;
    if (marked[0]) {
      marksY[0] = y + MARK_ZONE / 2;
      y += MARK_ZONE;
    }
    for (int row = 0; row < rows; row++) {
      if (row > 0 && gapUs(arrows, row) >= BREAK_AFTER_US) {
        breakBefore[row] = true;
        y += BREAK;
      }
      arrowY[row] = y + 18;
      y += ARROW_ROW;
      marksY[row + 1] = y - 4;
      if (marked[row + 1]) {
        marksY[row + 1] = y + MARK_ZONE / 2 - 2;
        y += MARK_ZONE;
      }
    }
    height = y + 16;
    columns = ladder.columns().size();
  }

  /** How long before this row's arrow the previous one was sent. */
  static long gapUs(List<Arrow> arrows, int row) {
    return arrows.get(row).send().timeUs() - arrows.get(row - 1).send().timeUs();
  }

  /** The x of a column's line. */
  static int x(int column) {
    return AXIS_WIDTH + COLUMN_WIDTH / 2 + column * COLUMN_WIDTH;
  }

  int width() {
    return AXIS_WIDTH + columns * COLUMN_WIDTH + 16;
  }

  int height() {
    return height;
  }

  /** The y where a row's arrow leaves its sender. */
  int arrowY(int row) {
    return arrowY[row];
  }

  /** The y of the marks that follow {@code row}'s arrow (-1: before the first arrow). */
  int marksY(int afterRow) {
    return marksY[afterRow + 1];
  }

  boolean breakBefore(int row) {
    return breakBefore[row];
  }
}
