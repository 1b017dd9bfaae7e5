package org.siplab.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.siplab.trace.TraceEvent;

/**
 * Draws the ladder as SVG: a header with one box a column, and a body with the time axis, the
 * element lines, media bands, one {@code <g class="a">} a datagram carrying {@code data-seq} (its
 * send event's seq, DESIGN.md), and the marks, one path a kind (see {@link MarkShapes}).
 * Coordinates are whole pixels and every piece of text from the trace is escaped.
 *
 * <p>Colours are not written here: each arrow carries {@code t<n>} and {@code d<n>} classes (its
 * transaction's and dialog's palette index, when it has one) and the page's CSS colours one or the
 * other, so the switch between them costs one class on the SVG root. An arrow's whole bounding box
 * takes clicks (CSS {@code pointer-events: bounding-box}), so no hit area is drawn a row: a long
 * run's report stays smaller.
 */
final class LadderSvg {

  private final Ladder ladder;
  private final RowLayout layout;
  private final StringBuilder out = new StringBuilder(1 << 16);

  private LadderSvg(Ladder ladder, RowLayout layout) {
    this.ladder = ladder;
    this.layout = layout;
  }

  /** The column header, drawn apart so that it can stay in view while the ladder scrolls. */
  static String head(Ladder ladder, RowLayout layout, boolean captured) {
    return new LadderSvg(ladder, layout).drawHead(captured ? "captured time" : "virtual time");
  }

  static String body(Ladder ladder, RowLayout layout, List<MarkLayout.Placed> marks) {
    return new LadderSvg(ladder, layout).drawBody(marks);
  }

  private String drawHead(String axisTitle) {
    int width = layout.width();
    out.append("<svg class=\"ladder-head\" width=\"").append(width).append("\" height=\"58\"")
        .append(" viewBox=\"0 0 ").append(width).append(" 58\" role=\"img\"")
        .append(" aria-label=\"the elements of the run\">\n");
    out.append("<text class=\"axis-title\" x=\"").append(RowLayout.AXIS_WIDTH - 10)
        .append("\" y=\"52\">").append(axisTitle).append("</text>\n");
    List<Column> columns = ladder.columns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      int x = RowLayout.x(i);
      out.append("<g class=\"col").append(Ladder.NO_ELEMENT.equals(c.kind()) ? " nobody" : "")
          .append("\"><rect x=\"").append(x - 88).append("\" y=\"4\" width=\"176\"")
          .append(" height=\"50\" rx=\"6\"/>");
      Xml.text(out, "name", x, 22, c.name());
      Xml.text(out, "kind", x, 36, c.kind());
      Xml.text(out, "addr", x, 49, c.address() == null ? "" : c.address());
      out.append("</g>\n");
    }
    return out.append("</svg>").toString();
  }

  private String drawBody(List<MarkLayout.Placed> marks) {
    int width = layout.width();
    int height = layout.height();
    out.append("<svg id=\"ladder\" class=\"ladder by-tx\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width)
        .append(' ').append(height).append("\">\n");
    drawLifelines(height);
    ladder.media().forEach(this::drawMedia);
    drawBreaks(width);
    ladder.arrows().forEach(this::drawArrow);
    drawMarks(marks);
    return out.append("</svg>").toString();
  }

  private void drawLifelines(int height) {
    for (int i = 0; i < ladder.columns().size(); i++) {
      int x = RowLayout.x(i);
      out.append("<line class=\"life\" x1=\"").append(x).append("\" y1=\"0\" x2=\"").append(x)
          .append("\" y2=\"").append(height).append("\"/>\n");
    }
  }

  private void drawMedia(MediaSpan m) {
    int x1 = RowLayout.x(m.leftColumn());
    int x2 = RowLayout.x(m.rightColumn());
    int y1 = layout.marksY(m.startRow()) - 4;
    int y2 = Math.max(layout.marksY(m.endRow()) + 4, y1 + 8);
    out.append("<g class=\"media\"><rect x=\"").append(x1).append("\" y=\"").append(y1)
        .append("\" width=\"").append(x2 - x1).append("\" height=\"").append(y2 - y1)
        .append("\"/>");
    Xml.text(out, "media-label", (x1 + x2) / 2, y1 + 12,
        "media" + (m.codec() == null ? "" : ": " + m.codec()));
    out.append("</g>\n");
  }

  private void drawBreaks(int width) {
    List<Arrow> arrows = ladder.arrows();
    for (int row = 1; row < arrows.size(); row++) {
      if (layout.breakBefore(row)) {
        int y = layout.arrowY(row) - 28;
        out.append("<g class=\"gap\"><line x1=\"4\" y1=\"").append(y).append("\" x2=\"")
            .append(width - 4).append("\" y2=\"").append(y).append("\"/>");
        Xml.text(out, "gap-label", RowLayout.AXIS_WIDTH - 10, y + 4,
            "+" + TimeText.span(RowLayout.gapUs(arrows, row)));
        out.append("</g>\n");
      }
    }
  }

  private void drawArrow(Arrow a) {
    TraceEvent.Send s = a.send();
    int y = layout.arrowY(a.row());
    out.append("<g class=\"a");
    if (a.transactionColour() >= 0) {
      out.append(" t").append(a.transactionColour());
    }
    if (a.dialogColour() >= 0) {
      out.append(" d").append(a.dialogColour());
    }
    out.append(s.isRetransmission() ? " rtx" : "").append(a.fate().dropped() ? " lost" : "")
        .append(a.worstFinding() == null ? "" : " f-" + a.worstFinding())
        .append("\" data-seq=\"").append(s.seq()).append("\">");
    Xml.text(out, "time", RowLayout.AXIS_WIDTH - 10, y + 4, TimeText.at(s.timeUs()));
    new ArrowShape(out, RowLayout.x(a.from()), RowLayout.x(a.to()), y).draw(a);
    out.append("</g>\n");
  }

  /** One path a kind of mark; the page finds the mark under the pointer by its position. */
  private void drawMarks(List<MarkLayout.Placed> marks) {
    Map<String, StringBuilder> byKind = new TreeMap<>();
    for (MarkLayout.Placed p : marks) {
      byKind.computeIfAbsent(p.mark().kind(), k -> new StringBuilder())
          .append(MarkShapes.outline(p.mark().kind(), p.x(), p.y()));
    }
    byKind.forEach((kind, d) -> out.append("<path class=\"mk ").append(kind).append("\" d=\"")
        .append(d).append("\"/>\n"));
  }
}
