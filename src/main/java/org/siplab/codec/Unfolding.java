package org.siplab.codec;

/** Section 7.3.1: a folded value and its runs of whitespace mean the same as single spaces. */
final class Unfolding {

  private Unfolding() {}

  /**
   * The value in {@code src[from, to)} with whitespace runs and folds as single spaces, trimmed.
   */
  static String normalize(String src, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = src.charAt(i);
      if (Cursor.isWhitespace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
