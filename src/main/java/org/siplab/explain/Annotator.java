package org.siplab.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Explains every event of a trace in plain language for a student: why a message was sent now (the
 * script step, the timer or the message that caused it, by its seq), what a change changed (state,
 * CSeq, binding, before and after), the timer values in force, and the RFC section behind it.
 *
 * <p>Each explanation is built from what the trace shows, never from a template that could fit
 * another event: two events with different causes or effects get different sentences. The output
 * depends only on the trace: the same trace always gives the same text, in any locale.
 *
 * <pre>{@code
 * Map<Long, String> annotations = Annotator.annotate(trace);  // seq -> sentence
 * Map<Long, String> notes = Annotator.notes(trace);            // seq -> "notes/cseq.md"
 * String json = TraceJson.write(trace, annotations, findings);
 * }</pre>
 */
public final class Annotator {

  private Annotator() {}

  /** Every event's explanation, by seq, in seq order. */
  public static Map<Long, String> annotate(Trace trace) {
    Map<Long, String> out = new LinkedHashMap<>();
    explain(trace).forEach((seq, e) -> out.put(seq, e.text()));
    return out;
  }

  /**
   * The learner note about each event's concept, by seq, in seq order, as a path relative to the
   * repository root ({@code notes/transactions-and-timers.md}); events no note covers are absent.
   */
  public static Map<Long, String> notes(Trace trace) {
    Map<Long, String> out = new LinkedHashMap<>();
    explain(trace).forEach((seq, e) -> {
      if (e.note() != null) {
        out.put(seq, e.note().path());
      }
    });
    return out;
  }

  private static Map<Long, Explanation> explain(Trace trace) {
    Explainers explainers = new Explainers(new TraceIndex(trace));
    Map<Long, Explanation> out = new LinkedHashMap<>();
    for (TraceEvent e : trace.events()) {
      out.put(e.seq(), explainers.explain(e));
    }
    return out;
  }
}
