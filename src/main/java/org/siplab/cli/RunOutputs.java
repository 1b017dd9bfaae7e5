package org.siplab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.explain.Annotator;
import org.siplab.report.Report;
import org.siplab.report.ReportInput;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.Summaries;
import org.siplab.trace.TraceJson;

/** What a run leaves behind: DIR/trace.json with annotations and findings, and DIR/index.html. */
final class RunOutputs {

  /**
   * Learner notes live in the repository's notes/ folder; a report sits two folders below the
   * repository (reports/NAME/), so its links climb two levels.
   */
  private static final String NOTES_FROM_REPORT = "../../";

  private RunOutputs() {}

  /** Writes both files into {@code dir} and returns what the report was made from. */
  static ReportInput write(RunResult result, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<Long, String> annotations = Annotator.annotate(result.trace());
    Files.writeString(dir.resolve("trace.json"), TraceJson.write(result.trace(), annotations,
        result.findings(), Summaries.of(result)), StandardCharsets.UTF_8);
    Map<Long, String> notes = new LinkedHashMap<>();
    Annotator.notes(result.trace()).forEach((seq, note) -> notes.put(seq,
        NOTES_FROM_REPORT + note));
    ReportInput input = ReportInput.of(result.trace(), result.findings(), Summaries.of(result))
        .withAnnotations(annotations)
        .withNotes(notes);
    Report.write(input, dir);
    return input;
  }
}
