package org.siplab.message;

/**
 * Whether a header value would print a CR or LF, found from its parts without printing it. {@link
 * HeaderField#requireOneLine} asks this of every value a message is built with, which includes the
 * Via, To and From that every transaction stamps or copies: printing each of them only to scan the
 * text made a transaction about a tenth slower. The common values are scanned part by part, each
 * part being printed as it is kept (a URI's user with its escapes as written); the rest are printed
 * and scanned.
 */
final class LineBreaks {

  private LineBreaks() {}

  static boolean in(HeaderValue value) {
    if (value instanceof Text t) {
      return in(t.value());
    }
    if (value instanceof Token k) {
      return in(k.value());
    }
    if (value instanceof Via v) {
      return in(v.protocolName()) || in(v.protocolVersion()) || in(v.transport())
          || in(v.sentBy().host()) || in(v.parameters());
    }
    if (value instanceof NameAddress a) {
      return in(a.displayName()) || in(a.uri()) || in(a.parameters());
    }
    if (value instanceof CSeq || value instanceof Numeric || value instanceof Wildcard) {
      return false; // digits, and a Method, which is checked to be a token when made
    }
    return in(value.text());
  }

  private static boolean in(Uri uri) {
    if (uri instanceof SipUri s) {
      return in(s.user()) || in(s.password()) || in(s.hostPort().host()) || in(s.parameters())
          || in(s.headers());
    }
    if (uri instanceof TelUri t) {
      return in(t.number()) || in(t.parameters());
    }
    return in(uri.text());
  }

  private static boolean in(Parameters parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.at(i);
      if (in(p.name()) || in(p.value())) {
        return true;
      }
    }
    return false;
  }

  /** A plain loop: the parts are a few characters long, where two indexOf calls cost more. */
  private static boolean in(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c <= '\r' && (c == '\r' || c == '\n')) {
        return true;
      }
    }
    return false;
  }
}
