package org.siplab.trace;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The types of the values a trace.json's events and findings are made of, checked before they are
 * read. Jackson reads a value of the wrong type as 0, false or its text ("timer" as cause 0, an
 * object as an empty element name), so a broken or hand-edited trace would be checked and reported
 * as another trace; each such value is refused at its place instead ({@code file:line:column}).
 * A missing value still reads as before, so that a trace from before a field existed reads.
 */
final class TraceShape {

  /** The event fields read as whole numbers, besides seq, timeUs and cause. */
  private static final Set<String> NUMBERS =
      Set.of("datagram", "extraUs", "durationUs", "localCseq", "remoteCseq", "expiresUs");

  /** The event fields read as flags. */
  private static final Set<String> FLAGS = Set.of("copy");

  /** The event fields read as text; the type is checked against the list of types on its own. */
  private static final Set<String> TEXTS = Set.of("action", "annotation", "aor", "callId",
      "codec", "contact", "cseq", "detail", "dialog", "element", "fault", "from", "fromAddress",
      "fromState", "kind", "localRtp", "message", "owner", "peer", "reason", "remoteRtp",
      "remoteTarget", "retransmittedBy", "timer", "to", "toAddress", "toState", "transaction");

  private static final Set<String> FINDING_TEXTS = Set.of("rule", "severity", "message", "rfc");

  private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

  private TraceShape() {}

  /** Events are objects whose values are each of the type the reader takes them as. */
  static void checkEvent(String json, int index, JsonNode n) {
    String event = "event " + (index + 1);
    if (!n.isObject()) {
      throw located(json, JsonPositions.eventField(json, index, ""), event + " is " + shown(n)
          + "; expected an object with seq, timeUs and type");
    }
    if (!wholeOrAbsent(n.get("seq"))) {
      throw located(json, JsonPositions.eventField(json, index, "seq"), event + " has seq "
          + shown(n.get("seq")) + "; expected its place in the list, " + (index + 1));
    }
    if (!wholeOrAbsent(n.get("timeUs"))) {
      throw located(json, JsonPositions.eventField(json, index, "timeUs"), event + " has timeUs "
          + shown(n.get("timeUs")) + "; expected a whole number of microseconds since the start"
          + " of the run");
    }
    // The cause is the seq of the event that made this one happen (DESIGN.md), so it comes
    // before it; 0, as null, means none.
    JsonNode cause = n.get("cause");
    if (!wholeOrAbsent(cause) || cause != null && !cause.isNull()
        && (cause.asLong() < 0 || cause.asLong() >= index + 1)) {
      throw located(json, JsonPositions.eventField(json, index, "cause"), event + " has cause "
          + shown(cause) + "; expected the seq of an earlier event, or null");
    }
    n.fields().forEachRemaining(f -> {
      String name = f.getKey();
      JsonNode v = f.getValue();
      String expected = NUMBERS.contains(name) && !wholeOrAbsent(v) ? "a whole number"
          : FLAGS.contains(name) && !(v.isBoolean() || v.isNull()) ? "true or false"
          : TEXTS.contains(name) && !(v.isTextual() || v.isNull()) ? "a text or null"
          : null;
      if (expected != null) {
        throw located(json, JsonPositions.eventField(json, index, name), event + " has " + name
            + " " + shown(v) + "; expected " + expected);
      }
    });
  }

  /** A finding names its event by seq, and says the rest in words. */
  static void checkFinding(String json, int index, JsonNode f) {
    String finding = "finding " + (index + 1);
    if (!f.isObject()) {
      throw located(json, JsonPositions.itemField(json, "findings", index, ""), finding + " is "
          + shown(f) + "; expected an object with rule, severity, event, message and rfc");
    }
    if (!wholeOrAbsent(f.get("event"))) {
      throw located(json, JsonPositions.itemField(json, "findings", index, "event"), finding
          + " has event " + shown(f.get("event")) + "; expected the seq of the event it is about");
    }
    for (String name : FINDING_TEXTS) {
      JsonNode v = f.get(name);
      if (v != null && !v.isTextual() && !v.isNull()) {
        throw located(json, JsonPositions.itemField(json, "findings", index, name), finding
            + " has " + name + " " + shown(v) + "; expected a text or null");
      }
    }
    // A severity the report does not know would be counted as info, and an error hidden so.
    JsonNode severity = f.get("severity");
    if (severity != null && severity.isTextual()
        && !SEVERITIES.contains(severity.asText())) {
      throw located(json, JsonPositions.itemField(json, "findings", index, "severity"), finding
          + " has severity " + shown(severity) + "; expected error, warning or info");
    }
  }

