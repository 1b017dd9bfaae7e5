package org.siplab.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;

/**
 * One file after linting: the path as the user typed it (so output never shows an absolute path the
 * user did not write), the datagram's bytes, and what the parser made of them.
 */
final class LintedFile {

  /** Message order: by line, then column; equal positions keep the parser's order. */
  private static final Comparator<Diagnostic> MESSAGE_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  private final String file;
  private final byte[] datagram;
  private final ParseResult result;

  private LintedFile(String file, byte[] datagram, ParseResult result) {
    this.file = file;
    this.datagram = datagram;
    this.result = result;
  }

  /** Parses the datagram; the bytes are kept, not copied, and never changed. */
  static LintedFile parse(String file, byte[] datagram) {
    return new LintedFile(file, datagram, SipParser.parse(datagram));
  }

  String file() {
    return file;
  }

  byte[] datagram() {
    return datagram;
  }

  ParseResult result() {
    return result;
  }

  boolean isValid() {
    return result.isValid();
  }

  /**
   * Every diagnostic in message order. The parser sorts them when it reads the whole message, but
   * not when it stops at an unreadable start line, so sort here once for every output.
   */
  List<Diagnostic> diagnostics() {
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
