package org.siplab.message;

import java.util.List;
import java.util.Objects;

/**
 * A request: {@code Request-Line = Method SP Request-URI SP SIP-Version CRLF} (RFC 3261 section
 * 7.1).
 */
public final class SipRequest extends SipMessage {

  private final Method method;
  private final Uri requestUri;

  public SipRequest(
      Method method, Uri requestUri, String version, List<HeaderField> headers, byte[] body) {
    this(method, requireRequestUri(requestUri), version, headers, body, null);
  }

  /**
   * Refuses a request-URI that cannot be printed in a Request-Line (RFC 3261 section 25.1: {@code
   * Request-Line = Method SP Request-URI SP SIP-Version CRLF}): no URI form of the grammar holds
   * whitespace, and a CR or LF would end the start line and print the rest as a header field.
   * Only requests built from values are checked; the parser builds through {@link #parsed}.
   */
  static Uri requireRequestUri(Uri uri) {
    String printed = Objects.requireNonNull(uri, "requestUri").text();
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        throw new IllegalArgumentException("a Request-URI cannot hold "
            + (c == ' ' ? "SP" : c == '\t' ? "HTAB" : c == '\r' ? "CR" : "LF")
            + ": the Request-Line is Method SP Request-URI SP SIP-Version CRLF (RFC 3261 section"
            + " 25.1): " + printed.substring(0, i));
      }
    }
    return uri;
  }

  /**
   * For the codec: a request with the bytes it was parsed from, its body a view into them
   * ({@code wire[bodyOffset, bodyOffset + bodyLength)}). Neither the bytes nor the header list are
   * copied: the caller hands them over and must not change them.
   */
  public static SipRequest parsed(Method method, Uri uri, String version,
      List<HeaderField> headers, byte[] wire, int bodyOffset, int bodyLength) {
    return new SipRequest(method, uri, version, headers, wire, bodyOffset, bodyLength, wire);
  }

  private SipRequest(
      Method method,
      Uri requestUri,
      String version,
      List<HeaderField> headers,
      byte[] body,
      byte[] wire) {
    this(method, requestUri, version, headers, body, 0, body == null ? 0 : body.length, wire);
  }

  private SipRequest(Method method, Uri requestUri, String version, List<HeaderField> headers,
      byte[] body, int bodyOffset, int bodyLength, byte[] wire) {
    super(version, headers, body, bodyOffset, bodyLength, wire);
    this.method = Objects.requireNonNull(method, "method");
    this.requestUri = Objects.requireNonNull(requestUri, "requestUri");
  }

  public static Builder builder(Method method, Uri requestUri) {
    return new Builder(method, requestUri);
  }

  public Method method() {
    return method;
  }

  public Uri requestUri() {
    return requestUri;
  }

  @Override
  public void appendStartLine(PrintSink out) {
    out.append(method.name()).append(' ');
    requestUri.appendTo(out);
    // One append, not two, for the version every message carries (printing is short appends).
    String v = version();
    if (SIP_2_0.equals(v)) {
      out.append(" SIP/2.0");
    } else {
      out.append(' ').append(v);
    }
  }

  public SipRequest withRequestUri(Uri uri) {
    return new SipRequest(method, requireRequestUri(uri), version(), headers(), rawBody(), null);
  }

  @Override
  public SipRequest withHeaders(List<HeaderField> newHeaders) {
    return new SipRequest(method, requestUri, version(), newHeaders, rawBody(), null);
  }

  @Override
  public SipRequest withBody(byte[] newBody) {
    return new SipRequest(method, requestUri, version(), headers(), newBody.clone(), null);
  }

  @Override
  public SipRequest with(HeaderName name, HeaderValue value) {
    return (SipRequest) super.with(name, value);
  }

  @Override
  public SipRequest append(HeaderName name, HeaderValue value) {
    return (SipRequest) super.append(name, value);
  }

  @Override
  public SipRequest prepend(HeaderName name, HeaderValue value) {
    return (SipRequest) super.prepend(name, value);
  }

  @Override
  public SipRequest withoutFirstValue(HeaderName name) {
    return (SipRequest) super.withoutFirstValue(name);
  }

  @Override
  public SipRequest withFirstValue(HeaderName name, HeaderValue value) {
    return (SipRequest) super.withFirstValue(name, value);
  }

  @Override
  public SipRequest without(HeaderName name) {
    return (SipRequest) super.without(name);
  }

  @Override
  public SipRequest withBody(MediaType type, byte[] newBody) {
    return (SipRequest) super.withBody(type, newBody);
  }

  /** Builds a request header by header, in the order the fields are added. */
  public static final class Builder extends HeaderListBuilder<Builder> {
    private final Method method;
    private final Uri requestUri;

    private Builder(Method method, Uri requestUri) {
      this.method = Objects.requireNonNull(method, "method");
      this.requestUri = requireRequestUri(requestUri);
    }

    public SipRequest build() {
      return new SipRequest(method, requestUri, SIP_2_0, fields(), body(), null);
    }
  }
}
