package org.siplab.explain;

import java.util.List;
import java.util.function.Predicate;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** Finds events in a trace for the wording tests. */
final class Find {

  private Find() {}

  static List<TraceEvent.Send> sends(Trace trace, Predicate<TraceEvent.Send> test) {
    return trace.events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).filter(test).toList();
  }

  static TraceEvent.Send send(Trace trace, Predicate<TraceEvent.Send> test) {
    return sends(trace, test).stream().findFirst().orElseThrow(() ->
        new AssertionError("no such send in the trace"));
  }

  /** The first send whose start line begins with {@code start}. */
  static TraceEvent.Send starting(Trace trace, String start) {
    return send(trace, s -> s.firstLine().startsWith(start));
  }

  static <E extends TraceEvent> List<E> all(Trace trace, Class<E> type) {
    return trace.events().stream().filter(type::isInstance).map(type::cast).toList();
  }
}
