package org.siplab.message;

import java.util.Objects;

/**
 * One element of a comma-separated list of tokens: a method in Allow, an option tag in Require,
 * Supported, Proxy-Require and Unsupported (RFC 3261 sections 20.5, 20.32, 20.37, 20.29, 20.40), a
 * content-coding or language tag.
 */
public record Token(String value) implements HeaderValue {

  public Token {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(value);
  }

  @Override
  public String text() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
