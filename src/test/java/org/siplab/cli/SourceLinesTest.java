package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.SipParser;

@DisplayName("the datagram's lines as the linter shows them")
class SourceLinesTest {

  private static final String FOLDED = "\r\n\r\nOPTIONS sip:a@b.example SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP c.example;branch=z9hG4bK1\r\n"
      + "Subject: first part\r\n"
      + "\tsecond part\r\n"
      + "not a header\r\n"
      + "\r\n"
      + "body line\r\n";

  private static SourceLines lines(String text) {
    return SourceLines.of(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("lines are numbered as the parser numbers them, keep-alive CRLFs included")
  void numberingMatchesTheParser() {
    SourceLines source = lines(FOLDED);
    assertEquals(3, source.startLineNumber());
    assertEquals("OPTIONS sip:a@b.example SIP/2.0", source.line(3));
    assertEquals("body line", source.line(9));
    assertNull(source.line(11));
    List<Diagnostic> diagnostics = SipParser.parse(FOLDED).diagnostics();
    Diagnostic notAHeader = diagnostics.stream()
        .filter(d -> d.message().contains("not a header field")).findFirst().orElseThrow();
    assertEquals("not a header", source.line(notAHeader.line()));
  }

  @Test
  @DisplayName("a folded header is one field of several lines, and a stray line has no name")
  void foldedFields() {
    List<SourceLines.Field> fields = lines(FOLDED).headerFields();
    assertEquals(3, fields.size());
    assertEquals("Via", fields.get(0).name());
    assertEquals(5, fields.get(1).lineNumber());
    assertEquals(List.of("Subject: first part", "\tsecond part"), fields.get(1).lines());
    assertEquals("Subject", fields.get(1).name());
    assertNull(fields.get(2).name());
  }

  @Test
  @DisplayName("an empty datagram has one empty start line and no fields")
  void emptyDatagram() {
    SourceLines source = SourceLines.of(new byte[0]);
    assertEquals("", source.startLine());
    assertEquals(List.of(), source.headerFields());
  }

  @Test
  @DisplayName("a name followed by spaces before the colon is still a field name")
  void spaceBeforeColon() {
    assertEquals("Via", lines("X sip:a@b SIP/2.0\r\nVia \t: x\r\n\r\n").headerFields().get(0)
        .name());
  }

  @Test
  @DisplayName("a CR on its own before the start line is kept in the start line, where the parser"
      + " reports it, not skipped like a keep-alive CRLF")
  void loneCarriageReturnBeforeTheStartLine() {
    String text = "\r\r\n\r\nOPTIONS sip:a@b.example SIP/2.0\r\n\r\n";
    Diagnostic loneCr = SipParser.parse(text).diagnostics().stream()
        .filter(d -> d.message().contains("CR (carriage return) on its own"))
        .findFirst().orElseThrow();
    SourceLines source = lines(text);
    assertEquals(1, source.startLineNumber());
    assertEquals("\r", source.line(loneCr.line()));
    assertEquals(1, lines("\rOPTIONS sip:a@b.example SIP/2.0\r\n\r\n").startLineNumber());
    assertEquals("\rOPTIONS sip:a@b.example SIP/2.0",
        lines("\rOPTIONS sip:a@b.example SIP/2.0\r\n\r\n").startLine());
  }

  @Test
  @DisplayName("a CR that ends the datagram without an LF stays in the last line, as the parser"
      + " counts it, so a caret after it lands on the line")
  void loneCarriageReturnAtTheEnd() {
    String text = "OPTIONS sip:a@b.example SIP/2.0\r\nVia: x\r\n\r";
    Diagnostic unterminated = SipParser.parse(text).diagnostics().stream()
        .filter(d -> d.message().contains("must end with an empty line"))
        .findFirst().orElseThrow();
    String line = lines(text).line(unterminated.line());
    assertEquals("\r", line);
    assertEquals(line.length() + 1, unterminated.column());
  }
}
