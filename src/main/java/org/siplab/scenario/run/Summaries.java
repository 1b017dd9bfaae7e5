package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.trace.RunSummary;

/** A run's result in the words trace.json and the report use. */
public final class Summaries {

  private Summaries() {}

  /** The summary, naming the scenario file as it was loaded. */
  public static RunSummary of(RunResult result) {
    return of(result, result.scenario().file());
  }

  /**
   * The summary, naming the scenario file {@code file} in it and in every position it gives:
   * the command line passes the file as outputs show it (relative to the siplab folder), while
   * its own messages keep the name the user typed.
   */
  public static RunSummary of(RunResult result, String file) {
    List<RunSummary.Verdict> verdicts = new ArrayList<>();
    for (RunResult.Verdict v : result.verdicts()) {
      verdicts.add(new RunSummary.Verdict(what(v.expectation()),
          in(file, v.expectation().position()), v.met(), v.explanation()));
    }
    List<String> problems = new ArrayList<>();
    for (RunResult.ScriptProblem p : result.scriptProblems()) {
      problems.add(in(file, p.position()) + ": " + p.message());
    }
    List<String> notes = new ArrayList<>();
    for (RunResult.Note n : result.notes()) {
      notes.add(n.note(new SourcePosition(file, n.position().line(), n.position().column())));
    }
    return new RunSummary(file, result.scenario().description(), verdicts, problems,
        result.stopped(), result.runaway(), notes);
  }

  private static String in(String file, SourcePosition p) {
    return new SourcePosition(file, p.line(), p.column()).toString();
  }

  /** An expectation as a sentence: "alice is in-call by 4s", "flow: alice>proxy INVITE, ...". */
  public static String what(Expectation e) {
    if (e instanceof Expectation.State s) {
      return s.element() + " is " + s.state() + " by " + s.by();
    }
    if (e instanceof Expectation.Flow f) {
      return "flow: " + Expectations.describe(f.items())
          + (f.includeRetransmissions() ? " (retransmissions included)" : "");
    }
    if (e instanceof Expectation.Bindings b) {
      List<String> parts = new ArrayList<>();
      for (Expectation.Binding x : b.bindings()) {
        parts.add(x.registrar() + ": " + x.aor() + " -> " + x.contacts());
      }
      return "bindings" + b.at().map(t -> " at " + t).orElse(" at the end") + ": "
          + String.join("; ", parts);
    }
    Expectation.Findings f = (Expectation.Findings) e;
    return "findings: " + (f.expectsNone() ? "none" : String.join(", ", f.ruleIds()));
  }
}
