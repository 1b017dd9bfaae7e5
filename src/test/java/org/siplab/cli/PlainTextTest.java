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
}
