package org.siplab.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The {@code run} object of trace.json. */
final class RunSummaryJson {

  private RunSummaryJson() {}

  static void write(JsonGenerator g, RunSummary run) throws IOException {
    g.writeObjectFieldStart("run");
    g.writeStringField("file", run.file());
    g.writeStringField("description", run.description());
    g.writeBooleanField("passed", run.passed());
    g.writeStringField("stopped", run.stopped());
    g.writeBooleanField("runaway", run.runaway());
    g.writeArrayFieldStart("expectations");
    for (RunSummary.Verdict v : run.verdicts()) {
      g.writeStartObject();
      g.writeStringField("what", v.what());
      g.writeStringField("where", v.where());
      g.writeBooleanField("met", v.met());
      g.writeStringField("explanation", v.explanation());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("scriptProblems");
    for (String p : run.scriptProblems()) {
      g.writeString(p);
    }
    g.writeEndArray();
    // Written only when there are some, so that the traces of runs without notes stay as they
    // were, byte for byte.
    if (!run.notes().isEmpty()) {
      g.writeArrayFieldStart("notes");
      for (String note : run.notes()) {
        g.writeString(note);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static RunSummary read(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<RunSummary.Verdict> verdicts = new ArrayList<>();
    n.path("expectations").forEach(v -> verdicts.add(new RunSummary.Verdict(
        v.path("what").asText(), v.path("where").asText(), v.path("met").asBoolean(),
        v.path("explanation").asText())));
    List<String> problems = new ArrayList<>();
    n.path("scriptProblems").forEach(p -> problems.add(p.asText()));
    List<String> notes = new ArrayList<>();
    n.path("notes").forEach(note -> notes.add(note.asText()));
    return new RunSummary(n.path("file").asText(), n.path("description").asText(), verdicts,
        problems, n.path("stopped").asText(), n.path("runaway").asBoolean(false), notes);
  }
}
