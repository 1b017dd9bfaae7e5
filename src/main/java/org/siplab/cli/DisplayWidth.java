package org.siplab.cli;

/**
 * How many terminal columns a code point takes, as wcwidth(3) counts them, so that the caret under
 * a diagnostic lands under its character. The parser's columns count code points (DESIGN.md), and
 * most code points take one column; two kinds do not:
 *
 * <ul>
 *   <li>a combining mark (Unicode general category Mn or Me, such as U+0301 COMBINING ACUTE
 *       ACCENT or the variation selector U+FE0F) is drawn over the character before it: zero;
 *   <li>an East Asian Wide or Fullwidth character (Unicode's EastAsianWidth.txt, W and F: CJK
 *       ideographs, kana, Hangul syllables, fullwidth forms) and an emoji drawn as a picture take
 *       two.
 * </ul>
 *
 * Java knows the categories but not East Asian width, and no library siplab already uses gives it
 * (ICU4J and JLine's WCWidth would), so the wide ranges are listed here: the blocks that are W or
 * F as a whole, and the emoji that are W, after Unicode 15's EastAsianWidth.txt. A character
 * missing from them takes one column, so the worst a gap can do is put a caret a column early.
 * Control and format characters never reach here: TextLayout#printable has replaced them.
 */
final class DisplayWidth {

  /** Inclusive ranges of code points two columns wide, in ascending order. */
  private static final int[] WIDE = {
    0x1100, 0x115F, // Hangul Jamo initial consonants
    0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
    0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693,
    0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
    0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA,
    0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C,
    0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0,
    0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, // emoji in the BMP
    0x2E80, 0x303E, // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    0x3041, 0x33FF, // kana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
    0x3400, 0x4DBF, // CJK ideographs extension A
    0x4E00, 0x9FFF, // CJK unified ideographs
    0xA000, 0xA4CF, // Yi
    0xA960, 0xA97F, // Hangul Jamo extended A
    0xAC00, 0xD7A3, // Hangul syllables
    0xF900, 0xFAFF, // CJK compatibility ideographs
    0xFE10, 0xFE19, 0xFE30, 0xFE6F, // vertical forms, CJK compatibility and small forms
    0xFF00, 0xFF60, 0xFFE0, 0xFFE6, // fullwidth forms
    0x16FE0, 0x16FE4, 0x17000, 0x18CFF, 0x1B000, 0x1B2FF, // Tangut, Khitan, kana supplements
    0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
    0x1F200, 0x1F2FF, // enclosed ideographic supplement
    0x1F300, 0x1F64F, // pictographs and emoticons (a few text-style symbols among them: one off)
    0x1F680, 0x1F6FF, // transport and map symbols
    0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F9FF, 0x1FA70, 0x1FAFF, // supplemental symbols and pictographs
    0x20000, 0x2FFFD, 0x30000, 0x3FFFD, // CJK ideographs, planes 2 and 3
  };

  private DisplayWidth() {}

  /** The columns {@code codePoint} takes on a terminal: 0, 1 or 2. */
  static int of(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return 0;
    }
    return codePoint >= WIDE[0] && isWide(codePoint) ? 2 : 1;
  }

  private static boolean isWide(int codePoint) {
    int low = 0;
    int high = WIDE.length / 2 - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (codePoint < WIDE[2 * mid]) {
        high = mid - 1;
      } else if (codePoint > WIDE[2 * mid + 1]) {
        low = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
