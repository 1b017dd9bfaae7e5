package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.Diagnostic.Severity;

/**
 * Where a diagnostic points when the line before the error holds characters outside ASCII. Lines and
 * columns count from 1 in characters (Unicode code points: an emoji is one column, although Java
 * holds it as two chars and UTF-8 as four bytes); the offset counts bytes of the datagram from 0.
 */
@DisplayName("diagnostic positions")
class DiagnosticPositionTest {

  @Test
  @DisplayName("after a UTF-8 display name, the column counts characters and the offset counts bytes")
  void columnsCountCharactersOffsetsCountBytes() {
    String from = "From: \"Zoë 😀 東京\" <sip:a@a.example.com>;tag=1 x";
    String text = "INVITE sip:bob@b.example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "Max-Forwards: 70\r\n"
        + "To: <sip:bob@b.example.com>\r\n"
        + from + "\r\n"
        + "Call-ID: 1@a\r\n"
        + "CSeq: 1 INVITE\r\n"
        + "Content-Length: 0\r\n"
        + "\r\n";
    ParseResult r = SipParser.parse(text);

    assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
    Diagnostic d = r.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals("From", d.rule());
    assertEquals("From: unexpected text after the value: 'x'", d.message());
    assertEquals(5, d.line());
    // 'x' is the 46th character of its line; it is the 47th UTF-16 char and the 54th byte.
    int xAt = from.indexOf(" x") + 1;
    assertEquals(46, from.codePointCount(0, xAt) + 1);
    assertEquals(47, xAt + 1);
    assertEquals(54, from.substring(0, xAt).getBytes(StandardCharsets.UTF_8).length + 1);
    assertEquals(46, d.column(), "columns count characters, not UTF-16 chars or bytes");
    int lineStart = text.indexOf(from);
    int expectedOffset = text.substring(0, lineStart).getBytes(StandardCharsets.UTF_8).length + 53;
    assertEquals(expectedOffset, d.offset(), "the offset counts bytes");
    assertEquals('x', text.getBytes(StandardCharsets.UTF_8)[d.offset()]);
  }
}
