package org.siplab.cli;

import java.util.regex.Pattern;
import org.siplab.trace.TraceFormatException;

/**
 * A scenario file given to {@code check} or {@code report}, which want the trace a run of it
 * writes: a common mix-up, since both are "the scenario" to a student. JSON's words for it
 * ("Unexpected character ('#' (code 35))") do not say what happened; this says which file was
 * meant and how to make it.
 */
final class ScenarioInsteadOfTrace {

  /** The top-level keys only a scenario has (scenarios/README.md), at the start of a line. */
  private static final Pattern SCENARIO_KEY =
      Pattern.compile("(?m)^(elements|script|expect|network)\\s*:");

  private ScenarioInsteadOfTrace() {}

  /**
   * Whether {@code text}, which is not a JSON trace (it does not start as JSON does), is a
   * scenario: named as one, or holding a scenario's keys. A .yaml file that is JSON is left to
   * the trace reader, whose errors then point into it.
   */
  static boolean is(String file, String text) {
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    if (start.startsWith("{") || start.startsWith("[")) {
      return false;
    }
    return file.endsWith(".yaml") || file.endsWith(".yml") || SCENARIO_KEY.matcher(text).find();
  }

  /**
   * Whether {@code file} is a blank file named as a scenario: it is no scenario either, and
   * calling it one by its name alone would send the student to siplab run, which refuses it too.
   */
  static boolean isBlank(String file, String text) {
    return text.isBlank() && is(file, text);
  }

  /**
   * The reason given for a blank file named as a scenario: it is empty, it holds no {@code
   * expected} (what the command reads, and which), and it is no scenario either, which would
   * need at least its elements; with the command that takes a scenario and the one that writes
   * one.
   */
  static String empty(String expected) {
    return "the file is empty: it holds no " + expected + ", and no scenario either, which"
        + " siplab run takes (a scenario has at least elements:; siplab new NAME writes a starter"
        + " one)";
  }

  /** The error for scenario {@code file}, at its start, with the command that runs it. */
  static TraceFormatException error(String file) {
    return new TraceFormatException("this is a scenario file, not a trace; expected a trace.json"
        + " or a capture (run the scenario with: siplab run " + NewCommand.shellWord(file) + ")",
        1, 1);
  }
}
