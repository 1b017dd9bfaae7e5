package org.siplab.trace;

import java.util.List;

/**
 * What a scenario run adds to its trace for the report: the scenario file, its description, and
 * the verdict of each expectation, so that {@code siplab report trace.json} can show them without
 * running the scenario again.
 *
 * @param file the scenario file relative to the siplab folder ({@code scenarios/x.yaml}), or, for
 *     a file outside it, {@link #ELSEWHERE} and its name ({@code …/x.yaml}): never an absolute
 *     path, so that the trace is the same on every machine
 * @param description the scenario's Markdown description
 * @param stopped why the run loop stopped, in words
 * @param runaway whether the run loop stopped at its runaway limit of events instead of reaching
 *     the scenario's end: a scenario that never stops is broken, so such a run failed
 * @param notes what the run should tell its author without failing, such as a fault that hit no
 *     message ("the fault at x.yaml:9:22 (drop 200 INVITE from bob to alice) matched no message")
 */
public record RunSummary(String file, String description, List<Verdict> verdicts,
    List<String> scriptProblems, String stopped, boolean runaway, List<String> notes) {

  /**
   * Stands for the folder of a scenario file outside the siplab folder, which is not recorded:
   * {@code …/x.yaml}.
   */
  public static final String ELSEWHERE = "\u2026/";

  public RunSummary {
    verdicts = List.copyOf(verdicts);
    scriptProblems = List.copyOf(scriptProblems);
    notes = List.copyOf(notes);
  }

  /** A summary without notes. */
  public RunSummary(String file, String description, List<Verdict> verdicts,
      List<String> scriptProblems, String stopped, boolean runaway) {
    this(file, description, verdicts, scriptProblems, stopped, runaway, List.of());
  }

  /**
   * One expectation's verdict.
   *
   * @param what the expectation as written ("alice is in-call by 4s", "flow: ...")
   * @param where {@code file:line:column}
   */
  public record Verdict(String what, String where, boolean met, String explanation) {}

  public boolean passed() {
    return !runaway && scriptProblems.isEmpty() && verdicts.stream().allMatch(Verdict::met);
  }

  /**
   * The first sentence of a description's first paragraph, its lines joined, cut at
   * {@code limit} characters with an ellipsis: what a list of scenarios shows of each.
   */
  public static String firstSentence(String description, int limit) {
    if (description == null) {
      return "";
    }
    String paragraph = description.strip().split("\n\\s*\n", 2)[0].replaceAll("\\s+", " ");
    int stop = paragraph.indexOf(". ");
    String first = stop >= 0 ? paragraph.substring(0, stop + 1) : paragraph;
    if (first.length() > limit) {
      first = first.substring(0, limit - 1).strip() + "\u2026";
    }
    return first;
  }
}
