package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.siplab.capture.Capture;
import org.siplab.capture.CaptureFile;
import org.siplab.capture.CaptureFormatException;
import org.siplab.capture.CaptureTrace;
import org.siplab.capture.CapturedDatagram;
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
      "Parse raw SIP messages (one per file, the file being the UDP datagram, or each SIP"
          + " message over UDP of a pcap or pcapng capture, named FILE#PACKET) and explain them.",
      "Exit status: 0 all valid (warnings allowed), 1 a message is invalid, 2 a file cannot be"
          + " read."
    })
public final class LintCommand implements Callable<Integer> {

  /** The events array of a trace.json (DESIGN.md). */
  private static final Pattern TRACE_EVENTS = Pattern.compile("\"events\"\\s*:\\s*\\[");

  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON object per file in a top-level array.")
  private boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "A file holding one datagram, a pcap or pcapng capture, or CAPTURE#N for"
          + " packet N of a capture alone.")
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
        Optional<PacketArgument> packet = PacketArgument.of(file);
        List<LintedFile> read = packet.isPresent() ? lintPacket(packet.get())
            : lint(file, DatagramFile.read(file));
        for (LintedFile f : read) {
          if (!json) {
            // A blank line between explanations; an unreadable file has none, only its stderr.
            out.print((explained ? "\n" : "") + LintTextWriter.explain(f));
            out.flush();
            explained = true;
          }
          linted.add(f);
        }
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

  /**
   * The file's message; for a packet capture (pcap or pcapng), each SIP message over UDP in it,
   * named {@code FILE#N} after its packet number, as Wireshark numbers frames. Other packets are
   * passed over.
   */
  private static List<LintedFile> lint(String file, byte[] bytes)
      throws DatagramFile.UnreadableException {
    if (!CaptureFile.isCapture(bytes)) {
      LintedFile linted = LintedFile.parse(file, bytes);
      // A scenario given to lint, which wants one message: "a request must start with a method
      // name, but found '# A siplab scenario'" would not say what happened.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (ScenarioInsteadOfTrace.isBlank(file, text)) {
        throw new DatagramFile.UnreadableException(ScenarioInsteadOfTrace.empty("SIP message,"
            + " which lint reads (one a file, as one UDP datagram carries it)"));
      }
      if (!linted.isValid() && ScenarioInsteadOfTrace.is(file, text)) {
        throw new DatagramFile.UnreadableException("this is a scenario file, not a SIP message"
            + " (run the scenario with: siplab run " + NewCommand.shellWord(file) + ")");
      }
      // A run's trace.json, whose messages are inside it: "a request must start with a method
      // name, but found '{'" would not say that either.
      if (!linted.isValid() && isTrace(text)) {
        throw new DatagramFile.UnreadableException("this is a trace.json, which siplab run"
            + " writes, not a SIP message (check its messages with: siplab check "
            + NewCommand.shellWord(file) + ")");
      }
      return List.of(linted);
    }
    Capture capture = capture(bytes);
    List<LintedFile> messages = new ArrayList<>();
    for (CapturedDatagram d : capture.datagrams()) {
      if (CaptureTrace.isSip(d.payload())) {
        messages.add(LintedFile.parse(file + "#" + d.packet(), d.payload()));
      }
    }
    if (messages.isEmpty()) {
      throw new DatagramFile.UnreadableException(TraceFiles.noSip(capture));
    }
    return messages;
  }

  /** A JSON object with the events array of a trace (DESIGN.md), which no message starts as. */
  private static boolean isTrace(String text) {
    return text.stripLeading().startsWith("{") && TRACE_EVENTS.matcher(text).find();
  }

  private static Capture capture(byte[] bytes) throws DatagramFile.UnreadableException {
    try {
      return CaptureFile.read(bytes);
    } catch (CaptureFormatException e) {
      throw new DatagramFile.UnreadableException("not a capture siplab can read: "
          + e.getMessage());
    }
  }

  /**
   * {@code capture.pcap#11}: the one message of that packet, named as {@link #lint} names it, or
   * why there is none.
   */
  private static List<LintedFile> lintPacket(PacketArgument argument)
      throws DatagramFile.UnreadableException {
    String file = argument.file();
    byte[] bytes = DatagramFile.read(file);
    if (!CaptureFile.isCapture(bytes)) {
      throw new DatagramFile.UnreadableException(file + " is not a pcap or pcapng capture, so #"
          + argument.packet() + " names no packet in it");
    }
    Capture capture = capture(bytes);
    if (argument.packet() < 1 || argument.packet() > capture.packets()) {
      throw new DatagramFile.UnreadableException("the capture holds packets 1 to "
          + capture.packets() + ", so there is no packet " + argument.packet());
    }
    for (CapturedDatagram d : capture.datagrams()) {
      if (d.packet() == argument.packet() && CaptureTrace.isSip(d.payload())) {
        return List.of(LintedFile.parse(file + "#" + d.packet(), d.payload()));
      }
    }
    throw new DatagramFile.UnreadableException("packet " + argument.packet() + " is not a SIP"
        + " message over UDP (siplab lint " + NewCommand.shellWord(file) + " lists those that"
        + " are)");
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
