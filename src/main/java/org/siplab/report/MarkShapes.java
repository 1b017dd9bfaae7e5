package org.siplab.report;

/**
 * The outline of a mark as SVG path data, centred on (x, y): a triangle for a timer that fired, a
 * square for a transaction state, a diamond for a dialog state, a circle for a binding or media
 * change, a bar for an action, a larger circle for a finding (its colour says its severity). All
 * marks of one kind are drawn as a single path: a long run has tens of thousands of marks, and
 * one element each would make the page slow to load.
 */
final class MarkShapes {

  private MarkShapes() {}

  static String outline(String kind, int x, int y) {
    if (kind.startsWith("finding")) {
      return circle(x, y, 5);
    }
    return switch (kind) {
      case "timer" -> "M" + x + " " + (y - 4) + "l4 7h-8z";
      case "transaction" -> "M" + (x - 3) + " " + (y - 3) + "h6v6h-6z";
      case "dialog" -> "M" + x + " " + (y - 4) + "l4 4l-4 4l-4 -4z";
      case "action" -> "M" + (x - 1) + " " + (y - 4) + "h3v8h-3z";
      default -> circle(x, y, 3);
    };
  }

  private static String circle(int x, int y, int r) {
    return "M" + (x - r) + " " + y + "a" + r + " " + r + " 0 1 0 " + (2 * r) + " 0a" + r + " " + r
        + " 0 1 0 " + (-2 * r) + " 0z";
  }
}
