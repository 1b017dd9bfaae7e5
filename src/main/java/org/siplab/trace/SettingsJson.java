package org.siplab.trace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The {@code settings} object of trace.json, written and read back. */
final class SettingsJson {

  private SettingsJson() {}

  static void write(JsonGenerator g, RunSettings s) throws IOException {
    if (s == null) {
      g.writeNullField("settings");
      return;
    }
    g.writeObjectFieldStart("settings");
    g.writeNumberField("seed", s.seed());
    g.writeNumberField("t1Us", s.t1Us());
    g.writeNumberField("t2Us", s.t2Us());
    g.writeNumberField("t4Us", s.t4Us());
    g.writeFieldName("defaultLink");
    writeLink(g, s.defaultLink());
    g.writeArrayFieldStart("links");
    for (RunSettings.Link l : s.links()) {
      writeLink(g, l);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("faults");
    for (RunSettings.Fault f : s.faults()) {
      g.writeStartObject();
      g.writeStringField("from", f.from());
      g.writeStringField("to", f.to());
      g.writeStringField("action", f.action());
      g.writeStringField("matches", f.matches());
      g.writeNumberField("nth", f.nth());
      g.writeNumberField("extraUs", f.extraUs());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeLink(JsonGenerator g, RunSettings.Link l) throws IOException {
    g.writeStartObject();
    if (l.from() != null) {
      g.writeStringField("from", l.from());
      g.writeStringField("to", l.to());
    }
    g.writeNumberField("delayUs", l.delayUs());
    g.writeNumberField("jitterUs", l.jitterUs());
    g.writeNumberField("lossRatio", l.lossRatio());
    g.writeNumberField("duplicateRatio", l.duplicateRatio());
    g.writeNumberField("reorderRatio", l.reorderRatio());
    g.writeNumberField("reorderDelayUs", l.reorderDelayUs());
    g.writeArrayFieldStart("partitions");
    for (RunSettings.Window w : l.partitions()) {
      g.writeStartObject();
      g.writeNumberField("startUs", w.startUs());
      g.writeNumberField("endUs", w.endUs());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static RunSettings read(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    List<RunSettings.Link> links = new ArrayList<>();
    n.path("links").forEach(l -> links.add(readLink(l)));
    List<RunSettings.Fault> faults = new ArrayList<>();
    n.path("faults").forEach(f -> faults.add(new RunSettings.Fault(f.path("from").asText(),
        f.path("to").asText(), f.path("action").asText(), f.path("matches").asText(),
        f.path("nth").asInt(), f.path("extraUs").asLong())));
    return new RunSettings(n.path("seed").asLong(), n.path("t1Us").asLong(),
        n.path("t2Us").asLong(), n.path("t4Us").asLong(), readLink(n.path("defaultLink")), links,
        faults);
  }

  private static RunSettings.Link readLink(JsonNode l) {
    List<RunSettings.Window> windows = new ArrayList<>();
    l.path("partitions").forEach(w -> windows.add(
        new RunSettings.Window(w.path("startUs").asLong(), w.path("endUs").asLong())));
    return new RunSettings.Link(l.hasNonNull("from") ? l.get("from").asText() : null,
        l.hasNonNull("to") ? l.get("to").asText() : null, l.path("delayUs").asLong(),
        l.path("jitterUs").asLong(), l.path("lossRatio").asDouble(),
        l.path("duplicateRatio").asDouble(), l.path("reorderRatio").asDouble(),
        l.path("reorderDelayUs").asLong(), windows);
  }
}
