package org.siplab.message;

import java.util.Objects;

/**
 * A header value kept as text: Call-ID, Subject, User-Agent and any header siplab has no grammar for.
 * Line folds and runs of whitespace are already reduced to single spaces (RFC 3261 section 7.3.1:
 * folded and unfolded forms mean the same).
 */
public record Text(String value) implements HeaderValue {

  public Text {
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
