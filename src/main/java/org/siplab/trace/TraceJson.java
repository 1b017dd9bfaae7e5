package org.siplab.trace;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Writes a trace as trace.json. The output is the same bytes for the same trace on every machine:
 * fields in a fixed order, two-space indentation, LF line ends, numbers without locale.
 *
 * <pre>
 * { "scenario", "seed", "settings": {...}, "elements": [...], "events": [...], "findings": [...] }
 * </pre>
 *
 * An element is {@code name, kind, address}, and {@code timers: {t1Us, t2Us, t4Us}} when its
 * transactions run on timers other than the run's; a trace without them is read as using the run's.
 *
 * Every event has {@code seq, timeUs, type, cause} (null when nothing caused it) and the fields of
 * its kind; {@code annotation} is the step's explanation when one was made. The events about a
 * message name what it belongs to (DESIGN.md): send, deliver, drop, duplicate and delay carry
 * {@code callId, cseq, transaction, dialog} (the last four repeat their send's); transaction and
 * timer events carry {@code callId} and {@code dialog}. An id that does not apply is null.
 * {@link TraceReader} reads a missing field as null, so older trace.json files still read.
 */
public final class TraceJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private TraceJson() {}

  public static String write(Trace trace, Map<Long, String> annotations, List<Finding> findings) {
    return write(trace, annotations, findings, null);
  }

  /** With the scenario run's summary (its file, description and expectation verdicts). */
  public static String write(Trace trace, Map<Long, String> annotations, List<Finding> findings,
      RunSummary run) {
    StringWriter out = new StringWriter(64 * 1024);
    write(out, trace, annotations, findings, run);
    return out.toString();
  }

  /**
   * As {@link #write(Trace, Map, List, RunSummary)}, into {@code out}, which is left open: a long
   * run's trace.json goes to its file as it is made, without a copy of it all in memory (the
   * bundled 10,000-message run's is 72 MB).
   */
  public static void write(Writer out, Trace trace, Map<Long, String> annotations,
      List<Finding> findings, RunSummary run) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeStringField("scenario", trace.scenario());
      g.writeNumberField("seed", trace.seed());
      SettingsJson.write(g, trace.settings());
      writeElements(g, trace.elements());
      g.writeArrayFieldStart("events");
      for (TraceEvent e : trace.events()) {
        EventJson.write(g, e, annotations.get(e.seq()));
      }
      g.writeEndArray();
      writeFindings(g, findings);
      if (run != null) {
        RunSummaryJson.write(g, run);
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeElements(JsonGenerator g, List<ElementInfo> elements)
      throws IOException {
    g.writeArrayFieldStart("elements");
    for (ElementInfo e : elements) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeStringField("kind", e.kind());
      g.writeStringField("address", e.address());
      if (e.timers() != null) {
        g.writeObjectFieldStart("timers");
        g.writeNumberField("t1Us", e.timers().t1Us());
        g.writeNumberField("t2Us", e.timers().t2Us());
        g.writeNumberField("t4Us", e.timers().t4Us());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("rule", f.rule());
      g.writeStringField("severity", f.severity());
      g.writeNumberField("event", f.event());
      g.writeStringField("message", f.message());
      g.writeStringField("rfc", f.rfc());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
