package org.siplab.message;

import java.util.List;
import java.util.Objects;

/**
 * A response: {@code Status-Line = SIP-Version SP Status-Code SP Reason-Phrase CRLF} (RFC 3261
 * section 7.2).
 */
public final class SipResponse extends SipMessage {

  private final int status;
  private final String reason;

  public SipResponse(
      int status, String reason, String version, List<HeaderField> headers, byte[] body) {
    this(status, requireReasonPhrase(reason), version, headers, body, null);
  }

  /**
   * Refuses a reason phrase that cannot be printed in a Status-Line (RFC 3261 section 25.1):
   * {@code Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP /
   * HTAB)}. Above all a CR or LF, which would end the start line and print the rest as a header
   * field. Only responses built from values are checked: the parser reads the phrase by this
   * grammar already and builds through {@link #parsed}.
   */
  static String requireReasonPhrase(String reason) {
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c >= 0x80 || c == ' ' || c == '\t' || c < 0x80 && Quoting.isUriMarkOrReserved(c)
          || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        continue;
      }
      if (c == '%' && i + 2 < reason.length() && UriEscapes.isHex(reason.charAt(i + 1))
          && UriEscapes.isHex(reason.charAt(i + 2))) {
        i += 2;
        continue;
      }
      throw new IllegalArgumentException("character U+" + String.format(java.util.Locale.ROOT,
          "%04X", (int) c) + " at " + i + " cannot appear in a Reason-Phrase (RFC 3261 section"
          + " 25.1): letters, digits, SP, HTAB, text beyond ASCII, - _ . ! ~ * ' ( ) ; / ? : @ & ="
          + " + $ , and %HH escapes");
    }
    return reason;
  }

  /**
   * For the codec: a response with the bytes it was parsed from, its body a view into them
   * ({@code wire[bodyOffset, bodyOffset + bodyLength)}). Neither the bytes nor the header list are
   * copied: the caller hands them over and must not change them.
   */
  public static SipResponse parsed(int status, String reason, String version,
      List<HeaderField> headers, byte[] wire, int bodyOffset, int bodyLength) {
    return new SipResponse(status, reason, version, headers, wire, bodyOffset, bodyLength, wire);
  }

  private SipResponse(int status, String reason, String version, List<HeaderField> headers,
      byte[] body, byte[] wire) {
    this(status, reason, version, headers, body, 0, body == null ? 0 : body.length, wire);
  }

  private SipResponse(int status, String reason, String version, List<HeaderField> headers,
      byte[] body, int bodyOffset, int bodyLength, byte[] wire) {
    super(version, headers, body, bodyOffset, bodyLength, wire);
    this.status = status;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** A response with the RFC's reason phrase for the status code. */
  public static Builder builder(int status) {
    return new Builder(status, StatusCode.reasonPhrase(status));
  }

  public static Builder builder(int status, String reason) {
    return new Builder(status, reason);
  }

  public int status() {
    return status;
  }

  public String reason() {
    return reason;
  }

  /** 1xx (section 7.2). */
  public boolean isProvisional() {
    return status < 200;
  }

  /** 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** 200-699. */
  public boolean isFinal() {
    return status >= 200;
  }

  /** The status class: 1 for 1xx ... 6 for 6xx. */
  public int statusClass() {
    return status / 100;
  }

  @Override
  public void appendStartLine(PrintSink out) {
    String v = version();
    if (SIP_2_0.equals(v)) {
      out.append("SIP/2.0 "); // one append, not two, for the version every message carries
    } else {
      out.append(v).append(' ');
    }
    out.append(status).append(' ').append(reason);
  }

  @Override
  public SipResponse withHeaders(List<HeaderField> newHeaders) {
    return new SipResponse(status, reason, version(), newHeaders, rawBody(), null);
  }

  @Override
  public SipResponse withBody(byte[] newBody) {
    return new SipResponse(status, reason, version(), headers(), newBody.clone(), null);
  }

  @Override
  public SipResponse with(HeaderName name, HeaderValue value) {
    return (SipResponse) super.with(name, value);
  }

  @Override
  public SipResponse append(HeaderName name, HeaderValue value) {
    return (SipResponse) super.append(name, value);
  }

  @Override
  public SipResponse prepend(HeaderName name, HeaderValue value) {
    return (SipResponse) super.prepend(name, value);
  }

  @Override
  public SipResponse withoutFirstValue(HeaderName name) {
    return (SipResponse) super.withoutFirstValue(name);
  }

  @Override
  public SipResponse withFirstValue(HeaderName name, HeaderValue value) {
    return (SipResponse) super.withFirstValue(name, value);
  }

  @Override
  public SipResponse without(HeaderName name) {
    return (SipResponse) super.without(name);
  }

  @Override
  public SipResponse withBody(MediaType type, byte[] newBody) {
    return (SipResponse) super.withBody(type, newBody);
  }

  /** Builds a response header by header, in the order the fields are added. */
  public static final class Builder extends HeaderListBuilder<Builder> {
    private final int status;
    private final String reason;

    private Builder(int status, String reason) {
      if (status < 100 || status > 699) {
        throw new IllegalArgumentException("a status code is 100-699 (section 7.2): " + status);
      }
      this.status = status;
      this.reason = requireReasonPhrase(Objects.requireNonNull(reason, "reason"));
    }

    public SipResponse build() {
      return new SipResponse(status, reason, SIP_2_0, fields(), body(), null);
    }
  }
}
