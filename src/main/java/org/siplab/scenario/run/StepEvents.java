package org.siplab.scenario.run;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * The trace event of each script step that ran, so that a later event can be traced back to the
 * step that set it off through the events' causes (trace.json's {@code cause}). The run notes
 * that name a step by what happened long after it ran (a registration refused, a call refused
 * for want of a binding) share one record of the steps.
 */
final class StepEvents {

  /** The seq of each step's own trace event, to the step. */
  private final Map<Long, ScriptStep> steps = new HashMap<>();

  /** {@code step} is running now, and {@code stepEvent} is the seq of its trace event. */
  void started(ScriptStep step, long stepEvent) {
    steps.put(stepEvent, step);
  }

  /** The step whose own trace event is {@code seq}, or null. */
  ScriptStep stepAt(long seq) {
    return steps.get(seq);
  }

  /** The first step on {@code event}'s chain of causes. */
  Optional<ScriptStep> stepOf(Trace trace, TraceEvent event) {
    for (long seq = event.cause(); seq != TraceEvent.NO_CAUSE; ) {
      ScriptStep step = steps.get(seq);
      if (step != null) {
        return Optional.of(step);
      }
      seq = trace.event(seq).cause();
    }
    return Optional.empty();
  }
}
