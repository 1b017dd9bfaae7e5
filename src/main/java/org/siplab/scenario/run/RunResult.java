package org.siplab.scenario.run;

import java.util.List;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

/**
 * What a scenario run produced: the trace, the checker's findings, the verdict of each
 * expectation, and the script steps that could not be carried out.
 *
 * @param stopped why the run loop stopped, in words
 * @param runaway whether the run loop stopped at the runaway limit of events before the
 *     scenario's end ({@code RunOutcome.Runaway}): an element or a timer that keeps making events
 *     without end, which makes the scenario broken whatever its expectations say
 */
public record RunResult(Scenario scenario, long seed, Trace trace, List<Finding> findings,
    List<Verdict> verdicts, List<ScriptProblem> scriptProblems, String stopped,
    boolean runaway) {

  public RunResult {
    findings = List.copyOf(findings);
    verdicts = List.copyOf(verdicts);
    scriptProblems = List.copyOf(scriptProblems);
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
