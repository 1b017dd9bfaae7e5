package org.siplab.report;

import java.util.List;
import org.siplab.trace.RunSummary;

/**
 * The top of a report: what ran, how to run it again, and how it went.
 *
 * @param descriptionLeadHtml the description's first paragraph rendered from Markdown, raw HTML
 *     escaped; "" when it has none
 * @param descriptionRestHtml the rest of the description, rendered the same way
 * @param command the command that reproduces the run, with relative paths only, or null for a
 *     trace that did not come from a scenario file
 * @param commandNote what to fill in before running {@code command}, or null when it runs as is
 * @param verdicts each expectation's verdict, empty without a scenario run
 * @param passed "passed", "failed", or null without a scenario run
 * @param captured whether the trace was made from a packet capture (no seed, real time)
 * @param notes what the run tells its author without failing (a fault that hit no message)
 */
record Header(String scenario, String descriptionLeadHtml, String descriptionRestHtml,
    long seed, String command, String commandNote,
    List<RunSummary.Verdict> verdicts, List<String> scriptProblems, String passed,
    String stopped, long messages, long events, String duration, FindingCounts findings,
    boolean captured, List<String> notes) {

  /** How many findings of each severity. */
  record FindingCounts(long errors, long warnings, long info) {
    long total() {
      return errors + warnings + info;
    }
  }

  static Header of(ReportInput input, Ladder ladder) {
    RunSummary run = input.run();
    long duration = input.trace().events().isEmpty() ? 0
        : input.trace().events().get(input.trace().events().size() - 1).timeUs();
    Markdown.Split description = Markdown.split(run == null ? null : run.description());
    return new Header(input.trace().scenario(), description.leadHtml(),
        description.restHtml(), input.trace().seed(),
        run == null ? null : command(run.file(), input.trace().seed()),
        run == null ? null : commandNote(run.file()),
        run == null ? List.of() : run.verdicts(),
        run == null ? List.of() : run.scriptProblems(),
        run == null ? null : run.passed() ? "passed" : "failed",
        // Why the loop stopped matters only for a runaway: otherwise it names the horizon, a time
        // after the last event that reads as if it contradicted the run's duration.
        run == null || !run.runaway() ? null : run.stopped(), ladder.arrows().size(),
        input.trace().events().size(), TimeText.at(duration), counts(input), input.captured(),
        run == null ? List.of() : run.notes());
  }

  /**
   * {@code ./siplab run --seed 7 scenarios/x.yaml}, to type at the repository root. A file from
   * outside the siplab folder is recorded without its folder ({@code …/x.yaml}, see {@link
   * RunSummary#file}), and so is shown; an absolute path (in a trace.json written by hand or by an
   * older siplab) is shown the same way, by its name alone: the report must not depend on the
   * machine that made it. String rules, not {@code Path}, whose rules depend on the system.
   */
  static String command(String file, long seed) {
    String shown = file == null || file.isBlank() ? "SCENARIO.yaml" : file.replace('\\', '/');
    String prefix = "./siplab run --seed " + seed + " ";
    if (elsewhere(shown)) {
      String name = shown.substring(shown.lastIndexOf('/') + 1);
      return prefix + RunSummary.ELSEWHERE + shellWord(name);
    }
    // A name starting with '-' would be read as an option: ./-x.yaml is the same file.
    return prefix + shellWord(shown.startsWith("-") ? "./" + shown : shown);
  }

  /** For a command whose file's folder is not known, says so and what to do; else null. */
  static String commandNote(String file) {
    if (file == null || !elsewhere(file.replace('\\', '/'))) {
      return null;
    }
    return "The scenario file was outside the siplab folder, whose path the report does not"
        + " record (it must be the same on every machine): put the file's folder in place of "
        + RunSummary.ELSEWHERE;
  }

  private static boolean elsewhere(String file) {
    return file.startsWith(RunSummary.ELSEWHERE) || file.startsWith("/")
        || file.matches("[A-Za-z]:/.*");
  }

  /** The file as one shell word: quoted when it holds anything but safe characters. */
  private static String shellWord(String text) {
    if (text.matches("[A-Za-z0-9._/+-]+")) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static FindingCounts counts(ReportInput input) {
    long[] bySeverity = new long[Severities.ORDER.size()];
    input.findings().forEach(f -> bySeverity[Severities.rank(f.severity())]++);
    return new FindingCounts(bySeverity[0], bySeverity[1], bySeverity[2]);
  }
}
