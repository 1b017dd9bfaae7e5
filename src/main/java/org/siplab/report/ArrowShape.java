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
    int middle = x1 == x2 ? x1 + LOOP / 2 : (x1 + x2) / 2;
    Xml.text(out, "label", middle, y - 5, a.label() + retransmission(a));
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
