package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a description's Markdown as text for a terminal")
class PlainTextTest {

  @Test
  @DisplayName("emphasis, strong emphasis, code spans and links lose their marks and keep their"
      + " words")
  void marksGoAndWordsStay() {
    assertEquals("Alice dials extension 200, which the dialplan (extensions: { \"200\": bob })"
        + " sends to bob; see the RFC, and mind 2**31 and *this*.",
        PlainText.of("Alice dials extension **200**, which the *dialplan*\n"
            + "(`extensions: { \"200\": bob }`) sends to _bob_; see [the RFC](https://x.org),\n"
            + "and mind 2**31 and \\*this\\*."));
  }

  @Test
  @DisplayName("paragraphs stay apart by a blank line, so that the first sentence is cut from the"
      + " first one")
  void paragraphsStayApart() {
    // A code span's text is kept as written, stars and all.
    assertEquals("One **two**\n\nThree.", PlainText.of("One `**two**`\n\n\nThree.\n"));
    assertEquals("", PlainText.of(null));
  }

  @Test
  @DisplayName("keeps the stars of 2*T1 and 4*T1, and writes a table a row a line")
  void timerProductsAndTables() {
    assertEquals("after 2*T1, then 4*T1.", PlainText.of("after 2*T1, then 4*T1."));
    assertEquals("timer | value\nT1 | 0.5 s\nT2 | 4 s",
        PlainText.of("| timer | value |\n|---|---|\n| T1 | 0.5 s |\n| T2 | 4 s |\n"));
  }
}
