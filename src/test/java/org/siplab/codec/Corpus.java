package org.siplab.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the test corpora copied into src/test/resources/corpus. */
public final class Corpus {

  private Corpus() {}

  public static byte[] bytes(String path) {
    try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no corpus file " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }

  /** The rows of a TSV file without its header line, split on tabs. */
  public static List<String[]> tsv(String path) {
    List<String[]> rows = new ArrayList<>();
    String[] lines = text(path).split("\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        rows.add(lines[i].split("\t", -1));
      }
    }
    return rows;
  }

  /**
   * An RFC 3665 message file with its LF line ends turned into CRLF, as it would be on the wire.
   */
  public static byte[] rfc3665Message(String file) {
    return text("rfc3665/" + file).replace("\r\n", "\n").replace("\n", "\r\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The three benchmark messages. */
  public static List<byte[]> benchMessages() {
    return List.of(bytes("bench/invite-sdp.sip"), bytes("bench/register.sip"),
        bytes("bench/ok200-two-via-rr.sip"));
  }
}
