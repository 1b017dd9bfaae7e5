package org.siplab.trace;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a trace.json back (for {@code siplab check} and {@code siplab report}), so that checking
 * and reporting work the same on a simulated run and on any trace file.
 */
public final class TraceReader {

  /**
   * What a trace.json holds.
   *
   * @param findingsStored whether it has a findings array: a run's trace.json always has one,
   *     empty when the checker found nothing, so a trace without one was never checked
   */
  public record Document(Trace trace, Map<Long, String> annotations, List<Finding> findings,
      RunSummary run, boolean findingsStored) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TraceReader() {}

  public static Document read(String text) {
    // RFC 8259 section 8.1 lets a parser ignore a byte order mark, which some editors put at the
    // start of a UTF-8 file; scenario files are read the same way. Columns count after it.
    String json = text.startsWith("\uFEFF") ? text.substring(1) : text;
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw notJson(json, e);
    }
    if (root == null || !root.isObject() || !root.has("events")) {
      throw located(json, JsonPositions.root(json), "not a siplab trace: the top level must be an"
          + " object with 'scenario', 'seed' and 'events'");
    }
    // The values a trace is made of are refused at their place when they are of the wrong type,
    // rather than read as 0 (a report would show seed 0, an event at time 0). A missing one still
    // reads as before.
    JsonNode seed = root.get("seed");
    if (!TraceShape.wholeOrAbsent(seed)) {
      throw located(json, JsonPositions.field(json, "seed"), "the seed is "
          + TraceShape.shown(seed) + "; expected a whole number, the run's seed");
    }
    if (!root.get("events").isArray()) {
      throw located(json, JsonPositions.field(json, "events"), "'events' is "
          + TraceShape.shown(root.get("events")) + "; expected the list of the run's events");
    }
    Trace trace = new Trace(root.path("scenario").asText(), root.path("seed").asLong());
    trace.settings(SettingsJson.read(root.get("settings")));
    root.path("elements").forEach(e -> trace.addElement(new ElementInfo(
        e.path("name").asText(), e.path("kind").asText(), e.path("address").asText(),
        timers(e.get("timers")))));
    Map<Long, String> annotations = new LinkedHashMap<>();
    int index = 0;
    for (JsonNode n : root.path("events")) {
      TraceShape.checkEvent(json, index, n);
      String type = n.path("type").asText();
      if (!EventJson.TYPES.contains(type)) {
        throw located(json, JsonPositions.eventField(json, index, "type"), "event "
            + n.path("seq").asLong() + " has an unknown type '" + type + "'; expected one of: "
            + String.join(", ", EventJson.TYPES));
      }
      TraceEvent event = EventJson.read(n);
      if (event.seq() != trace.nextSeq()) {
        throw located(json, JsonPositions.eventField(json, index, "seq"), "event seq "
            + event.seq() + " is out of order; expected " + trace.nextSeq());
      }
      trace.append(seq -> event);
      if (n.hasNonNull("annotation")) {
        annotations.put(event.seq(), n.get("annotation").asText());
      }
      index++;
    }
    List<Finding> findings = new ArrayList<>();
    int findingIndex = 0;
    for (JsonNode f : root.path("findings")) {
      TraceShape.checkFinding(json, findingIndex++, f);
      findings.add(new Finding(f.path("rule").asText(), f.path("severity").asText(),
          f.path("event").asLong(), f.path("message").asText(), f.path("rfc").asText()));
    }
    TraceShape.checkRun(json, root.get("run"));
    return new Document(trace, annotations, findings, RunSummaryJson.read(root.get("run")),
        root.path("findings").isArray());
  }

  /**
   * An element's own timers, or null when it has none or they are not three positive whole
   * numbers: the explanations then use the run's, as for a trace written before they were.
   */
  private static ElementInfo.Timers timers(JsonNode n) {
    if (n == null || !n.isObject()) {
      return null;
    }
    for (String name : List.of("t1Us", "t2Us", "t4Us")) {
      JsonNode v = n.get(name);
      if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() <= 0) {
        return null;
      }
    }
    return new ElementInfo.Timers(n.get("t1Us").asLong(), n.get("t2Us").asLong(),
        n.get("t4Us").asLong());
  }

  /**
   * A syntax error where Jackson found it, in characters. Its message can name the place of a
   * bracket opened earlier as "[Source: REDACTED ...; line: 1, column: 40]", which is noise to a
   * user and counts columns in UTF-16 units: the line alone is kept. Nesting too deep is a
   * constraint Jackson reports without a place, so the place is found in the text.
   */
  private static TraceFormatException notJson(String json, JsonProcessingException e) {
    if (e instanceof StreamConstraintsException && e.getOriginalMessage() != null
        && e.getOriginalMessage().contains("nesting depth")) {
      int limit = StreamReadConstraints.defaults().getMaxNestingDepth();
      return located(json, JsonPositions.tooDeep(json, limit), "not valid JSON: lists and objects"
          + " are nested more than " + limit + " deep here; a trace.json nests a few levels");
    }
    String why = String.valueOf(e.getOriginalMessage()).replaceAll(
        "\\[Source: [^\\]]*; line: (\\d+), column: \\d+\\]", "line $1");
    why = JsonWording.plain(why);
    JsonLocation at = e.getLocation();
    if (at == null) {
      return new TraceFormatException("not valid JSON: " + why, 1, 1);
    }
    if (at.getCharOffset() < 0) {
      return new TraceFormatException("not valid JSON: " + why, at.getLineNr(), at.getColumnNr());
    }
    return located(json, at.getCharOffset(), "not valid JSON: " + why);
  }

  private static TraceFormatException located(String json, long offset, String message) {
    return TraceShape.located(json, offset, message);
  }
}
