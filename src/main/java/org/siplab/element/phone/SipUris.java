package org.siplab.element.phone;

import java.util.Optional;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;

/**
 * Reads a SIP URI written as text ({@code sip:bob@biloxi.example.com}) with siplab's own parser,
 * as the Request-URI of a minimal OPTIONS request: the codec has no public entry point for a URI
 * alone, and this way a phone accepts exactly the URIs the network's elements will.
 */
final class SipUris {

  private static final String START = "OPTIONS ";
  private static final String REST = " SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
      + "Max-Forwards: 70\r\nTo: <sip:a@example.com>\r\nFrom: <sip:a@example.com>;tag=1\r\n"
      + "Call-ID: 1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";

  private SipUris() {}

  /** The SIP or SIPS URI {@code text} is, if it is one. */
  static Optional<SipUri> parse(String text) {
    if (!text.startsWith("sip:") && !text.startsWith("sips:") || text.isBlank()
        || text.chars().anyMatch(ch -> ch <= ' ')) {
      return Optional.empty();
    }
    ParseResult result = SipParser.parse(START + text + REST);
    if (!result.isValid() || !(result.message() instanceof SipRequest request)
        || !(request.requestUri() instanceof SipUri uri)) {
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  /** The SIP URI {@code text} is; throws when it is not one. */
  static SipUri require(String text, String what) {
    return parse(text).orElseThrow(() ->
        new IllegalArgumentException(what + " is not a SIP URI: " + text));
  }
}
