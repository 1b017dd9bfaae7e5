package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 3261 section 19.1.1: "For a SIPS URI, the transport parameter MUST indicate a reliable
 * transport." The grammar allows transport=udp in any URI, so the message stays valid: a warning.
 */
@DisplayName("the transport of a SIPS URI")
class SipsTransportTest {

  private static String options(String requestUri, String contact) {
    return "OPTIONS " + requestUri + " SIP/2.0\r\n"
        + "Via: SIP/2.0/TLS pc.example.com;branch=z9hG4bK776\r\nMax-Forwards: 70\r\n"
        + "To: <sips:bob@example.com>\r\nFrom: <sips:alice@example.com>;tag=1928\r\n"
        + "Call-ID: a84b4c76e66710\r\nCSeq: 1 OPTIONS\r\nContact: " + contact + "\r\n"
        + "Content-Length: 0\r\n\r\n";
  }

  private static List<String> warnings(ParseResult r) {
    return r.warnings().stream()
        .map(d -> d.line() + ":" + d.column() + " " + d.rule() + " " + d.rfc()).toList();
  }

  @ParameterizedTest(name = "transport={0}")
  @ValueSource(strings = {"udp", "UDP"})
  @DisplayName("a sips: Request-URI or Contact URI with transport=udp is a warning at its"
      + " transport parameter, and the message stays valid")
  void udpIsAWarning(String udp) {
    ParseResult r = SipParser.parse(options("sips:bob@example.com;transport=" + udp,
        "<sips:alice@pc.example.com;transport=" + udp + ">"));
    assertTrue(r.isValid(), r.diagnostics()::toString);
    assertEquals(List.of("1:30 transport-param RFC 3261 section 19.1.1",
        "8:37 transport-param RFC 3261 section 19.1.1"), warnings(r));
    assertTrue(r.warnings().get(0).message().startsWith("the Request-URI is a sips: URI with"
        + " transport=" + udp + ": a SIPS URI must name a reliable transport"),
        r.warnings().get(0)::toString);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sips:bob@example.com;transport=tcp", "sips:bob@example.com",
      "sip:bob@example.com;transport=udp", "sips:bob@example.com;transport=sctp"})
  @DisplayName("a sips: URI with a reliable transport or none, and a sip: URI over UDP, are fine")
  void otherTransportsAreFine(String uri) {
    ParseResult r = SipParser.parse(options(uri, "<" + uri + ">"));
    assertEquals(List.of(), r.diagnostics());
  }

  @Test
  @DisplayName("a bare Contact's ;transport=udp is a header parameter, not the URI's (section"
      + " 20.10), so it says nothing about the SIPS URI")
  void bareContactParameterIsNotTheUris() {
    assertEquals(List.of(), SipParser.parse(options("sips:bob@example.com",
        "sips:alice@pc.example.com;transport=udp")).diagnostics());
  }
}
