package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;

/** Splits a line of text at whitespace, keeping where each word starts, in code points. */
final class Words {

  /** A word and its offset from the start of the text, in code points. */
  record Word(String text, int offset) {}

  private Words() {}

  static List<Word> split(String text) {
    List<Word> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      boolean space = Character.isWhitespace(text.codePointAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        words.add(new Word(text.substring(start, i), text.codePointCount(0, start)));
        start = -1;
      }
    }
    if (start >= 0) {
      words.add(new Word(text.substring(start), text.codePointCount(0, start)));
    }
    return words;
  }

  /** The text from the start of {@code word} to the end, as written. */
  static String rest(String text, Word word) {
    return text.substring(text.offsetByCodePoints(0, word.offset())).strip();
  }
}
