package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("laying text out for an 80-column terminal")
class TextLayoutTest {

  @Test
  @DisplayName("wrapping keeps every line within 80 columns and every word in order")
  void wrap() {
    String text = "the path the request took so far; responses retrace it, top Via first, and"
        + " the top branch identifies the transaction (RFC 3261 section 20.42).";
    List<String> lines = TextLayout.wrap("        ", text);
    for (String line : lines) {
      assertTrue(line.length() <= TextLayout.WIDTH, line);
      assertTrue(line.startsWith("        "));
    }
    assertEquals(text, String.join(" ", lines.stream().map(String::strip).toList()));
  }

  @Test
  @DisplayName("a word longer than the line stays whole on a line of its own")
  void longWord() {
    String word = "x".repeat(100);
    assertEquals(List.of("  a", "  " + word, "  b"), TextLayout.wrap("  ", "a " + word + " b"));
  }

  @Test
  @DisplayName("clipping cuts at the width and marks the cut")
  void clip() {
    assertEquals("abc", TextLayout.clip("abc", 3));
    assertEquals("ab...", TextLayout.clip("abcdefgh", 5));
  }

  @Test
  @DisplayName("control and format characters are replaced one for one, tabs are kept")
  void printable() {
    assertEquals("a?b\tc?d?", TextLayout.printable("a\u001bb\tc\u202ed\r"));
  }
}
