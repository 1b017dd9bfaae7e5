package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.Diagnostic.Severity;

/**
 * Where a diagnostic points when the line before the error holds characters outside ASCII. Lines
 * and columns count from 1 in characters (Unicode code points: an emoji is one column, although
 * Java holds it as two chars and UTF-8 as four bytes); the offset counts bytes of the datagram
 * from 0.
 */
@DisplayName("diagnostic positions")
class DiagnosticPositionTest {

  @Test
  @DisplayName("after a UTF-8 display name, the column counts characters and the offset counts"
      + " bytes")
  void columnsCountCharactersOffsetsCountBytes() {
    String from = "From: \"Zoë 😀 東京\" <sip:a@a.example.com>;tag=1 x";
    String text = "INVITE sip:bob@b.example.com SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1\r\n"
        + "Max-Forwards: 70\r\n"
        + "To: <sip:bob@b.example.com>\r\n"
        + from + "\r\n"
        + "Call-ID: 1@a\r\n"
        + "Contact: <sip:a@a.example.com>\r\n"
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

  @Test
  @DisplayName("the warning about bytes after the body points at the first of them, on the line"
      + " that follows as many line feeds as the datagram holds before it and at the column after"
      + " the characters before it on that line, whatever the line ends, keep-alive lines and"
      + " characters before")
  void bodyDiagnosticsCountTheLinesBeforeThem() {
    qt().withFixedSeed(0xB0D1L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
      Random random = new Random(seed);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = random.nextInt(3); i > 0; i--) {
        out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      StringBuilder head = new StringBuilder("OPTIONS sip:b@example.com SIP/2.0")
          .append(lineEnd(random)).append("Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1")
          .append(lineEnd(random)).append("To: <sip:b@example.com>").append(lineEnd(random))
          .append("From: <sip:a@example.com>;tag=1").append(lineEnd(random))
          .append("Call-ID: 1@a").append(lineEnd(random)).append("CSeq: 1 OPTIONS")
          .append(lineEnd(random));
      for (int i = random.nextInt(12); i > 0; i--) {
        head.append("Subject: ").append(random.nextBoolean() ? "x".repeat(random.nextInt(20))
            : "Zoë 東京 " + random.nextInt(1000)).append(lineEnd(random));
      }
      StringBuilder body = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        body.append(random.nextBoolean() ? "a=" : "é=".repeat(random.nextInt(12)))
            .append(random.nextBoolean() ? "\n" : "\r\n");
      }
      byte[] bodyBytes = body.append("tail").toString().getBytes(StandardCharsets.UTF_8);
      int declared = random.nextInt(bodyBytes.length);
      head.append("Content-Length: ").append(declared).append("\r\n\r\n");
      out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      int bodyStart = out.size();
      out.writeBytes(bodyBytes);
      byte[] datagram = out.toByteArray();

      Diagnostic d = SipParser.parse(datagram).diagnostics().stream()
          .filter(x -> x.message().contains("were ignored")).findFirst().orElseThrow();
      assertEquals(bodyStart + declared, d.offset(), "the first byte after the body");
      int lineFeedsBefore = 0;
      for (int i = 0; i < d.offset(); i++) {
        lineFeedsBefore += datagram[i] == '\n' ? 1 : 0;
      }
      assertEquals(lineFeedsBefore + 1, d.line(), () -> new String(datagram,
          StandardCharsets.UTF_8));
      assertTrue(d.line() > 1);
      int lineStart = d.offset();
      while (datagram[lineStart - 1] != '\n') {
        lineStart--;
      }
      String before = new String(datagram, lineStart, d.offset() - lineStart,
          StandardCharsets.UTF_8);
      assertEquals(before.codePointCount(0, before.length()) + 1, d.column(),
          "the column counts the characters before it on its line");
    });
  }

  @Test
  @DisplayName("URI headers in a Request-URI are an error at the '?' that starts them, not at a '?'"
      + " in the user part before the '@'")
  void requestUriHeadersPointAtTheirQuestionMark() {
    String invite = String.join("\r\n",
        "INVITE sip:a?b@h?x=y SIP/2.0",
        "Via: SIP/2.0/UDP a.example.com;branch=z9hG4bK1",
        "Max-Forwards: 70",
        "To: <sip:bob@b.example.com>",
        "From: <sip:a@a.example.com>;tag=1",
        "Call-ID: 1@a",
        "Contact: <sip:a@a.example.com>",
        "CSeq: 1 INVITE",
        "Content-Length: 0",
        "", "");
    ParseResult r = SipParser.parse(invite);
    assertEquals(1, r.diagnostics().size(), r.diagnostics()::toString);
    Diagnostic d = r.diagnostics().get(0);
    assertEquals("Request-URI", d.rule());
    assertEquals(1, d.line());
    assertEquals(17, d.column(), "the '?' after the host h, not the one in the user part a?b");
    assertEquals(16, d.offset());

    ParseResult userOnly = SipParser.parse(invite.replace("h?x=y", "h"));
    assertEquals(List.of(), userOnly.diagnostics(), "'?' is user-unreserved (section 25.1)");
    ParseResult noUser = SipParser.parse(invite.replace("sip:a?b@h?x=y", "sip:h;lr?x=y"));
    assertEquals(16, noUser.diagnostics().get(0).column(), noUser.diagnostics()::toString);
  }

  private static String lineEnd(Random random) {
    return random.nextInt(4) == 0 ? "\n" : "\r\n";
  }
}
