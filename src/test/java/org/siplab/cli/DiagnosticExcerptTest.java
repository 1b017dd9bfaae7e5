package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the source excerpt under a diagnostic")
class DiagnosticExcerptTest {

  private static String[] render(String line, int column) {
    return DiagnosticExcerpt.render(12, line, column).split("\n");
  }

  /** The character the caret points at, found by position in the two printed lines. */
  private static char pointedAt(String[] excerpt) {
    return excerpt[0].charAt(excerpt[1].indexOf('^'));
  }

  @Test
  @DisplayName("a short line is shown whole with the caret under the column")
  void shortLine() {
    String[] e = render("CSeq: 1 BYE", 9);
    assertEquals("   12 | CSeq: 1 BYE", e[0]);
    assertEquals('B', pointedAt(e));
  }

  @Test
  @DisplayName("a long line is shown as a window around the caret that fits 80 columns")
  void longLineWindow() {
    String line = "Via: SIP/2.0/UDP " + "h".repeat(200) + "X" + "t".repeat(200);
    String[] e = render(line, 218);
    assertTrue(e[0].length() <= TextLayout.WIDTH, e[0]);
    assertTrue(e[0].contains("..."), "the cut is marked");
    assertEquals('X', pointedAt(e));
  }

  @Test
  @DisplayName("a caret near the end of a long line keeps the line's end in view")
  void longLineEnd() {
    String line = "a".repeat(150) + "Z";
    String[] e = render(line, 151);
    assertTrue(e[0].endsWith("aZ"), e[0]);
    assertEquals('Z', pointedAt(e));
  }

  @Test
  @DisplayName("a column just past the end of the line points after its last character")
  void pastTheEnd() {
    String[] e = render("abc", 4);
    assertEquals(e[0].length(), e[1].indexOf('^'));
  }

  @Test
  @DisplayName("a tab before the column is copied into the caret line so both expand alike")
  void tabsKept() {
    String[] e = render("To:\t<sip:b@x>", 5);
    assertEquals("      |    \t^", e[1]);
    assertEquals('<', pointedAt(e));
  }

  @Test
  @DisplayName("columns count characters, not bytes, and control characters print as '?'")
  void charactersAndControls() {
    String[] e = render("From: \"Jos\u00e9\u0007\" <sip:j@x>", 13);
    assertEquals("   12 | From: \"Jos\u00e9?\" <sip:j@x>", e[0]);
    assertEquals('"', pointedAt(e));
  }

  @Test
  @DisplayName("the caret stays under its character after combining marks, wide characters and"
      + " emoji, whose displayed widths are 0, 2 and 2")
  void caretAfterCombiningAndWideCharacters() {
    // Columns count code points: A : space é e U+0301 李 U+1F600 x, so the x is column 9; on a
    // terminal the text before it takes 3 + 1 + 1 + 0 + 2 + 2 = 9 columns.
    String[] e = render("A: \u00e9e\u0301\u674e\ud83d\ude00x", 9);
    assertEquals("      | " + " ".repeat(9) + "^", e[1]);
    String[] fullwidth = render("To: \uff21\uff22 <sip:a@b>", 8);
    assertEquals("      | " + " ".repeat(4 + 2 + 2 + 1) + "^", fullwidth[1], "under the '<'");
  }

  @Test
  @DisplayName("a code point's displayed width is 0 for a combining mark, 2 for East Asian wide"
      + " and fullwidth characters and emoji, and 1 otherwise")
  void displayWidths() {
    assertEquals(0, DisplayWidth.of(0x0301), "combining acute accent");
    assertEquals(0, DisplayWidth.of(0x20DD), "combining enclosing circle");
    assertEquals(0, DisplayWidth.of(0xFE0F), "variation selector 16");
    assertEquals(2, DisplayWidth.of(0x674E), "CJK ideograph");
    assertEquals(2, DisplayWidth.of(0xAC00), "Hangul syllable");
    assertEquals(2, DisplayWidth.of(0x3042), "hiragana");
    assertEquals(2, DisplayWidth.of(0xFF21), "fullwidth A");
    assertEquals(2, DisplayWidth.of(0x1F600), "grinning face");
    assertEquals(2, DisplayWidth.of(0x2705), "check mark button");
    assertEquals(2, DisplayWidth.of(0x20000), "CJK extension B");
    assertEquals(1, DisplayWidth.of('a'));
    assertEquals(1, DisplayWidth.of(0x00E9), "precomposed e acute");
    assertEquals(1, DisplayWidth.of(0xFF61), "halfwidth ideographic full stop");
    assertEquals(1, DisplayWidth.of(0x0416), "Cyrillic");
  }
}
