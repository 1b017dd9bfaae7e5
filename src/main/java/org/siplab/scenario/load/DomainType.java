package org.siplab.scenario.load;

import org.siplab.message.SipUri;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The domain an element is responsible for, which becomes the host of SIP URIs
 * ({@code sip:alice@example.com}): a host name or IP address as RFC 3261 section 25.1 defines
 * {@code host}, checked by siplab's own parser, so that a typo is an error at the value rather than
 * a call that fails for no visible reason.
 */
final class DomainType extends ScalarType<String> {

  private static final String EXAMPLE = "a domain name such as example.com";
  private static final String SCHEME = "sip:";

  DomainType() {
    super("domain", EXAMPLE);
  }

  @Override
  String parse(String text, ScalarNode node, ReadContext ctx) {
    Parsed<SipUri> uri = SipUriType.read(SCHEME + text);
    boolean hostOnly = uri.ok() && uri.value().user() == null && uri.value().port() < 0
        && uri.value().parameters().isEmpty() && uri.value().headers().isEmpty();
    if (hostOnly) {
      return text;
    }
    int at = uri.ok() ? 0 : Math.max(0, uri.offset() - SCHEME.length());
    ctx.error(ctx.position(node, at), Nodes.quote(text) + " is not a domain name, the host part of"
        + " a SIP URI (RFC 3261 section 25.1, host); expected " + EXAMPLE);
    return null;
  }
}
