package org.siplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the trace.json that {@code siplab check} and {@code siplab report} are given, as strict
 * UTF-8 text. Reading stops after {@link #MAX_BYTES}, so that a file that never ends (a device
 * such as {@code /dev/zero}, a pipe) is refused with a message and exit 2 instead of filling the
 * memory and ending in a stack trace (DESIGN.md). The limit is several times the trace of
 * scenarios/long (about 70 MB for 10,000 messages).
 */
final class TraceText {

  static final int MAX_BYTES = 256 << 20;

  /** A file over the limit; its message is the reason, in words. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException() {
      super("it is larger than " + MAX_BYTES + " bytes, far more than a trace siplab writes");
    }
  }

  private TraceText() {}

  static String read(Path path) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new TooLargeException();
    }
    // Malformed bytes throw a CharacterCodingException, as Files.readString did.
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes)).toString();
  }
}
