package org.siplab.cli;

/**
 * The source line of a diagnostic with a caret under its column, compiler style:
 *
 * <pre>
 *     3 | Max-Forwards: 7x
 *       |                ^
 * </pre>
 *
 * A line too long for the terminal is shown as a window around the caret, cut ends marked "...".
 * Columns count characters of the decoded line, as the parser's do (DESIGN.md: lines and columns
 * count from 1, in characters); the caret line is padded to the displayed width of the text
 * before the caret, so a combining mark or a wide character does not push the caret off, and a
 * tab before the caret is copied into the caret line so both lines expand it alike.
 */
final class DiagnosticExcerpt {

  private static final String MARK = "...";
  private static final int ROOM = TextLayout.WIDTH - TextLayout.GUTTER;

  private DiagnosticExcerpt() {}

  /** The two lines (each ending in \n) for a diagnostic at {@code column} of {@code line}. */
  static String render(int lineNumber, String line, int column) {
    int[] codePoints = TextLayout.printable(line).codePoints().toArray();
    int caret = Math.max(0, Math.min(column - 1, codePoints.length));
    int from = 0;
    int to = codePoints.length;
    if (codePoints.length >= ROOM) {
      int room = ROOM - 2 * MARK.length();
      from = Math.max(0, Math.min(caret - room / 2, codePoints.length - room));
      to = Math.min(codePoints.length, from + room);
    }
    String head = from > 0 ? MARK : "";
    String tail = to < codePoints.length ? MARK : "";
    String shown = head + new String(codePoints, from, to - from) + tail;
    return TextLayout.gutter(lineNumber) + shown + "\n" + TextLayout.blankGutter()
        + padding(codePoints, from, caret, head.length()) + "^\n";
  }

  /**
   * Spaces up to the caret, as many as the columns the text before it takes on a terminal (none
   * for a combining mark, two for a wide character: DisplayWidth), keeping tabs where the source
   * has them. The column in the diagnostic still counts code points, as the parser's do.
   */
  private static String padding(int[] codePoints, int from, int caret, int headLength) {
    StringBuilder pad = new StringBuilder(" ".repeat(headLength));
    for (int i = from; i < caret; i++) {
      if (codePoints[i] == '\t') {
        pad.append('\t');
      } else {
        pad.append(" ".repeat(DisplayWidth.of(codePoints[i])));
      }
    }
    return pad.toString();
  }
}
