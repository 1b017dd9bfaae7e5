package org.siplab.codec;

import org.siplab.message.SipUri;

/**
 * RFC 3261 section 19.1.1: "For a SIPS URI, the transport parameter MUST indicate a reliable
 * transport." A SIPS URI asks for TLS over every hop (section 26.2.2), and TLS needs a reliable
 * transport, so {@code sips:bob@example.com;transport=udp} contradicts itself. Its grammar
 * is fine ({@code transport-param = "transport=" ( "udp" / "tcp" / ... )}) and a receiver still
 * reads it, so, as with the other MUSTs the grammar cannot see, this is a warning. UDP is the one
 * transport RFC 3261 names that is not reliable; other-transport tokens are left alone.
 */
final class SipsTransport {

  private SipsTransport() {}

  /**
   * Warns when {@code uri}, a SIPS URI that starts at {@code uriStart} in {@code text}, names UDP
   * as its transport; the warning points at the transport parameter.
   */
  static void check(SipUri uri, int uriStart, String where, String text, Diagnostics d) {
    String transport = uri.parameter("transport");
    if (transport == null || !transport.equalsIgnoreCase("udp")) {
      return;
    }
    d.warning(transportAt(text, uriStart), where + " is a sips: URI with transport=" + transport
        + ": a SIPS URI must name a reliable transport (such as tcp), since the TLS it asks for"
        + " on every hop needs one", "transport-param",
        "RFC 3261 section 19.1.1");
  }

  /** The ';' of the transport parameter in the URI at {@code uriStart}, or the URI's start. */
  private static int transportAt(String text, int uriStart) {
    for (int i = uriStart; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '>' || ch == '?' || Cursor.isWhitespace(ch)) {
        break;
      }
      if (ch == ';' && text.regionMatches(true, i + 1, "transport=", 0, "transport=".length())) {
        return i + 1;
      }
    }
    return uriStart;
  }
}
