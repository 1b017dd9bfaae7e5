package org.siplab.message;

/**
 * A header whose value is a number of digits: Max-Forwards, Content-Length, Expires, Min-Expires
 * (RFC 3261 sections 20.22, 20.14, 20.19, 20.23). Leading zeros do not count (RFC 4475 3.1.1.1).
 */
public record Numeric(long value) implements HeaderValue {

  public Numeric {
    if (value < 0) {
      throw new IllegalArgumentException("a numeric header value is never negative: " + value);
    }
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
