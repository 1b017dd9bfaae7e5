package org.siplab.scenario.load;

import org.siplab.scenario.model.SourcePosition;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Where a character of a scalar's value was written in the file. A value written on one line as
 * it reads is a column count from the scalar's start. Any other (a block scalar such as
 * {@code do: >-} with the words on the lines below, a value folded over lines, one with escapes)
 * is found by walking the written text beside the value: the characters that are not the value's
 * (quotes, indentation, the line breaks folding turned into spaces, escapes) are stepped over, so
 * that an error about a word points at that word, not at the {@code >-} three lines above it.
 */
final class ScalarPositions {

  private ScalarPositions() {}

  /**
   * Where the character {@code offset} code points into the scalar's value is ({@code offset} may
   * be the value's length: just after it). {@code text} is the file as code points; when the walk
   * cannot place the character, the answer is where the scalar starts.
   */
  static SourcePosition of(String file, int[] text, ScalarNode node, int offset) {
    SourcePosition start = Nodes.position(file, node);
    Mark begin = node.getStartMark().orElse(null);
    Mark end = node.getEndMark().orElse(null);
    if (begin == null || end == null || end.getIndex() > text.length) {
      return start;
    }
    int[] value = node.getValue().codePoints().toArray();
    int quotes = node.getScalarStyle() == ScalarStyle.PLAIN ? 0 : 1;
    if (writtenAsItReads(node, begin, end, value.length, quotes)) {
      return start.plusColumns(quotes + offset);
    }
    int found = walk(text, contentStart(text, begin, end, node.getScalarStyle()), end.getIndex(),
        value, offset);
    return found < 0 ? start : positionOf(file, text, begin, found);
  }

  private static boolean writtenAsItReads(ScalarNode node, Mark begin, Mark end, int length,
      int quotes) {
    ScalarStyle style = node.getScalarStyle();
    boolean oneLineStyle = style == ScalarStyle.PLAIN || style == ScalarStyle.SINGLE_QUOTED
        || style == ScalarStyle.DOUBLE_QUOTED;
    return oneLineStyle && begin.getLine() == end.getLine()
        && end.getColumn() - begin.getColumn() == length + 2 * quotes;
  }

  /**
   * Where the value's characters start being written: after the opening quote, or on the line
   * after a block scalar's indicator ({@code |}, {@code >-} and the like, with any comment).
   */
  private static int contentStart(int[] text, Mark begin, Mark end, ScalarStyle style) {
    int from = begin.getIndex();
    if (style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED) {
      while (from < end.getIndex() && text[from] != '\n') {
        from++;
      }
      return from;
    }
    return style == ScalarStyle.PLAIN ? from : from + 1;
  }

  /**
   * The index in {@code text} of the value's character {@code offset}: each of the value's
   * characters is matched with the next written character equal to it, a space or line break of
   * the value with any written space or line break (folding makes one of the other).
   */
  private static int walk(int[] text, int from, int to, int[] value, int offset) {
    int at = from;
    int last = -1;
    for (int i = 0; i <= offset && i < value.length; i++) {
      while (at < to && !same(text[at], value[i])) {
        at++;
      }
      if (at >= to) {
        return -1;
      }
      last = at++;
    }
    if (offset >= value.length) {
      return last < 0 ? -1 : last + 1;
    }
    return last;
  }

  private static boolean same(int written, int read) {
    return written == read || isBlank(read) && isBlank(written);
  }

  private static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** The line and column of {@code text[index]}, counted on from the scalar's start. */
  private static SourcePosition positionOf(String file, int[] text, Mark begin, int index) {
    int line = begin.getLine() + 1;
    int column = begin.getColumn() + 1;
    for (int i = begin.getIndex(); i < index; i++) {
      if (text[i] == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }
}
