package org.siplab.scenario.run;

import java.util.List;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

/**
 * What a scenario run produced: the trace, the checker's findings, the verdict of each
 * expectation, the script steps that could not be carried out, and the faults that hit nothing.
 *
 * @param stopped why the run loop stopped, in words
 * @param runaway whether the run loop stopped at the runaway limit of events before the
 *     scenario's end ({@code RunOutcome.Runaway}): an element or a timer that keeps making events
 *     without end, which makes the scenario broken whatever its expectations say
 */
public record RunResult(Scenario scenario, long seed, Trace trace, List<Finding> findings,
    List<Verdict> verdicts, List<ScriptProblem> scriptProblems, String stopped,
    boolean runaway, List<IdleFault> idleFaults) {

  public RunResult {
    findings = List.copyOf(findings);
    verdicts = List.copyOf(verdicts);
    scriptProblems = List.copyOf(scriptProblems);
    idleFaults = List.copyOf(idleFaults);
  }

  /**
   * A fault of the scenario that hit no message, so the run shows nothing of it: its pattern,
   * direction or nth does not fit what was sent. A note, not a failure: the run is still what the
   * scenario describes.
   *
   * @param fault the fault in words: {@code drop 200 INVITE from bob to alice}
   * @param matches how many messages it matched (all before its nth, when it has one)
   */
  public record IdleFault(SourcePosition position, String fault, long matches) {

    /** {@code the fault at t.yaml:9:22 (drop 200 INVITE from bob to alice) matched no message}. */
    public String note(SourcePosition at) {
      String what = "the fault at " + at + " (" + fault + ")";
      if (matches == 0) {
        return what + " matched no message";
      }
      return what + " hit no message: it matched " + matches
          + (matches == 1 ? " message" : " messages") + ", fewer than its nth";
    }
  }

  /** One expectation and whether the run met it, with what happened in words. */
  public record Verdict(Expectation expectation, boolean met, String explanation) {}

  /** A script step the element could not carry out ("alice.hangup: alice is not in a call"). */
  public record ScriptProblem(SourcePosition position, String message) {}

  /**
   * Passed: the run came to its end, every expectation was met and every script step carried out
   * (findings alone do not fail).
   */
  public boolean passed() {
    return !runaway && scriptProblems.isEmpty() && verdicts.stream().allMatch(Verdict::met);
  }
}
