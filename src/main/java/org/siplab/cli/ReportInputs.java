package org.siplab.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.explain.Annotator;
import org.siplab.report.ReportInput;
import org.siplab.trace.Finding;
import org.siplab.trace.RunSummary;
import org.siplab.trace.Trace;

/** What a run's report is made from. */
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