  private static final Set<String> RUN_TEXTS = Set.of("file", "description", "stopped");

  private static final Set<String> RUN_FLAGS = Set.of("passed", "runaway");

  private static final Set<String> VERDICT_TEXTS = Set.of("what", "where", "explanation");

  /**
   * The run's summary, when there is one: a verdict's {@code met} read as Jackson reads it would
   * turn {@code "yes"} or {@code 1} into a failed expectation, and a report would show a run that
   * passed as failed; so each value of the wrong type is refused at its place, as in an event.
   */
  static void checkRun(String json, JsonNode run) {
    if (run == null || run.isNull()) {
      return;
    }
    if (!run.isObject()) {
      throw located(json, JsonPositions.path(json, "run"), "'run' is " + shown(run)
          + "; expected the run's summary, an object with file, passed and expectations");
    }
    run.fields().forEachRemaining(f -> {
      String expected = RUN_TEXTS.contains(f.getKey()) && !textOrNull(f.getValue()) ? "a text or"
          + " null" : RUN_FLAGS.contains(f.getKey()) && !flagOrNull(f.getValue()) ? "true or false"
          : null;
      if (expected != null) {
        throw located(json, JsonPositions.path(json, "run", f.getKey()), "the run has "
            + f.getKey() + " " + shown(f.getValue()) + "; expected " + expected);
      }
    });
    for (String list : new String[] {"scriptProblems", "notes"}) {
      checkTexts(json, run, list);
    }
    JsonNode verdicts = run.get("expectations");
    if (verdicts == null || verdicts.isNull()) {
      return;
    }
    if (!verdicts.isArray()) {
      throw located(json, JsonPositions.path(json, "run", "expectations"), "the run's"
          + " expectations are " + shown(verdicts) + "; expected a list of objects with what,"
          + " where, met and explanation");
    }
    for (int i = 0; i < verdicts.size(); i++) {
      checkVerdict(json, i, verdicts.get(i));
    }
  }

  private static void checkVerdict(String json, int index, JsonNode v) {
    String verdict = "expectation " + (index + 1) + " of the run";
    if (!v.isObject()) {
      throw located(json, JsonPositions.path(json, "run", "expectations", index), verdict
          + " is " + shown(v) + "; expected an object with what, where, met and explanation");
    }
    if (!flagOrNull(v.get("met"))) {
      throw located(json, JsonPositions.path(json, "run", "expectations", index, "met"), verdict
          + " has met " + shown(v.get("met")) + "; expected true or false");
    }
    for (String name : VERDICT_TEXTS) {
      if (!textOrNull(v.get(name))) {
        throw located(json, JsonPositions.path(json, "run", "expectations", index, name),
            verdict + " has " + name + " " + shown(v.get(name)) + "; expected a text or null");
      }
    }
  }

  /** {@code run.list}, when present, is a list of texts. */
  private static void checkTexts(String json, JsonNode run, String list) {
    JsonNode items = run.get(list);
    if (items == null || items.isNull()) {
      return;
    }
    if (!items.isArray()) {
      throw located(json, JsonPositions.path(json, "run", list), "the run has " + list + " "
          + shown(items) + "; expected a list of texts");
    }
    for (int i = 0; i < items.size(); i++) {
      if (!items.get(i).isTextual()) {
        throw located(json, JsonPositions.path(json, "run", list, i), "item " + (i + 1) + " of"
            + " the run's " + list + " is " + shown(items.get(i)) + "; expected a text");
      }
    }
  }

  private static boolean textOrNull(JsonNode value) {
    return value == null || value.isTextual() || value.isNull();
  }

  private static boolean flagOrNull(JsonNode value) {
    return value == null || value.isBoolean() || value.isNull();
  }

  static boolean wholeOrAbsent(JsonNode value) {
    return value == null || value.isNull()
        || (value.isIntegralNumber() && value.canConvertToLong());
  }

  /** A value as JSON, cut short: it goes into a one-line message. */
  static String shown(JsonNode value) {
    String text = String.valueOf(value);
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  static TraceFormatException located(String json, long offset, String message) {
    int[] lineColumn = JsonPositions.at(json, offset);
    return new TraceFormatException(message, lineColumn[0], lineColumn[1]);
  }
}
