package org.siplab.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The shared part of the request and response builders: header fields in order, and a body. */
public abstract class HeaderListBuilder<B extends HeaderListBuilder<B>> {

  private final List<HeaderField> fields = new ArrayList<>(12);
  private byte[] body = new byte[0];

  HeaderListBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Adds a field with one value. */
  public B header(HeaderName name, HeaderValue value) {
    fields.add(HeaderField.of(name, value));
    return self();
  }

  /**
   * Adds one field holding several values, printed comma-separated ({@code Allow: INVITE, ACK}).
   */
  public B header(HeaderName name, List<? extends HeaderValue> values) {
    fields.add(HeaderField.of(name, values));
    return self();
  }

  /** Adds a field for each value (one Via or Record-Route a line). */
  public B eachOn(HeaderName name, List<? extends HeaderValue> values) {
    for (HeaderValue v : values) {
      fields.add(HeaderField.of(name, v));
    }
    return self();
  }

  /** Adds a field kept as text (an extension header, a Call-ID, a User-Agent). */
  public B header(HeaderName name, String text) {
    return header(name, new Text(text));
  }

  /** Adds fields as they are (a response copying the request's Via fields, section 8.2.6.2). */
  public B fields(List<HeaderField> more) {
    fields.addAll(more);
    return self();
  }

  public B callId(String callId) {
    return header(HeaderName.CALL_ID, new Text(callId));
  }

  public B cseq(long number, Method method) {
    return header(HeaderName.CSEQ, new CSeq(number, method));
  }

  public B maxForwards(int hops) {
    return header(HeaderName.MAX_FORWARDS, new Numeric(hops));
  }

  /** The body and its Content-Type; the printer computes Content-Length. */
  public B body(MediaType type, byte[] bytes) {
    header(HeaderName.CONTENT_TYPE, type);
    this.body = bytes.clone();
    return self();
  }

  public B body(MediaType type, String text) {
    return body(type, text.getBytes(StandardCharsets.UTF_8));
  }

  List<HeaderField> fields() {
    return fields;
  }

  byte[] body() {
    return body;
  }
}
