package org.siplab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.siplab.check.Checker;
import org.siplab.explain.Annotator;
import org.siplab.report.ReportInput;
import org.siplab.trace.Finding;
import org.siplab.trace.RunSummary;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceReader;

/**
 * What a report is made from, worked out one way for {@code siplab run} (from the run) and for
 * {@code siplab report} (from the run's trace.json), so that both write the same page for the
 * same run into the same folder.
 */
final class ReportInputs {

  private ReportInputs() {}

  /** A run's report: its findings, the annotator's explanations, note links from {@code dir}. */
  static ReportInput ofRun(Trace trace, List<Finding> findings, RunSummary summary,
      Map<Long, String> annotations, Path dir) {
    return ReportInput.of(trace, findings, summary)
        .withAnnotations(annotations)
        .withNotes(noteLinks(trace, dir));
  }

  /**
   * A trace.json's report. Findings and annotations it stores are used as they are: they are the
   * record of the run. A trace.json without them (written by hand or by another tool) gets those
   * of the checker and the annotator that {@code run} uses, so its report still counts and
   * explains what happened. Notes are never stored: their links depend on where the report is.
   *
   * <p>The annotator is written for the traces siplab makes; a hand-edited trace can hold events
   * it cannot read (a transaction change without its kind). Such a trace still deserves its
   * ladder, so its report goes without what the annotator adds and {@code warn} is told why,
   * instead of the command failing.
   */
  static ReportInput ofDocument(TraceReader.Document document, Path dir, Consumer<String> warn) {
    Trace trace = document.trace();
    List<Finding> findings = document.findingsStored() ? document.findings()
        : Checker.check(trace);
    Map<Long, String> annotations = document.annotations();
    try {
      return ofRun(trace, findings, document.run(),
          annotations.isEmpty() ? Annotator.annotate(trace) : annotations, dir);
    } catch (RuntimeException e) {
      // The exception names siplab's code, not the user's file: the sentence says what to know.
      warn.accept("the annotator cannot read this trace (an event is not as siplab writes it),"
          + " so the report has no explanations or learner-note links from it");
      return ReportInput.of(trace, findings, document.run()).withAnnotations(annotations);
    }
  }

  /**
   * The annotator's learner notes as links from a report in {@code dir}: the notes are in the
   * siplab folder's notes/, so each link climbs from {@code dir} to that folder. No links when
   * there is no relative path between them.
   */
  static Map<Long, String> noteLinks(Trace trace, Path dir) {
    String climb = HomePaths.climb(dir, Home.path());
    Map<Long, String> links = new LinkedHashMap<>();
    if (climb != null) {
      Annotator.notes(trace).forEach((seq, note) -> links.put(seq, climb + note));
    }
    return links;
  }
}
