package org.siplab.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.siplab.trace.Finding;
import org.siplab.trace.RunSummary;
import org.siplab.trace.Trace;

/**
 * What a report is made from: a run's trace, the checker's findings, the scenario run's summary
 * (null for a trace that did not come from a scenario file), and, by event seq, the annotator's
 * explanation of each step and the path of the learner note that goes deeper.
 */
public record ReportInput(Trace trace, List<Finding> findings, RunSummary run,
    Map<Long, String> annotations, Map<Long, String> notes) {

  public ReportInput {
    Objects.requireNonNull(trace, "trace");
    findings = List.copyOf(findings);
    annotations = new TreeMap<>(annotations);
    notes = new TreeMap<>(notes);
  }

  /** A run without annotations or notes. */
  public static ReportInput of(Trace trace, List<Finding> findings, RunSummary run) {
    return new ReportInput(trace, findings, run, Map.of(), Map.of());
  }

  public ReportInput withAnnotations(Map<Long, String> byEvent) {
    return new ReportInput(trace, findings, run, byEvent, notes);
  }

  public ReportInput withNotes(Map<Long, String> byEvent) {
    return new ReportInput(trace, findings, run, annotations, byEvent);
  }

  /** Whether the trace was made from a packet capture (see {@link Trace#isCapture}). */
  public boolean captured() {
    return trace.isCapture();
  }
}
