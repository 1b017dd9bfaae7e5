package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.siplab.report.Report;
import org.siplab.trace.TraceFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siplab report TRACE [--out DIR]}: renders a trace.json (its events, findings, annotations
 * and run summary, as stored), or a capture's SIP messages as a trace (see {@link TraceFiles}),
 * into the self-contained HTML report DIR/index.html, the same page {@code siplab run} writes
 * for the same run in the same folder (see {@link ReportInputs}): a trace without findings or
 * annotations gets the checker's and the annotator's, and learner-note links are made from DIR.
 * DIR defaults to the trace's own folder, so {@code siplab report reports/x/trace.json}
 * refreshes reports/x/index.html.
 *
 * <p>Exit codes (DESIGN.md): 0 written, 2 the trace cannot be read or is not a trace, or the report
 * cannot be written; the message is {@code siplab: FILE: reason}, or {@code FILE:LINE:COLUMN:
 * reason} when the trace's text is wrong, never a stack trace.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Render a trace.json, or the SIP over UDP in a pcap or pcapng capture, as a"
          + " self-contained HTML report, DIR/index.html.",
      "Exit status: 0 written, 2 the trace cannot be read or the report cannot be written."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryArgument.class,
      description = "where to write index.html (default: the trace's folder)")
  Path out;

  @Parameters(paramLabel = "TRACE",
      description = "a trace.json written by siplab run, or a pcap or pcapng capture")
  String file;

  @Override
  public Integer call() {
    TraceFiles.Read read;
    try {
      read = TraceFiles.read(file, "report");
    } catch (TraceFiles.Unreadable e) {
      return fail(file, e.getMessage());
    } catch (TraceFormatException e) {
      return CheckCommand.failAt(spec.commandLine().getErr(), file, e);
    }
    Path dir = out != null ? out : folderOf(file);
    String blocked = DirectoryArgument.blocked(dir);
    if (blocked != null) {
      PrintWriter err = spec.commandLine().getErr();
      err.print("siplab: " + blocked + "\n");
      err.flush();
      return Main.BAD_INPUT;
    }
    Path written;
    try {
      // Made first, so that the note links are worked out from the folder as it really is.
      Files.createDirectories(dir);
      written = Report.write(ReportInputs.ofDocument(read.document(), dir, this::warn), dir);
    } catch (IOException e) {
      return fail(dir.toString(), "cannot write: " + FileProblems.reason(e));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print("wrote " + TextLayout.printable(written.toString()) + "\n");
    stdout.flush();
    return Main.OK;
  }

  private static Path folderOf(String trace) {
    Path parent = Path.of(trace).getParent();
    return parent != null ? parent : Path.of(".");
  }

  /** A problem that leaves the report incomplete but worth writing: said, not fatal. */
  private void warn(String what) {
    PrintWriter err = spec.commandLine().getErr();
    err.print("siplab: " + TextLayout.printable(file) + ": warning: " + what + "\n");
    err.flush();
  }

  private int fail(String what, String reason) {
    PrintWriter err = spec.commandLine().getErr();
    err.print("siplab: " + TextLayout.printable(what) + ": " + reason + "\n");
    err.flush();
    return Main.BAD_INPUT;
  }

}
