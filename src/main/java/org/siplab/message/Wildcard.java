package org.siplab.message;

/**
 * The {@code Contact: *} value. RFC 3261 section 10.2.2: only with {@code Expires: 0}, to remove
 * every binding of an address-of-record.
 */
public record Wildcard() implements HeaderValue {

  public static final Wildcard INSTANCE = new Wildcard();

  @Override
  public void appendTo(PrintSink out) {
    out.append('*');
  }

  @Override
  public String toString() {
    return "*";
  }
}
