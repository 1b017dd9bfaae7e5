package org.siplab.message;

import java.util.Locale;
import java.util.Objects;

/**
 * Any other URI: {@code absoluteURI = scheme ":" ( hier-part / opaque-part )} (RFC 3261 section
 * 25.1). RFC 4475 section 3.3.2 asks parsers to accept unknown schemes; an element may still refuse
 * them (416 Unsupported URI Scheme).
 *
 * @param schemeAsWritten the scheme as written
 * @param rest everything after the colon, as written
 */
public record AbsoluteUri(String schemeAsWritten, String rest) implements Uri {

  public AbsoluteUri {
    Objects.requireNonNull(schemeAsWritten, "schemeAsWritten");
    Objects.requireNonNull(rest, "rest");
  }

  @Override
  public String scheme() {
    return schemeAsWritten.toLowerCase(Locale.ROOT);
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(schemeAsWritten).append(':').append(rest);
  }

  @Override
  public String toString() {
    return schemeAsWritten + ":" + rest;
  }
}
