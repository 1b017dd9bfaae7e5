package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siplab lint [--json] FILE...}: parses raw SIP messages, one message a file, the file being
 * the UDP datagram (RFC 3261 section 18.3), and explains them.
 *
 * <p>Exit codes (DESIGN.md): 0 when every file holds a valid message, warnings allowed; 1 when any
 * message is invalid; 2 when a file cannot be read, which wins over 1. An unreadable file is
 * reported on stderr and the other files are still linted; with {@code --json} it keeps its object
 * in the array (DESIGN.md: one per file, so a script can pair files and objects by position), with
 * {@code valid} false, every message-derived value null and one error saying why it was not read.
 */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Parse raw SIP messages (one per file, the file being the UDP datagram) and explain them.",
      "Exit status: 0 all valid (warnings allowed), 1 a message is invalid, 2 a file cannot be read."
    })
public final class LintCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per file in a top-level array.")
  private boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "A file holding one datagram.")
  private List<String> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<LintedFile> linted = new ArrayList<>(files.size());
    boolean unreadable = false;
    boolean explained = false;
    for (String file : files) {
      try {
        LintedFile f = LintedFile.parse(file, DatagramFile.read(file));
        if (!json) {
          // A blank line between explanations; an unreadable file has none, only its stderr line.
          out.print((explained ? "\n" : "") + LintTextWriter.explain(f));
          out.flush();
          explained = true;
        }
        linted.add(f);
      } catch (DatagramFile.UnreadableException e) {
        // A file name is shown as the explanation shows it: no control character reaches the
        // terminal, whatever the name holds.
        err.print("siplab: " + TextLayout.printable(file) + ": cannot read: "
            + TextLayout.printable(e.reason()) + "\n");
        err.flush();
        linted.add(LintedFile.unreadable(file, e.reason()));
        unreadable = true;
      }
    }
    if (json) {
      writeJson(linted, out);
    }
    return unreadable ? Main.BAD_INPUT : allValid(linted) ? Main.OK : Main.CHECK_FAILED;
  }

  private static void writeJson(List<LintedFile> linted, PrintWriter out) {
    try {
      LintJsonWriter.write(linted, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON to standard output", e);
    }
  }

  private static boolean allValid(List<LintedFile> linted) {
    return linted.stream().allMatch(LintedFile::isValid);
  }
}
