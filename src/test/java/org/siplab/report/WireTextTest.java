package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the wire text of the step panel")
class WireTextTest {

  private static final String INVITE = "INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
      + "Via: SIP/2.0/UDP pc33.atlanta.example.com;branch=z9hG4bK776asdhds\r\n"
      + "To: Bob <sip:bob@biloxi.example.com>\r\n"
      + "From: \"A;tag=no\" <sip:alice@atlanta.example.com;tag=inuri>;tag=1928301774\r\n"
      + "Call-ID: a84b4c76e66710@pc33.atlanta.example.com\r\n"
      + "CSeq: 314159 INVITE\r\n"
      + "Content-Length: 12\r\n"
      + "\r\n"
      + "Call-ID: no\r\n";

  @Test
  @DisplayName("lines end in LF and the Call-ID, CSeq, From tag and branch are marked, the body"
      + " never")
  void marks() {
    WireText wire = WireText.of(INVITE);
    assertEquals(INVITE.replace("\r\n", "\n"), wire.text());
    assertEquals(List.of("branch=z9hG4bK776asdhds", "tag=1928301774",
        "a84b4c76e66710@pc33.atlanta.example.com", "314159 INVITE"), marked(wire));
    assertEquals(List.of("branch", "tag", "callid", "cseq"),
        wire.highlights().stream().map(WireText.Highlight::kind).toList());
  }

  @Test
  @DisplayName("compact header names and every Via value are marked too")
  void compactForms() {
    String message = "SIP/2.0 180 Ringing\r\n"
        + "v: SIP/2.0/UDP a.example.com;branch=z9hG4bK1,"
        + " SIP/2.0/UDP b.example.com ;branch=z9hG4bK2\r\n"
        + "t: <sip:bob@b.example.com>;tag=8321234356\r\n"
        + "f: <sip:alice@a.example.com> ; TAG=99\r\n"
        + "i: abc@a.example.com\r\n\r\n";
    assertEquals(List.of("branch=z9hG4bK1", "branch=z9hG4bK2", "tag=8321234356", "TAG=99",
        "abc@a.example.com"), marked(WireText.of(message)));
  }

  @Test
  @DisplayName("a message that is not SIP at all, or none, gives its text and no marks")
  void garbage() {
    assertEquals(List.of(), marked(WireText.of("\u0000\u0001 hello")));
    assertEquals("", WireText.of(null).text());
  }

  private static List<String> marked(WireText wire) {
    return wire.highlights().stream()
        .map(h -> wire.text().substring(h.start(), h.end())).toList();
  }
}
