package org.siplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import org.siplab.capture.CaptureFile;

/**
 * Reads one FILE argument of {@code siplab lint}: the raw bytes of one UDP datagram, unchanged (no
 * line-ending conversion, because CRLF versus LF is part of what the linter checks).
 *
 * <p>Reading stops after {@link #MAX_FILE_BYTES}, so that pointing the linter at a huge file or a
 * device such as {@code /dev/zero} fails with a message instead of exhausting memory. The limit is
 * far above the largest datagram (65,507 bytes), so the parser still gets to explain why a merely
 * oversized message is invalid.
 */
final class DatagramFile {

  /** Files larger than this are refused as unreadable rather than linted. */
  static final int MAX_FILE_BYTES = 1 << 20;

  /** A file that cannot be linted, with the reason in words, never a stack trace. */
  static final class UnreadableException extends Exception {
    private static final long serialVersionUID = 1L;

    UnreadableException(String reason) {
      super(reason, null, false, false);
    }

    String reason() {
      return getMessage();
    }
  }

  private DatagramFile() {}

  /**
   * The bytes of the file named as given on the command line. A packet capture (which {@code lint}
   * reads datagram by datagram) may be larger, up to {@link TraceFiles#MAX_BYTES}.
   */
  static byte[] read(String fileArgument) throws UnreadableException {
    Path path = toPath(fileArgument);
    if (Files.isDirectory(path)) {
      throw new UnreadableException("it is a directory");
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
      if (bytes.length > MAX_FILE_BYTES && CaptureFile.isCapture(bytes)) {
        byte[] rest = in.readNBytes(TraceFiles.MAX_BYTES + 1 - bytes.length);
        if (bytes.length + rest.length > TraceFiles.MAX_BYTES) {
          throw new UnreadableException("it is a capture larger than " + TraceFiles.MAX_BYTES
              + " bytes; cut it down, for example with editcap -r FILE OUT 1-1000");
        }
        byte[] all = Arrays.copyOf(bytes, bytes.length + rest.length);
        System.arraycopy(rest, 0, all, bytes.length, rest.length);
        return all;
      }
      if (bytes.length > MAX_FILE_BYTES) {
        throw new UnreadableException("it is larger than " + MAX_FILE_BYTES
            + " bytes, far more than one UDP datagram can carry");
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableException(FileProblems.reason(e));
    }
  }

  private static Path toPath(String fileArgument) throws UnreadableException {
    try {
      return Path.of(fileArgument);
    } catch (InvalidPathException e) {
      throw new UnreadableException("not a valid file name (" + e.getReason() + ")");
    }
  }

}
