package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.Diagnostic.Severity;

/**
 * Line ends (RFC 3261 section 7: every line ends with CRLF; section 7.1: no CR or LF elsewhere).
 * The parser finds a CR that ends no line from counts its scan for the end of the header section
 * keeps, eight bytes at a time; these properties check it against a plain search, on messages with
 * and without characters outside ASCII (which take the byte-by-byte path).
 */
@DisplayName("line ends")
class LineEndsTest {

  private static final List<String> LINES = List.of(
      "INVITE sip:bob@biloxi.example.com SIP/2.0",
      "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds",
      "Max-Forwards: 70",
      "To: Bob <sip:bob@biloxi.example.com>",
      "From: Alice <sip:alice@atlanta.example.com>;tag=1928301774",
      "Call-ID: a84b4c76e66710@pc33.atlanta.example.com",
      "CSeq: 314159 INVITE",
      "Subject: lunch",
      "Contact: <sip:alice@pc33.atlanta.example.com>");

  @Test
  @DisplayName("a CR on its own anywhere in the header section is an error at its line and column,"
      + " and a message whose lines all end with CRLF gets no line-end diagnostic")
  void aLoneCarriageReturnIsAnErrorAtItsPosition() {
    qt().withFixedSeed(0xC12L).withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      String[] lines = LINES.toArray(String[]::new);
      if (random.nextBoolean()) {
        lines[7] = "Subject: déjeuner 東京 " + "x".repeat(random.nextInt(9));
      }
      String clean = String.join("\r\n", lines) + "\r\nContent-Length: 0\r\n\r\n";
      assertTrue(SipParser.parse(clean).diagnostics().stream()
          .noneMatch(d -> d.rule().equals("CRLF")), clean);

      // A CR put in a line (after its first character, so that no line starts with it).
      int line = random.nextInt(lines.length);
      int column = 1 + random.nextInt(lines[line].length() - 1);
      lines[line] = lines[line].substring(0, column) + "\r" + lines[line].substring(column);
      String text = String.join("\r\n", lines) + "\r\nContent-Length: 0\r\n\r\n";
      Diagnostic d = SipParser.parse(text).diagnostics().stream()
          .filter(x -> x.rule().equals("CRLF")).findFirst().orElseThrow(() ->
              new AssertionError("no CRLF diagnostic for " + text));
      assertEquals(Severity.ERROR, d.severity());
      assertEquals(line + 1, d.line());
      assertEquals(lines[line].codePointCount(0, column) + 1, d.column());
      assertEquals('\r', text.getBytes(StandardCharsets.UTF_8)[d.offset()]);
    });
  }

  @Test
  @DisplayName("lines that end with LF alone parse, with one warning at the first such line")
  void bareLineFeedsAreAWarningAtTheFirst() {
    qt().withFixedSeed(0x1FL).withExamples(1_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      StringBuilder text = new StringBuilder();
      int firstBare = -1;
      for (int i = 0; i < LINES.size(); i++) {
        boolean bare = random.nextInt(3) == 0;
        if (bare && firstBare < 0) {
          firstBare = i;
        }
        text.append(LINES.get(i)).append(bare ? "\n" : "\r\n");
      }
      text.append("Content-Length: 0\r\n\r\n");
      ParseResult r = SipParser.parse(text.toString());
      assertTrue(r.isValid(), r.diagnostics()::toString);
      List<Diagnostic> warnings = r.diagnostics().stream()
          .filter(d -> d.rule().equals("CRLF")).toList();
      if (firstBare < 0) {
        assertEquals(List.of(), warnings);
      } else {
        assertEquals(1, warnings.size());
        assertEquals(Severity.WARNING, warnings.get(0).severity());
        assertEquals(firstBare + 1, warnings.get(0).line());
        assertEquals(LINES.get(firstBare).length() + 1, warnings.get(0).column());
      }
    });
  }

  @Test
  @DisplayName("a CR before the start line that is not part of a CRLF is not skipped as a"
      + " keep-alive")
  void aLoneCarriageReturnBeforeTheStartLineIsAnError() {
    ParseResult r = SipParser.parse("\r\n\r" + String.join("\r\n", LINES)
        + "\r\nContent-Length: 0\r\n\r\n");
    assertTrue(!r.isValid(), r.diagnostics()::toString);
    Diagnostic d = r.diagnostics().stream().filter(x -> x.rule().equals("CRLF")).findFirst()
        .orElseThrow();
    assertEquals(2, d.line());
    assertEquals(1, d.column());
  }
}
