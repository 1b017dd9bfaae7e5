package org.siplab.codec;

import java.util.ArrayList;
import java.util.List;
import org.siplab.codec.Diagnostic.Severity;

/**
 * Collects the diagnostics of one parse and turns indexes in the decoded header text into line,
 * column and byte offset. Positions are computed only when a diagnostic is made, so a clean message
 * costs nothing here.
 */
final class Diagnostics {

  private final String text;
  private final Utf8Text decoded;
  private final int textByteOffset;
  private final int firstLine;
  private List<Diagnostic> list;

  /**
   * @param decoded the decoded header section (start line included)
   * @param textByteOffset where the text starts in the datagram (after skipped leading CRLFs)
   * @param firstLine the line number of the text's first character
   */
  Diagnostics(Utf8Text decoded, int textByteOffset, int firstLine) {
    this.decoded = decoded;
    this.text = decoded.text();
    this.textByteOffset = textByteOffset;
    this.firstLine = firstLine;
  }

  void error(int index, String message, String rule, String rfc) {
    add(Severity.ERROR, index, message, rule, rfc);
  }

  void warning(int index, String message, String rule, String rfc) {
    add(Severity.WARNING, index, message, rule, rfc);
  }

  void add(Malformed m, String prefix) {
    error(m.index, prefix + m.getMessage(), m.rule, m.rfc);
  }

  /** A diagnostic at a byte offset in the body, given the body's first line number. */
  void atBody(Severity severity, int byteOffset, int line, String message, String rule, String rfc) {
    add(new Diagnostic(severity, line, 1, byteOffset, message, rule, rfc));
  }

  void add(Diagnostic d) {
    if (list == null) {
      list = new ArrayList<>(4);
    }
    list.add(d);
  }

  private void add(Severity severity, int index, String message, String rule, String rfc) {
    int i = Math.max(0, Math.min(index, text.length()));
    int line = firstLine;
    int lineStart = 0;
    for (int k = 0; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    int column = text.codePointCount(lineStart, i) + 1;
    int offset = textByteOffset + decoded.byteOffset(i);
    add(new Diagnostic(severity, line, column, offset, message, rule, rfc));
  }

  boolean hasErrors() {
    if (list == null) {
      return false;
    }
    for (Diagnostic d : list) {
      if (d.isError()) {
        return true;
      }
    }
    return false;
  }

  /** The diagnostics in the order they appear in the message. */
  List<Diagnostic> sorted() {
    // Most messages have no diagnostic at all, and most others one: answer those without copying
    // or sorting (ParseResult keeps an immutable list as it is).
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    if (list.size() == 1) {
      return List.of(list.get(0));
    }
    List<Diagnostic> out = new ArrayList<>(list);
    out.sort(BY_POSITION);
    return out;
  }

  private static final java.util.Comparator<Diagnostic> BY_POSITION =
      java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

  List<Diagnostic> list() {
    return list == null ? List.of() : list;
  }
}
