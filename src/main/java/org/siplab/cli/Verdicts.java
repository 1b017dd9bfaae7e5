package org.siplab.cli;

import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.Summaries;
import org.siplab.trace.TraceEvent;

/** The lines {@code siplab run} prints about one run. */
final class Verdicts {

  private Verdicts() {}

  /**
   * {@code PASS scenarios/x.yaml (seed 7): 12 messages, no findings -> reports/x}; a note for
   * each fault that hit no message; and for a failure why the run loop stopped if it ran away,
   * each expectation not met and each script step not carried out, with where it is written, and
   * the command that replays it.
   */
  static String line(RunResult result, String writtenTo) {
    StringBuilder sb = new StringBuilder();
    // DESIGN.md promises one verdict line a scenario: a newline or escape sequence in a file name
    // would split it or drive the terminal, so names are shown as lint shows them ('?' for each).
    String file = TextLayout.printable(result.scenario().file());
    sb.append(result.passed() ? "PASS " : "FAIL ").append(file)
        .append(" (seed ").append(result.seed()).append("): ")
        .append(messages(result)).append(" messages, ").append(findings(result));
    if (result.runaway()) {
      sb.append(", stopped as a runaway");
    }
    if (writtenTo != null) {
      sb.append(" -> ").append(TextLayout.printable(writtenTo));
    }
    sb.append('\n');
    // Notes come whatever the verdict: a fault that hit nothing leaves a passing run untested, and
    // a link too slow for any transaction is the cause of a failure to look at first.
    for (RunResult.Note n : result.notes()) {
      sb.append("  note: ").append(TextLayout.printable(n.note(n.position()))).append('\n');
    }
    if (!result.passed()) {
      if (result.runaway()) {
        // The kernel's own words: after how many events, when, and what usually causes it.
        sb.append("  ").append(result.stopped()).append('\n');
      }
      for (RunResult.Verdict v : result.verdicts()) {
        if (!v.met()) {
          sb.append("  ").append(TextLayout.printable(v.expectation().position().toString()))
              .append(": expected ")
              .append(Summaries.what(v.expectation())).append('\n');
          for (String line : v.explanation().split("\n")) {
            sb.append("    ").append(TextLayout.printable(line)).append('\n');
          }
        }
      }
      for (RunResult.ScriptProblem p : result.scriptProblems()) {
        sb.append("  ").append(TextLayout.printable(String.valueOf(p.position()))).append(": ")
            .append(TextLayout.printable(p.message())).append('\n');
      }
      sb.append("  replay: ./siplab run --seed ").append(result.seed()).append(' ')
          .append(shellWord(file)).append('\n');
    }
    return sb.toString();
  }

  /**
   * The file as one shell word, so that the replay command pasted into a shell runs that file (a
   * path with a space would otherwise be two arguments): quoted when it holds anything but safe
   * characters, by the rule the report's command uses.
   */
  private static String shellWord(String text) {
    if (text.matches("[A-Za-z0-9._/+-]+")) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }

  private static long messages(RunResult result) {
    return result.trace().events().stream().filter(e -> e instanceof TraceEvent.Send).count();
  }

  private static String findings(RunResult result) {
    if (result.findings().isEmpty()) {
      return "no findings";
    }
    long errors = result.findings().stream().filter(f -> f.severity().equals("error")).count();
    long warnings = result.findings().stream().filter(f -> f.severity().equals("warning")).count();
    long info = result.findings().size() - errors - warnings;
    return count(result.findings().size(), "finding") + " (" + count(errors, "error") + ", "
        + count(warnings, "warning") + ", " + info + " info)";
  }

  /** {@code 1 error}, {@code 2 errors}. */
  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
