package org.siplab.report;

/**
 * The drawing of one arrow between two element lines: a line sloping slightly down (the datagram
 * takes time) with an open head, its label above, and what happened to it. A lost datagram's line
 * stops half way in a cross with the reason under it; a duplicated one carries "×2"; a
 * retransmission is dashed (by CSS, from the {@code rtx} class) and names its timer.
 */
final class ArrowShape {

  private static final int SLOPE = 6;
  private static final int LOOP = 36;
  /**
   * A generous width of one character of a label (12 px bold, report.css): DejaVu Sans Bold's
   * capitals and digits are about 8.5 px, its lower case about 7.5 px.
   */
  private static final double LABEL_CHAR_WIDTH = 8.0;
  /** The badge's far edge from the sender's line (12 + its radius of 6), and a gap of 4. */
  private static final int BADGE_CLEARANCE = 22;

  private final StringBuilder out;
  private final int x1;
  private final int x2;
  private final int y;
  private final int dir;

  ArrowShape(StringBuilder out, int x1, int x2, int y) {
    this.out = out;
    this.x1 = x1;
    this.x2 = x2;
    this.y = y;
    this.dir = x2 >= x1 ? 1 : -1;
  }

  void draw(Arrow a) {
    if (x1 == x2) {
      drawLoop();
    } else if (a.fate().dropped()) {
      drawLost(a.fate().droppedBy());
    } else {
      drawLine();
    }
    String label = a.label() + retransmission(a);
    Xml.text(out, "label", labelCentre(a, label), y - 5, label);
    if (a.fate().duplicated()) {
      Xml.text(out, "dup", x2 - dir * 14, y - 5, "×2");
    }
    if (a.fate().delayedUs() > 0) {
      Xml.text(out, "delay", x1 + dir * 30, y + 16,
          "held +" + TimeText.span(a.fate().delayedUs()));
    }
    if (a.worstFinding() != null) {
      out.append("<circle class=\"badge\" cx=\"").append(x1 + dir * 12).append("\" cy=\"")
          .append(y - 9).append("\" r=\"6\"/>");
      Xml.text(out, "badge-text", x1 + dir * 12, y - 5, "!");
    }
  }

  /**
   * The middle of the arrow, or, when the finding badge beside the sender's line would sit on a
   * label as long as a lane is wide (487 Request Terminated, 480 Temporarily Unavailable), far
   * enough towards the receiver for the label to clear the badge. The width is estimated, the
   * same on every machine, since the report's layout may not depend on the fonts installed.
   */
  private int labelCentre(Arrow a, String label) {
    int middle = x1 == x2 ? x1 + LOOP / 2 : (x1 + x2) / 2;
    if (a.worstFinding() == null || x1 == x2) {
      return middle;
    }
    int half = (int) Math.ceil(label.codePointCount(0, label.length()) * LABEL_CHAR_WIDTH / 2);
    int nearEdge = middle - dir * half;
    int clear = x1 + dir * BADGE_CLEARANCE;
    return (nearEdge - clear) * dir < 0 ? middle + (clear - nearEdge) : middle;
  }

  private static String retransmission(Arrow a) {
    String by = a.send().retransmittedBy();
    if (by == null) {
      return "";
    }
    return "2xx".equals(by) ? " ↻ 2xx again" : " ↻ Timer " + by;
  }

  private void drawLine() {
    int y2 = y + SLOPE;
    out.append("<path d=\"M").append(x1).append(' ').append(y).append('L').append(x2).append(' ')
        .append(y2);
    head(x2, y2);
    out.append("\"/>");
  }

  private void drawLost(String reason) {
    int xm = (x1 + x2) / 2;
    int ym = y + SLOPE / 2;
    out.append("<path d=\"M").append(x1).append(' ').append(y).append('L').append(xm).append(' ')
        .append(ym).append("\"/>");
    out.append("<path class=\"cross\" d=\"M").append(xm - 5).append(' ').append(ym - 5)
        .append("l10 10m0 -10l-10 10\"/>");
    Xml.text(out, "why", xm, ym + 16, "lost: " + reason);
  }

  private void drawLoop() {
    out.append("<path d=\"M").append(x1).append(' ').append(y).append("h").append(LOOP)
        .append("v").append(SLOPE + 4).append("h-").append(LOOP);
    head(x1, y + SLOPE + 4);
    out.append("\"/>");
  }

  /** An open chevron pointing along the arrow, ending at (x, y). */
  private void head(int x, int yHead) {
    int back = x1 == x2 ? x + 8 : x - dir * 9;
    out.append('M').append(back).append(' ').append(yHead - 5).append('L').append(x)
        .append(' ').append(yHead).append('L').append(back).append(' ').append(yHead + 4);
  }
}
