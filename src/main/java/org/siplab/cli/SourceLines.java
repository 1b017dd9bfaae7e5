package org.siplab.cli;

import java.util.ArrayList;
import java.util.List;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipText;
import org.siplab.message.Quoting;

/**
 * The datagram as numbered lines of text, numbered as the parser numbers its diagnostics, so that
 * the linter can show a header "as written" and point a caret at a diagnostic's column.
 *
 * <p>RFC 3261 section 7.5 lets CRLFs come before the start line; the parser skips them but keeps
 * counting lines, and so does this class. Each line is decoded as UTF-8 (each invalid byte becomes
 * U+FFFD, as in the parser) and loses its line end: LF, or CR LF. The header section runs from the
 * line after the start line up to the first empty line (section 7: the empty line ends it).
 */
final class SourceLines {

  /** One header field as written: its first line's number and its physical lines (folds kept). */
  record Field(int lineNumber, List<String> lines) {

    /**
     * The field name as written ({@code field-name HCOLON}, section 7.3.1), or {@code null} when
     * the first line is not a header field at all.
     */
    String name() {
      String first = lines.get(0);
      int end = 0;
      while (end < first.length() && Quoting.isTokenChar(first.charAt(end))) {
        end++;
      }
      int colon = end;
      while (colon < first.length()
          && (first.charAt(colon) == ' ' || first.charAt(colon) == '\t')) {
        colon++;
      }
      boolean isField = end > 0 && colon < first.length() && first.charAt(colon) == ':';
      return isField ? first.substring(0, end) : null;
    }
  }

  private final List<String> lines;
  private final int firstLineNumber;

  private SourceLines(List<String> lines, int firstLineNumber) {
    this.lines = lines;
    this.firstLineNumber = firstLineNumber;
  }

  static SourceLines of(byte[] datagram) {
    // Skipped exactly as the parser skips them (section 7.5), so that line numbers agree.
    int start = SipParser.startLineOffset(datagram);
    int skippedLines = 0;
    for (int i = SipParser.byteOrderMarkLength(datagram); i < start; i++) {
      if (datagram[i] == '\n') {
        skippedLines++;
      }
    }
    // Decoded as the parser decodes, so that a caret lands on the column a diagnostic gives.
    String text = SipText.decode(datagram, start, datagram.length);
    return new SourceLines(split(text), skippedLines + 1);
  }

  private static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int lf = text.indexOf('\n', from);
      int end = lf < 0 ? text.length() : lf;
      // Only CR LF ends a line; a CR that ends the datagram is a character of the last line, as
      // the parser counts it (section 7).
      int contentEnd = lf >= 0 && end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
      out.add(text.substring(from, contentEnd));
      if (lf < 0) {
        break;
      }
      from = lf + 1;
    }
    return out;
  }

  /** The line with this number (from 1) without its line end, or {@code null} past the end. */
  String line(int number) {
    int index = number - firstLineNumber;
    return index >= 0 && index < lines.size() ? lines.get(index) : null;
  }

  int startLineNumber() {
    return firstLineNumber;
  }

  /** The start line as written (empty for an empty datagram). */
  String startLine() {
    return lines.get(0);
  }

  /**
   * Whether an empty line ends the header section (section 7): an empty line with a line end after
   * it. The text after the last line end is not one, even when it is empty.
   */
  boolean hasEmptyLine() {
    for (int i = 1; i < lines.size() - 1; i++) {
      if (lines.get(i).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The header fields as written, in order; a line starting with whitespace continues a field. */
  List<Field> headerFields() {
    List<Field> fields = new ArrayList<>();
    List<String> current = null;
    int currentNumber = 0;
    for (int i = 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      String line = lines.get(i);
      boolean continuation = line.charAt(0) == ' ' || line.charAt(0) == '\t';
      if (!continuation || current == null) {
        if (current != null) {
          fields.add(new Field(currentNumber, List.copyOf(current)));
        }
        current = new ArrayList<>(2);
        currentNumber = firstLineNumber + i;
      }
      current.add(line);
    }
    if (current != null) {
      fields.add(new Field(currentNumber, List.copyOf(current)));
    }
    return fields;
  }
}
