package org.siplab.trace;

import java.util.List;

/**
 * What a scenario run adds to its trace for the report: the scenario file, its description, and
 * the verdict of each expectation, so that {@code siplab report trace.json} can show them without
 * running the scenario again.
 *
 * @param file the scenario file as given on the command line (relative, for reproducibility)
 * @param description the scenario's Markdown description
 */
public record RunSummary(String file, String description, List<Verdict> verdicts,
    List<String> scriptProblems, String stopped) {

  public RunSummary {
    verdicts = List.copyOf(verdicts);
    scriptProblems = List.copyOf(scriptProblems);
  }

  /**
   * One expectation's verdict.
   *
   * @param what the expectation as written ("alice is in-call by 4s", "flow: ...")
   * @param where {@code file:line:column}
   */
  public record Verdict(String what, String where, boolean met, String explanation) {}

  public boolean passed() {
    return scriptProblems.isEmpty() && verdicts.stream().allMatch(Verdict::met);
  }
}
