package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.siplab.check.Catalog;
import org.siplab.check.Checker;
import org.siplab.check.Durations;
import org.siplab.check.Rule;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceFormatException;
import org.siplab.trace.TraceJson;
import org.siplab.trace.TraceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siplab check [--write] TRACE.json}: runs the rule catalog over a trace and prints the
 * findings grouped by rule, in catalog order, each with the event that breaks it (seq, time,
 * sender and receiver, first line) and what happened.
 *
 * <p>Exit codes (DESIGN.md): 0 when no finding is an error (warnings and info allowed), 1 when one
 * is, 2 when the file cannot be read or is not a trace. With {@code --write} the file is rewritten
 * with the findings in its {@code findings} array, its annotations kept.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Check a trace.json, or the SIP over UDP in a pcap or pcapng capture, against the rule"
          + " catalog (see siplab rules) and print the findings.",
      "Exit status: 0 no error finding, 1 an error finding, 2 the file cannot be read."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--write", description = "Store the findings in the trace file's findings[].")
  private boolean write;

  @Parameters(paramLabel = "TRACE",
      description = "A trace.json written by siplab run, or a pcap or pcapng capture.")
  private String file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TraceFiles.Read read;
    try {
      read = TraceFiles.read(file, "check");
    } catch (TraceFiles.Unreadable e) {
      return fail(e.getMessage());
    } catch (TraceFormatException e) {
      return failAt(spec.commandLine().getErr(), file, e);
    }
    if (write && read.isCapture()) {
      return fail("--write stores findings in a trace.json; a capture has no place for them"
          + " (leave out --write)");
    }
    TraceReader.Document document = read.document();
    List<Finding> findings = Checker.check(document.trace());
    out.print(report(file, document.trace(), findings, read.isCapture()));
    if (read.isCapture()) {
      out.print(CaptureWords.summary(read.capture()));
    }
    out.flush();
    if (write) {
      try {
        Files.writeString(Path.of(file), TraceJson.write(document.trace(),
            document.annotations(), findings, document.run()), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return fail("cannot write: " + FileProblems.reason(e));
      }
      out.print("findings written to " + TextLayout.printable(file) + "\n");
      out.flush();
    }
    boolean error = findings.stream().anyMatch(f -> f.severity().equals("error"));
    return error ? Main.CHECK_FAILED : Main.OK;
  }

  private int fail(String reason) {
    PrintWriter err = spec.commandLine().getErr();
    err.print("siplab: " + TextLayout.printable(file) + ": " + reason + "\n");
    err.flush();
    return Main.BAD_INPUT;
  }

  /**
   * A trace.json that is not valid, said as DESIGN.md has it for an invalid input file:
   * {@code file:line:column: what is wrong}, exit 2.
   */
  static int failAt(PrintWriter err, String file, TraceFormatException e) {
    // The message quotes the file's text (an event's type), which may hold a newline or escape:
    // shown as lint shows text, so the message stays one line and cannot drive the terminal.
    err.print(TextLayout.printable(file) + ":" + e.line() + ":" + e.column() + ": "
        + TextLayout.printable(e.getMessage()) + "\n");
    err.flush();
    return Main.BAD_INPUT;
  }

  /**
   * The summary line, then one block a broken rule, in catalog order. For a capture, a message
   * is named by its packet too, as Wireshark numbers frames and {@code siplab lint CAPTURE#N}
   * reads it.
   */
  static String report(String file, Trace trace, List<Finding> findings, boolean capture) {
    StringBuilder out = new StringBuilder();
    out.append(TextLayout.printable(file)).append(": ").append(trace.events().size())
        .append(" events, ").append(counts(findings)).append('\n');
    for (Rule rule : Catalog.rules()) {
      List<Finding> mine = findings.stream()
          .filter(f -> f.rule().equals(rule.info().id())).toList();
      if (mine.isEmpty()) {
        continue;
      }
      out.append('\n');
      TextLayout.wrap("", rule.info().id() + " " + rule.info().severity().label() + ": "
          + rule.info().title()).forEach(line -> out.append(line).append('\n'));
      out.append("  (").append(rule.info().rfc()).append(")\n");
      for (Finding f : mine) {
        String where = TextLayout.printable(where(trace, f.event(), capture));
        out.append("  ").append(TextLayout.clip(where, TextLayout.WIDTH - 2)).append('\n');
        // A rule of a MUST may name a finding that breaks only a recommendation (TIMER-001: a
        // smaller T1 that still backs off); the reader is told it is less than the rule's.
        String severity = f.severity().equals(rule.info().severity().label()) ? ""
            : f.severity() + ": ";
        TextLayout.wrap("    ", severity + TextLayout.printable(f.message()))
            .forEach(line -> out.append(line).append('\n'));
      }
    }
    return out.toString();
  }

  private static String counts(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "no findings";
    }
    long errors = findings.stream().filter(f -> f.severity().equals("error")).count();
    long warnings = findings.stream().filter(f -> f.severity().equals("warning")).count();
    long info = findings.size() - errors - warnings;
    return plural(findings.size(), "finding") + ": " + plural(errors, "error") + ", "
        + plural(warnings, "warning") + ", " + info + " info";
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /**
   * {@code event 16 at 0.15 s, proxy-1 > proxy-2: ACK sip:bob@... SIP/2.0}; from a capture,
   * where each datagram is the packet of its number, {@code packet 6 (event 11) at ...}.
   */
  private static String where(Trace trace, long seq, boolean capture) {
    if (seq < 1 || seq > trace.events().size()) {
      return "event " + seq + " (not in the trace)";
    }
    TraceEvent e = trace.event(seq);
    String packet = !capture ? "" : e instanceof TraceEvent.Send s ? "packet " + s.datagram()
        : e instanceof TraceEvent.Deliver d ? "packet " + d.datagram() : "";
    String head = (packet.isEmpty() ? "event " + seq : packet + " (event " + seq + ")") + " at "
        + Durations.at(e.timeUs()) + ", ";
    if (e instanceof TraceEvent.Send s) {
      String line = s.message() == null ? "(no message)" : s.firstLine();
      return head + s.from() + " > " + s.to() + ": " + line;
    }
    if (e instanceof TraceEvent.Transaction t) {
      return head + t.element() + ": transaction " + t.transaction() + " " + t.fromState()
          + " > " + t.toState();
    }
    if (e instanceof TraceEvent.Timer t) {
      return head + t.element() + ": Timer " + t.timer() + " " + t.action();
    }
    return head + e.type();
  }
}
