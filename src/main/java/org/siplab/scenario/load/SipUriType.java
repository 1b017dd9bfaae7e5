package org.siplab.scenario.load;

import java.util.Locale;
import org.siplab.codec.Diagnostic;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A {@code sip:} or {@code sips:} URI, checked by siplab's own RFC 3261 parser: the URI is read as
 * the Request-URI of a minimal OPTIONS request, so a scenario accepts exactly the URIs the
 * simulated elements will.
 */
final class SipUriType extends ScalarType<SipUri> {

  private static final String START = "OPTIONS ";
  private static final String REST = " SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
      + "Max-Forwards: 70\r\nTo: <sip:a@example.com>\r\nFrom: <sip:a@example.com>;tag=1\r\n"
      + "Call-ID: 1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
  private static final String EXAMPLE = "a SIP URI such as sip:alice@example.com";

  private final boolean needsUser;

  /** @param needsUser true for an address of record, which names a user: {@code sip:bob@...} */
  SipUriType(boolean needsUser) {
    super(needsUser ? "SIP URI (AOR)" : "SIP URI", EXAMPLE);
    this.needsUser = needsUser;
  }

  @Override
  SipUri parse(String text, ScalarNode node, ReadContext ctx) {
    Parsed<SipUri> uri = read(text);
    if (uri.ok() && needsUser && uri.value().user() == null) {
      uri = Parsed.failure(0, Nodes.quote(text) + " names no user; expected an address of record"
          + " such as sip:alice@example.com");
    }
    return uri.reportTo(ctx, node, 0);
  }

  /** The URI {@code text} is, or what is wrong with it. */
  static Parsed<SipUri> read(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i)) || Character.isISOControl(text.charAt(i))) {
        return Parsed.failure(text.codePointCount(0, i), Nodes.quote(text)
            + " contains a space or a control character; expected " + EXAMPLE);
      }
    }
    String scheme = text.substring(0, Math.max(0, text.indexOf(':'))).toLowerCase(Locale.ROOT);
    if (!scheme.equals("sip") && !scheme.equals("sips")) {
      return Parsed.failure(0, Nodes.quote(text) + " is not a SIP URI; expected " + EXAMPLE);
    }
    ParseResult result = SipParser.parse(START + text + REST);
    for (Diagnostic d : result.errors()) {
      if (d.line() == 1) {
        int offset = Math.max(0, Math.min(text.length(), d.column() - 1 - START.length()));
        return Parsed.failure(text.codePointCount(0, offset), invalid(text, reason(d)));
      }
    }
    if (!(result.message() instanceof SipRequest request)
        || !(request.requestUri() instanceof SipUri uri)) {
      return Parsed.failure(0, Nodes.quote(text) + " is not a SIP URI; expected " + EXAMPLE);
    }
    return Parsed.of(uri);
  }

  private static String invalid(String text, String reason) {
    String why = reason.startsWith("expected ")
        ? reason + " at this character, as in sip:alice@example.com"
        : reason + "; expected " + EXAMPLE;
    return Nodes.quote(text) + " is not a valid SIP URI: " + why;
  }

  /** The parser's words, without the wrapping request it saw around the URI. */
  private static String reason(Diagnostic d) {
    String message = d.message();
    int found = message.indexOf(", but found");
    return (found < 0 ? message : message.substring(0, found)).replace("Request-URI", "URI");
  }
}
