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

  /**
   * A failure at the first character of {@code text} that looks like a space or like nothing but
   * is neither: a non-breaking space, or an invisible character such as a zero-width space. Text
   * pasted from a web page or a chat brings them; split at ordinary spaces only, the words would
   * differ from what the student sees. Null when there is none.
   */
  static <T> Parsed<T> invisible(String text) {
    int offset = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1), offset++) {
      int c = text.codePointAt(i);
      if (looksLikeSpace(c)) {
        return Parsed.failure(offset, Nodes.quote(text) + " holds " + describe(c)
            + ", which looks like a space but does not separate words; expected an ordinary"
            + " space");
      }
      if (Character.getType(c) == Character.FORMAT) {
        return Parsed.failure(offset, Nodes.quote(text) + " holds " + describe(c)
            + ", an invisible character; expected nothing there (delete it)");
      }
    }
    return null;
  }

  /** A space other than the ordinary one, which {@link #split} does not split at. */
  static boolean looksLikeSpace(int c) {
    return Character.getType(c) == Character.SPACE_SEPARATOR && c != ' '
        && !Character.isWhitespace(c);
  }

  /** {@code a non-breaking space (U+00A0)}: the character's name, for a student. */
  static String describe(int c) {
    String name = switch (c) {
      case 0x00A0 -> "a non-breaking space";
      case 0x202F -> "a narrow non-breaking space";
      case 0x2007 -> "a figure space";
      case 0x3000 -> "an ideographic space";
      case 0x200B -> "a zero-width space";
      case 0x200C -> "a zero-width non-joiner";
      case 0x200D -> "a zero-width joiner";
      case 0x2060 -> "a word joiner";
      case 0xFEFF -> "a zero-width no-break space (a byte order mark)";
      case 0x00AD -> "a soft hyphen";
      default -> "the character " + Character.getName(c).toLowerCase(java.util.Locale.ROOT);
    };
    return name + " (" + codePoint(c) + ")";
  }

  /** {@code U+200B}. */
  static String codePoint(int c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", c);
  }

  /** The text from the start of {@code word} to the end, as written. */
  static String rest(String text, Word word) {
    return text.substring(text.offsetByCodePoints(0, word.offset())).strip();
  }
}
