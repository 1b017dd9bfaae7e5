package org.siplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.siplab.capture.Capture;
import org.siplab.capture.CaptureFile;
import org.siplab.capture.CaptureFormatException;
import org.siplab.capture.CaptureTrace;
import org.siplab.trace.TraceFormatException;
import org.siplab.trace.TraceReader;

/**
 * The file {@code siplab check} and {@code siplab report} are given: a trace.json, or a packet
 * capture (pcap or pcapng, told by its first bytes), whose SIP datagrams become a trace (see
 * {@link CaptureTrace}). Reading stops after {@link #MAX_BYTES}, so that a file that never ends
 * (a device such as {@code /dev/zero}, a pipe) is refused with a message and exit 2 instead of
 * filling the memory and ending in a stack trace (DESIGN.md). The limit is several times the
 * trace of scenarios/long (about 70 MB for 10,000 messages).
 */
final class TraceFiles {

  static final int MAX_BYTES = 256 << 20;

  /**
   * What was read: the trace as a document, and for a capture what making the trace left out or
   * changed (null for a trace.json).
   */
  record Read(TraceReader.Document document, CaptureTrace.Result capture) {
    boolean isCapture() {
      return capture != null;
    }
  }

  /** A file over the limit; its message is the reason, in words. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("it is larger than " + MAX_BYTES + " bytes, far more than a trace siplab writes");
    }
  }

  /** A file that cannot be read; the message is the reason, in words. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  private TraceFiles() {}

  /** Reads {@code file} for {@code command} (check, report), which its errors name. */
  static Read read(String file, String command) throws Unreadable, TraceFormatException {
    byte[] bytes;
    try {
      Path path = Path.of(file);
      if (Files.isDirectory(path)) {
        throw new Unreadable("cannot read: it is a directory");
      }
      bytes = bytesOf(path);
    } catch (InvalidPathException e) {
      throw new Unreadable("cannot read: not a valid file name (" + e.getReason() + ")");
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + FileProblems.reason(e));
    }
    if (CaptureFile.isCapture(bytes)) {
      return capture(file, bytes);
    }
    String json;
    try {
      // Malformed bytes are refused, as Files.readString would refuse them.
      json = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (IOException e) {
      throw new Unreadable("cannot read: " + FileProblems.reason(e));
    }
    if (ScenarioInsteadOfTrace.isBlank(file, json)) {
      throw new Unreadable("cannot read: " + ScenarioInsteadOfTrace.empty("trace, which "
          + command + " reads (a trace.json that siplab run writes, or a pcap or pcapng"
          + " capture)"));
    }
    try {
      return new Read(TraceReader.read(json), null);
    } catch (TraceFormatException e) {
      if (ScenarioInsteadOfTrace.is(file, json)) {
        throw ScenarioInsteadOfTrace.error(file);
      }
      throw e;
    }
  }

  private static Read capture(String file, byte[] bytes) throws Unreadable {
    Capture capture;
    try {
      capture = CaptureFile.read(bytes);
    } catch (CaptureFormatException e) {
      throw new Unreadable("not a capture siplab can read: " + e.getMessage());
    }
    String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName()
        .toString();
    CaptureTrace.Result result = CaptureTrace.of(capture, name);
    if (result.trace().events().isEmpty()) {
      throw new Unreadable(noSip(capture) + leftOutText(result.leftOut()));
    }
    TraceReader.Document document = new TraceReader.Document(result.trace(), Map.of(), List.of(),
        null, false);
    return new Read(document, result);
  }

  /** What is said of a capture that holds no SIP message over UDP. */
  static String noSip(Capture capture) {
    return "the capture holds " + capture.packets() + (capture.packets() == 1 ? " packet"
        : " packets") + " and no SIP message over UDP";
  }

  /**
   * {@code "; left out: 3 not UDP (...); 1 a fragment of ..."}, or nothing when nothing was
   * left out.
   */
  static String leftOutText(Map<String, Integer> leftOut) {
    StringBuilder out = new StringBuilder();
    leftOut.forEach((reason, count) -> out.append(out.length() == 0 ? "; left out: " : "; ")
        .append(count).append(' ').append(reason));
    return out.toString();
  }

  private static byte[] bytesOf(Path path) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new TooLargeException();
    }
    return bytes;
  }
}
