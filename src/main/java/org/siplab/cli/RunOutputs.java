package org.siplab.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.siplab.explain.Annotator;
import org.siplab.report.Report;
import org.siplab.report.ReportInput;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.Summaries;
import org.siplab.trace.RunSummary;
import org.siplab.trace.TraceJson;

/** What a run leaves behind: DIR/trace.json with annotations and findings, and DIR/index.html. */
final class RunOutputs {

  private RunOutputs() {}

  /**
   * Writes both files into {@code dir} and returns what the report was made from.
   *
   * @param file the scenario file as outputs name it ({@link HomePaths#scenario})
   */
  static ReportInput write(RunResult result, String file, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<Long, String> annotations = Annotator.annotate(result.trace());
    RunSummary summary = Summaries.of(result, file);
    try (Writer out = Files.newBufferedWriter(dir.resolve("trace.json"), StandardCharsets.UTF_8)) {
      TraceJson.write(out, result.trace(), annotations, result.findings(), summary);
    }
    ReportInput input = ReportInputs.ofRun(result.trace(), result.findings(), summary,
        annotations, dir);
    Report.write(input, dir);
    return input;
  }
}
