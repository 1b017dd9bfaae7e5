package org.siplab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the lint explanation into an 80-column terminal, and makes message text safe to print.
 * Widths count code points, like the parser's columns; a wide (East Asian) character still counts
 * one when a line is wrapped or clipped, so such a line may run a little past 80 columns (the
 * caret under a diagnostic is padded by displayed width: DisplayWidth).
 */
final class TextLayout {

  /** The terminal width the text output is laid out for. */
  static final int WIDTH = 80;

  /** Source lines are shown after a gutter of this width: {@code "   12 | "}. */
  static final int GUTTER = 8;

  private static final String ELLIPSIS = "...";

  private TextLayout() {}

  /** The gutter before source line {@code number}, like a compiler's: {@code "   12 | "}. */
  static String gutter(int number) {
    return String.format(Locale.ROOT, "%5d | ", number);
  }

  /** The gutter under a source line, where the caret line starts. */
  static String blankGutter() {
    return " ".repeat(GUTTER - 2) + "| ";
  }

  /**
   * Word-wraps {@code text} into lines of at most {@link #WIDTH}, each starting with
   * {@code indent}.
   */
  static List<String> wrap(String indent, String text) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder(indent);
    int room = WIDTH - indent.length();
    int used = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int length = word.codePointCount(0, word.length());
      if (used > 0 && used + 1 + length > room) {
        out.add(line.toString());
        line.setLength(indent.length());
        used = 0;
      }
      if (used > 0) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += length;
    }
    if (used > 0) {
      out.add(line.toString());
    }
    return out;
  }

  /** The line cut to {@code width} code points, ending in "..." when something was cut. */
  static String clip(String line, int width) {
    int length = line.codePointCount(0, line.length());
    if (length <= width) {
      return line;
    }
    int end = line.offsetByCodePoints(0, width - ELLIPSIS.length());
    return line.substring(0, end) + ELLIPSIS;
  }

  /**
   * The text with each control character (other than tab) replaced by '?', one for one, so that a
   * hostile message cannot drive the terminal, and columns still line up with the parser's. Format
   * characters (such as the right-to-left override) are replaced too: they would make the line look
   * different from the bytes the parser read.
   */
  static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(isControl(c) ? '?' : c));
    return out.toString();
  }

  private static boolean isControl(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL -> c != '\t';
      case Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR -> true;
      default -> false;
    };
  }
}
