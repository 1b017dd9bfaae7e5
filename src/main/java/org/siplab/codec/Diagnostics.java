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
  /** Diagnostics beyond {@link Limits#MAX_DIAGNOSTICS}, not kept; see {@link #add(Diagnostic)}. */
  private int dropped;
  /** The index of the byte that is not UTF-8 already reported, its U+FFFD in the text, or -1. */
  private int notUtf8 = -1;
  /** Where the last position was computed: the next one, usually further on, starts from there. */
  private int lastIndex;
  private int lastLine;
  private int lastLineStart;

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
    this.lastLine = firstLine;
  }

  void error(int index, String message, String rule, String rfc) {
    add(Severity.ERROR, index, message, rule, rfc);
  }

  void warning(int index, String message, String rule, String rfc) {
    add(Severity.WARNING, index, message, rule, rfc);
  }

  /**
   * The error for a byte that is not UTF-8, at {@code index}, where the text holds the U+FFFD that
   * stands for it. A grammar rule that then trips on that U+FFFD ("a display name containing
   * U+FFFD must be quoted") would speak of a character the student never wrote, about the same
   * place: such a diagnostic is left out, see {@link #add(Severity, int, String, String, String)}.
   */
  void notUtf8(int index, String message, String rule, String rfc) {
    error(index, message, rule, rfc);
    notUtf8 = index;
  }

  void add(Malformed m, String prefix) {
    error(m.index, prefix + m.getMessage(), m.rule, m.rfc);
  }

  /** A diagnostic at the start of a line of the body, given that line's number. */
  void atBody(Severity severity, int byteOffset, int line, String message, String rule,
      String rfc) {
    atBody(severity, byteOffset, line, 1, message, rule, rfc);
  }

  /** A diagnostic at a byte offset in the body, given its line and column. */
  void atBody(Severity severity, int byteOffset, int line, int column, String message, String rule,
      String rfc) {
    add(new Diagnostic(severity, line, column, byteOffset, message, rule, rfc));
  }

  /**
   * Keeps {@code d}, up to {@link Limits#MAX_DIAGNOSTICS}. Past that, one more diagnostic (an error
   * when any dropped one is) stands for all the rest, so a message never looks valid because its
   * errors came late.
   */
  void add(Diagnostic d) {
    if (list == null) {
      list = new ArrayList<>(4);
    }
    if (list.size() < Limits.MAX_DIAGNOSTICS) {
      list.add(d);
      return;
    }
    dropped++;
    Diagnostic at = list.size() > Limits.MAX_DIAGNOSTICS ? list.get(Limits.MAX_DIAGNOSTICS) : d;
    boolean error = d.isError() || at.isError();
    Diagnostic note = new Diagnostic(error ? Severity.ERROR : Severity.WARNING, at.line(),
        at.column(), at.offset(), "more than " + Limits.MAX_DIAGNOSTICS + " problems in this"
            + " message; " + dropped + " more from here on are not listed", "SIP-message",
        "RFC 3261 section 7");
    if (list.size() == Limits.MAX_DIAGNOSTICS) {
      list.add(note);
    } else {
      list.set(Limits.MAX_DIAGNOSTICS, note);
    }
  }

  private void add(Severity severity, int index, String message, String rule, String rfc) {
    if (index == notUtf8 && message.contains("U+FFFD")) {
      return;
    }
    int i = Math.max(0, Math.min(index, text.length()));
    // Diagnostics mostly come in text order: go on from the last position rather than from the
    // top, so that many of them cost a pass over the text, not a pass each.
    if (i < lastIndex) {
      lastIndex = 0;
      lastLine = firstLine;
      lastLineStart = 0;
    }
    int line = lastLine;
    int lineStart = lastLineStart;
    for (int k = lastIndex; k < i; k++) {
      if (text.charAt(k) == '\n') {
        line++;
        lineStart = k + 1;
      }
    }
    lastIndex = i;
    lastLine = line;
    lastLineStart = lineStart;
    int column = text.codePointCount(lineStart, i) + 1;
    int offset = textByteOffset + decoded.byteOffset(i);
    add(new Diagnostic(severity, line, column, offset, message, rule, rfc));
  }

  /** The header text the indexes count in, for a check that points inside a field's value. */
  String text() {
    return text;
  }

  /** The line number of the character at {@code index} in the header text. */
  int lineOf(int index) {
    int line = firstLine;
    for (int k = 0, end = Math.min(index, text.length()); k < end; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
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
