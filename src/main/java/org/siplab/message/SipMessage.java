package org.siplab.message;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A SIP message, RFC 3261 section 7: a start line, header fields in order, and a body of bytes.
 * Immutable: every {@code with...} method returns a changed copy. A message read from the wire
 * keeps the exact bytes it came in ({@link #wire()}), so a trace shows what was really sent; a
 * changed copy has none and is printed from its values.
 *
 * <p>The typed views ({@link #vias()}, {@link #cseq()}, ...) return {@code null}, -1 or an empty
 * list when a header is absent. A message that the codec found invalid may still be built, as far
 * as it could be read, so that a learner sees every field; such a message can lack required
 * headers.
 */
public abstract sealed class SipMessage permits SipRequest, SipResponse {

  /** RFC 3261 section 7.1: "SIP/2.0" is the only version this RFC defines. */
  public static final String SIP_2_0 = "SIP/2.0";

  private static final byte[] NO_BYTES = new byte[0];

  private final String version;
  private final List<HeaderField> headers;
  /** The body is {@code body[bodyOffset, bodyOffset + bodyLength)}: a parsed message's body is a
   * view into its wire bytes rather than a copy. */
  private final byte[] body;
  private final int bodyOffset;
  private final int bodyLength;
  private final byte[] wire;
  /** The {@link HeaderName#presenceBit()}s of the known names among the fields. */
  private final long knownNamesPresent;
  /**
   * For each known name with a presence bit, by its ordinal: one more than the index of its first
   * field, or 0 when it has none or that field lies beyond the reach of a byte. The typed views
   * start their scan there instead of at the top.
   */
  private final byte[] firstFieldOf;

  SipMessage(String version, List<HeaderField> headers, byte[] body, byte[] wire) {
    this(version, headers, body, 0, body == null ? 0 : body.length, wire);
  }

  SipMessage(String version, List<HeaderField> headers, byte[] body, int bodyOffset,
      int bodyLength, byte[] wire) {
    this.version = Objects.requireNonNull(version, "version");
    // A parsed message's list was made for it alone (see parsed()); others are copied.
    this.headers = wire != null ? java.util.Collections.unmodifiableList(headers)
        : List.copyOf(headers);
    this.body = body == null ? NO_BYTES : body;
    this.bodyOffset = bodyOffset;
    this.bodyLength = bodyLength;
    this.wire = wire;
    this.firstFieldOf = new byte[Long.SIZE];
    this.knownNamesPresent = indexFields(this.headers, firstFieldOf);
    if (bodyOffset < 0 || bodyLength < 0 || bodyOffset + bodyLength > this.body.length) {
      throw new IllegalArgumentException("the body lies outside its array");
    }
  }

  /** Fills {@code firstFieldOf} (see the field) and returns the presence bits. */
  private static long indexFields(List<HeaderField> fields, byte[] firstFieldOf) {
    long bits = 0;
    for (int i = 0, n = fields.size(); i < n; i++) {
      HeaderName name = fields.get(i).headerName();
      long bit = name.presenceBit();
      if (bit != 0 && (bits & bit) == 0 && i < Byte.MAX_VALUE) {
        firstFieldOf[name.ordinal()] = (byte) (i + 1);
      }
      bits |= bit;
    }
    return bits;
  }

  /** Where a scan for this header's fields may start: its first field, or the top. */
  private int scanStart(HeaderName name) {
    return name.presenceBit() == 0 ? 0 : Math.max(0, firstFieldOf[name.ordinal()] - 1);
  }

  /**
   * Whether no field has this name, known from the presence bits alone. The typed views ask it
   * first: most of them are for headers a given message does not carry.
   */
  private boolean surelyAbsent(HeaderName name) {
    long bit = name.presenceBit();
    return bit != 0 && (knownNamesPresent & bit) == 0;
  }

  /** The start line without its line end: Request-Line or Status-Line. */
  public String startLine() {
    PrintSink sb = new PrintSink(64);
    appendStartLine(sb);
    return sb.toString();
  }

  /** Appends the start line without its line end. */
  public abstract void appendStartLine(PrintSink out);

  /** A copy with other header fields; the copy keeps no wire bytes. */
  public abstract SipMessage withHeaders(List<HeaderField> newHeaders);

  /** A copy with another body; the copy keeps no wire bytes. */
  public abstract SipMessage withBody(byte[] newBody);

  public String version() {
    return version;
  }

  public List<HeaderField> headers() {
    return headers;
  }

  /** A copy of the body bytes. */
  public byte[] body() {
    return Arrays.copyOfRange(body, bodyOffset, bodyOffset + bodyLength);
  }

  public int bodyLength() {
    return bodyLength;
  }

  /** The body decoded as UTF-8 (SDP and text bodies). */
  public String bodyText() {
    return new String(body, bodyOffset, bodyLength, StandardCharsets.UTF_8);
  }

  /** A copy of the bytes this message was parsed from, or {@code null} when built from values. */
  public byte[] wire() {
    return wire == null ? null : wire.clone();
  }

  /**
   * Where the body starts in {@link #wire()}: the byte after the empty line that ends the header
   * section (the datagram's end when there is none); -1 for a message built from values.
   */
  public int wireBodyOffset() {
    return wire == null ? -1 : bodyOffset;
  }

  public boolean hasWire() {
    return wire != null;
  }

  public boolean isRequest() {
    return this instanceof SipRequest;
  }

  // ---- generic header access -------------------------------------------------------------

  public boolean has(HeaderName name) {
    if (surelyAbsent(name)) {
      return false;
    }
    for (int i = scanStart(name), n = headers.size(); i < n; i++) {
      if (headers.get(i).is(name)) {
        return true;
      }
    }
    return false;
  }

  /** The first value of the header, or {@code null}. */
  public HeaderValue first(HeaderName name) {
    if (surelyAbsent(name)) {
      return null;
    }
    for (int i = scanStart(name), n = headers.size(); i < n; i++) {
      HeaderField f = headers.get(i);
      if (f.is(name) && !f.values().isEmpty()) {
        return f.values().get(0);
      }
    }
    return null;
  }

  /** Every value of the header, across all its fields, in order. */
  public List<HeaderValue> values(HeaderName name) {
    if (surelyAbsent(name)) {
      return List.of();
    }
    List<HeaderValue> out = null;
    for (int i = scanStart(name), n = headers.size(); i < n; i++) {
      HeaderField f = headers.get(i);
      if (f.is(name)) {
        if (out == null) {
          out = new ArrayList<>(f.values().size());
        }
        out.addAll(f.values());
      }
    }
    return out == null ? List.of() : out;
  }

  /** Every value of the header that has the given type (others, left as text, are skipped). */
  public <T extends HeaderValue> List<T> values(HeaderName name, Class<T> type) {
    if (surelyAbsent(name)) {
      return List.of();
    }
    List<T> out = null;
    for (int i = scanStart(name), n = headers.size(); i < n; i++) {
      HeaderField f = headers.get(i);
      if (!f.is(name)) {
        continue;
      }
      List<HeaderValue> values = f.values();
      for (int j = 0, m = values.size(); j < m; j++) {
        HeaderValue v = values.get(j);
        if (type.isInstance(v)) {
          if (out == null) {
            out = new ArrayList<>(2);
          }
          out.add(type.cast(v));
        }
      }
    }
    return out == null ? List.of() : out;
  }

  private <T extends HeaderValue> T firstOf(HeaderName name, Class<T> type) {
    HeaderValue v = first(name);
    return type.isInstance(v) ? type.cast(v) : null;
  }

  private long numeric(HeaderName name) {
    Numeric n = firstOf(name, Numeric.class);
    return n == null ? -1 : n.value();
  }

  private List<String> tokens(HeaderName name) {
    List<Token> list = values(name, Token.class);
    if (list.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(list.size());
    for (Token t : list) {
      out.add(t.value());
    }
    return out;
  }

  // ---- typed views of the headers the rest of siplab needs --------------------------------

  public List<Via> vias() {
    return values(HeaderName.VIA, Via.class);
  }

  /** The topmost Via: the one that names the element this message goes back to (section 8.2.6). */
  public Via topVia() {
    return firstOf(HeaderName.VIA, Via.class);
  }

  public NameAddress from() {
    return firstOf(HeaderName.FROM, NameAddress.class);
  }

  public NameAddress to() {
    return firstOf(HeaderName.TO, NameAddress.class);
  }

  public String callId() {
    Text t = firstOf(HeaderName.CALL_ID, Text.class);
    return t == null ? null : t.value();
  }

  public CSeq cseq() {
    return firstOf(HeaderName.CSEQ, CSeq.class);
  }

  /**
   * The Contact name-addrs; {@code Contact: *} is not among them (see {@link #hasWildcardContact}).
   */
  public List<NameAddress> contacts() {
    return values(HeaderName.CONTACT, NameAddress.class);
  }

  public boolean hasWildcardContact() {
    return !values(HeaderName.CONTACT, Wildcard.class).isEmpty();
  }

  /** Max-Forwards, or -1 when absent. */
  public int maxForwards() {
    return (int) Math.min(numeric(HeaderName.MAX_FORWARDS), Integer.MAX_VALUE);
  }

  public List<NameAddress> routes() {
    return values(HeaderName.ROUTE, NameAddress.class);
  }

  public List<NameAddress> recordRoutes() {
    return values(HeaderName.RECORD_ROUTE, NameAddress.class);
  }

  /** The Content-Length header's value as written, or -1 when absent. */
  public long contentLength() {
    return numeric(HeaderName.CONTENT_LENGTH);
  }

  public MediaType contentType() {
    return firstOf(HeaderName.CONTENT_TYPE, MediaType.class);
  }

  /** Expires in seconds, or -1 when absent. */
  public long expires() {
    return numeric(HeaderName.EXPIRES);
  }

  /** Min-Expires in seconds, or -1 when absent. */
  public long minExpires() {
    return numeric(HeaderName.MIN_EXPIRES);
  }

  public SipDate date() {
    return firstOf(HeaderName.DATE, SipDate.class);
  }

  public RetryAfter retryAfter() {
    return firstOf(HeaderName.RETRY_AFTER, RetryAfter.class);
  }

  public List<Warning> warnings() {
    return values(HeaderName.WARNING, Warning.class);
  }

  public List<Challenge> wwwAuthenticate() {
    return values(HeaderName.WWW_AUTHENTICATE, Challenge.class);
  }

  public List<Challenge> proxyAuthenticate() {
    return values(HeaderName.PROXY_AUTHENTICATE, Challenge.class);
  }

  public List<Credentials> authorization() {
    return values(HeaderName.AUTHORIZATION, Credentials.class);
  }

  public List<Credentials> proxyAuthorization() {
    return values(HeaderName.PROXY_AUTHORIZATION, Credentials.class);
  }

  public List<String> allow() {
    return tokens(HeaderName.ALLOW);
  }

  public List<String> require() {
    return tokens(HeaderName.REQUIRE);
  }

  public List<String> proxyRequire() {
    return tokens(HeaderName.PROXY_REQUIRE);
  }

  public List<String> supported() {
    return tokens(HeaderName.SUPPORTED);
  }

  public List<String> unsupported() {
    return tokens(HeaderName.UNSUPPORTED);
  }

  public List<MediaType> accept() {
    return values(HeaderName.ACCEPT, MediaType.class);
  }

  // ---- changed copies -----------------------------------------------------------------------

  /** A copy where this header has exactly one field holding {@code value}, where it first was. */
  public SipMessage with(HeaderName name, HeaderValue value) {
    List<HeaderField> out = new ArrayList<>(headers.size() + 1);
    boolean placed = false;
    for (HeaderField f : headers) {
      if (!f.is(name)) {
        out.add(f);
      } else if (!placed) {
        out.add(HeaderField.of(name, value));
        placed = true;
      }
    }
    if (!placed) {
      out.add(HeaderField.of(name, value));
    }
    return withHeaders(out);
  }

  /** A copy with a field of this header added after all others. */
  public SipMessage append(HeaderName name, HeaderValue value) {
    List<HeaderField> out = new ArrayList<>(headers);
    out.add(HeaderField.of(name, value));
    return withHeaders(out);
  }

  /**
   * A copy with {@code value} as the new first value of the header: a proxy pushing its Via
   * (section 16.6 step 8) or its Record-Route (step 4). When the header is absent, the field goes
   * after the last Via, or first when there is no Via.
   */
  public SipMessage prepend(HeaderName name, HeaderValue value) {
    List<HeaderField> out = new ArrayList<>(headers.size() + 1);
    int at = -1;
    int afterLastVia = 0;
    for (int i = 0; i < headers.size(); i++) {
      if (at < 0 && headers.get(i).is(name)) {
        at = i;
      }
      if (headers.get(i).is(HeaderName.VIA)) {
        afterLastVia = i + 1;
      }
    }
    out.addAll(headers);
    out.add(at >= 0 ? at : name.equals(HeaderName.VIA) ? 0 : afterLastVia,
        HeaderField.of(name, value));
    return withHeaders(out);
  }

  /** A copy without the first value of the header: a proxy removing its Via (section 16.7). */
  public SipMessage withoutFirstValue(HeaderName name) {
    List<HeaderField> out = new ArrayList<>(headers);
    for (int i = 0; i < out.size(); i++) {
      HeaderField f = out.get(i);
      if (f.is(name)) {
        if (f.values().size() <= 1) {
          out.remove(i);
        } else {
          out.set(i, new HeaderField(f.name(), f.headerName(),
              f.values().subList(1, f.values().size())));
        }
        break;
      }
    }
    return withHeaders(out);
  }

  /** A copy where the first value of the header is replaced (a Via given {@code received}). */
  public SipMessage withFirstValue(HeaderName name, HeaderValue value) {
    List<HeaderField> out = new ArrayList<>(headers);
    for (int i = 0; i < out.size(); i++) {
      HeaderField f = out.get(i);
      if (f.is(name) && !f.values().isEmpty()) {
        List<HeaderValue> vs = new ArrayList<>(f.values());
        vs.set(0, HeaderField.requireValue(name, value));
        out.set(i, new HeaderField(f.name(), f.headerName(), vs));
        return withHeaders(out);
      }
    }
    return append(name, value);
  }

  /** A copy without any field of this header. */
  public SipMessage without(HeaderName name) {
    List<HeaderField> out = new ArrayList<>(headers.size());
    for (HeaderField f : headers) {
      if (!f.is(name)) {
        out.add(f);
      }
    }
    return withHeaders(out);
  }

  /** A copy with this body and Content-Type (the printer computes Content-Length). */
  public SipMessage withBody(MediaType type, byte[] newBody) {
    return with(HeaderName.CONTENT_TYPE, type).withBody(newBody);
  }

  // ---- text and equality -----------------------------------------------------------------

  /**
   * Appends the canonical text: the start line, each field on its own line with the canonical name
   * in the model's order, Content-Length computed from the body (in place of the model's own, or
   * last), an empty line, and the body decoded as UTF-8. The codec's printer writes these bytes.
   */
  public void appendTo(PrintSink out) {
    appendStartLine(out);
    // Each field starts with the line end of the one before and its name, joined ahead of time
    // (HeaderName.lineStart): printing is made of short appends, and the fewer the faster.
    boolean lengthWritten = false;
    for (HeaderField f : headers) {
      if (f.is(HeaderName.CONTENT_LENGTH)) {
        if (!lengthWritten) {
          out.append(HeaderName.CONTENT_LENGTH.lineStart()).append(bodyLength);
          lengthWritten = true;
        }
        continue;
      }
      out.append(f.headerName().lineStart());
      f.appendValuesTo(out);
    }
    if (!lengthWritten) {
      out.append(HeaderName.CONTENT_LENGTH.lineStart()).append(bodyLength);
    }
    out.append("\r\n\r\n");
  }

  /** The body as an array of its own (the same array when it is not a view into wire bytes). */
  byte[] rawBody() {
    return bodyOffset == 0 && bodyLength == body.length ? body : body();
  }

  /** Copies the body into {@code target} at {@code offset} (for the printer, without a copy). */
  public void copyBodyInto(byte[] target, int offset) {
    System.arraycopy(body, bodyOffset, target, offset, bodyLength);
  }

  /**
   * Equal when the start lines, the header values (by canonical name, in order, a comma-separated
   * field counting as one field a value) and the body bytes are equal. How a header was spelled,
   * folded or spaced does not count, nor does Content-Length: it only frames the body (section
   * 18.3), and the bodies themselves are compared.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SipMessage other) || getClass() != other.getClass()) {
      return false;
    }
    return startLine().equals(other.startLine())
        && sameHeaderValues(other)
        && Arrays.equals(body, bodyOffset, bodyOffset + bodyLength, other.body, other.bodyOffset,
            other.bodyOffset + other.bodyLength);
  }

  private boolean sameHeaderValues(SipMessage other) {
    List<HeaderName> myNames = new ArrayList<>();
    List<HeaderValue> myValues = new ArrayList<>();
    flatten(myNames, myValues);
    List<HeaderName> theirNames = new ArrayList<>();
    List<HeaderValue> theirValues = new ArrayList<>();
    other.flatten(theirNames, theirValues);
    return myNames.equals(theirNames) && myValues.equals(theirValues);
  }

  private void flatten(List<HeaderName> names, List<HeaderValue> values) {
    for (HeaderField f : headers) {
      if (f.is(HeaderName.CONTENT_LENGTH)) {
        continue;
      }
      if (f.values().isEmpty()) {
        names.add(f.headerName());
        values.add(null);
      }
      for (HeaderValue v : f.values()) {
        names.add(f.headerName());
        values.add(v);
      }
    }
  }

  @Override
  public int hashCode() {
    int h = startLine().hashCode();
    for (HeaderField f : headers) {
      if (f.is(HeaderName.CONTENT_LENGTH)) {
        continue;
      }
      for (HeaderValue v : f.values()) {
        h = 31 * h + v.hashCode();
      }
    }
    for (int i = bodyOffset; i < bodyOffset + bodyLength; i++) {
      h = 31 * h + body[i];
    }
    return h;
  }

  /** The canonical text, with the body, for logs and test failures. */
  @Override
  public String toString() {
    PrintSink sb = new PrintSink(256 + bodyLength);
    appendTo(sb);
    sb.append(bodyText());
    return sb.toString();
  }
}
