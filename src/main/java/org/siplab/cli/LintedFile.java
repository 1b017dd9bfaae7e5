package org.siplab.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;

/**
 * One file after linting: the path as the user typed it (so output never shows an absolute path the
 * user did not write), the datagram's bytes, and what the parser made of them; or, for a file that
 * could not be read, why not (no bytes and no parse result).
 */
final class LintedFile {

  /** Message order: by line, then column; equal positions keep the parser's order. */
  private static final Comparator<Diagnostic> MESSAGE_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final String file;
  private final byte[] datagram;
  private final ParseResult result;
  private final String unreadableReason;

  private LintedFile(String file, byte[] datagram, ParseResult result, String unreadableReason) {
    this.file = file;
    this.datagram = datagram;
    this.result = result;
    this.unreadableReason = unreadableReason;
  }

  /** Parses the datagram; the bytes are kept, not copied, and never changed. */
  static LintedFile parse(String file, byte[] datagram) {
    return new LintedFile(file, datagram, SipParser.parse(datagram), null);
  }

  /**
   * A file that could not be read: it still has its place in the output (DESIGN.md: one JSON object
   * per file), with {@code reason} (such as "no such file") in place of a parse.
   */
  static LintedFile unreadable(String file, String reason) {
    return new LintedFile(file, null, null, reason);
  }

  /** Why the file could not be read, or null when it was read. */
  String unreadableReason() {
    return unreadableReason;
  }

  String file() {
    return file;
  }

  /** The datagram's bytes; null for an unreadable file. */
  byte[] datagram() {
    return datagram;
  }

  /** What the parser made of the datagram; null for an unreadable file. */
  ParseResult result() {
    return result;
  }

  /** An unreadable file holds no message, so no valid one. */
  boolean isValid() {
    return result != null && result.isValid();
  }

  /**
   * Every diagnostic in message order. The parser sorts them when it reads the whole message, but
   * not when it stops at an unreadable start line, so sort here once for every output.
   */
  List<Diagnostic> diagnostics() {
    if (result == null) {
      return List.of();
    }
    List<Diagnostic> sorted = new ArrayList<>(result.diagnostics());
    sorted.sort(MESSAGE_ORDER);
    return sorted;
  }

  List<Diagnostic> errors() {
    return diagnostics().stream().filter(Diagnostic::isError).toList();
  }

  List<Diagnostic> warnings() {
    return diagnostics().stream().filter(d -> !d.isError()).toList();
  }
}
