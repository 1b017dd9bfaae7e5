package org.siplab.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's graphviz diagrams as SVG to embed: the four transaction state machines, drawn once
 * a JVM (they are the same in every report; the page highlights one transaction's states on a
 * copy), and the run's topology. When the engine cannot run here the page says so in place of
 * the drawings rather than failing the report.
 */
final class Diagrams {

  /** A drawing, or the reason there is none. */
  record Drawing(String id, String title, String svg, String problem) {}

  private static List<Drawing> figures;

  private Diagrams() {}

  static synchronized List<Drawing> transactionFigures() {
    if (figures == null) {
      List<Drawing> drawn = new ArrayList<>();
      for (TransactionFigures.Figure f : TransactionFigures.ALL) {
        drawn.add(draw(f.templateId(), f.title(), f.dot()));
      }
      figures = List.copyOf(drawn);
    }
    return figures;
  }

  static Drawing topology(Ladder ladder, ReportInput input) {
    return draw("topology", "topology", Topology.dot(ladder, input.trace().settings()));
  }

  static Drawing draw(String id, String title, String dot) {
    try {
      return new Drawing(id, title, Graphviz.svg(dot), null);
    } catch (DiagramException e) {
      // Not the exception's text: it names temporary paths, and the page must not.
      return new Drawing(id, title, null, e.engineMissing()
          ? "This diagram needs graphviz-java's V8 JavaScript engine, which did not start on the"
              + " machine that made this report."
          : "graphviz could not draw this diagram from this run's data; the rest of the report"
              + " is complete.");
    }
  }
}
