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
}
