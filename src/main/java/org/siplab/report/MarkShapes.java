package org.siplab.report;

/**
 * The SVG of a mark: a shape a kind (a triangle for a timer that fired, a square for a transaction
 * state, a diamond for a dialog state, a circle for a binding or media change, a bar for an action,
 * a larger circle for a finding, coloured by its severity), carrying {@code data-event} so that
 * the page can say what it marks.
 */
final class MarkShapes {

  private MarkShapes() {}

  static String shape(Mark m, int x, int y) {
    if (m.kind().startsWith("finding")) {
      return circle(m, x, y, 5);
    }
    String open = "<path class=\"mk " + m.kind() + "\" data-event=\"" + m.event() + "\" d=\"";
    return switch (m.kind()) {
      case "timer" -> open + "M" + x + " " + (y - 4) + "l4 7h-8z\"/>";
      case "transaction" -> open + "M" + (x - 3) + " " + (y - 3) + "h6v6h-6z\"/>";
      case "dialog" -> open + "M" + x + " " + (y - 4) + "l4 4l-4 4l-4 -4z\"/>";
      case "action" -> open + "M" + (x - 1) + " " + (y - 4) + "h3v8h-3z\"/>";
      default -> circle(m, x, y, 3);
    };
  }

  private static String circle(Mark m, int x, int y, int r) {
    return "<circle class=\"mk " + m.kind() + "\" data-event=\"" + m.event() + "\" cx=\"" + x
        + "\" cy=\"" + y + "\" r=\"" + r + "\"/>";
  }
}
