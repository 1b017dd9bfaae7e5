package org.siplab.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.siplab.message.CSeq;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.HostPort;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.RetryAfter;
import org.siplab.message.SipDate;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.TelUri;
import org.siplab.message.Text;
import org.siplab.message.Token;
import org.siplab.message.Via;
import org.siplab.message.Warning;
import org.siplab.message.Wildcard;

/**
 * Generates valid SIP messages from values: every header siplab types, with the awkward corners of
 * the grammar (quoted display names with escapes and UTF-8, IPv6 hosts, escaped URI users, URI
 * parameters and headers, empty lists, binary bodies).
 */
public final class MessageGen {

  static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  static final String ALNUM = ALPHA + "0123456789";
  static final String TOKEN = ALNUM + "-.!%*_+`'~";
  static final String WORD = TOKEN + "()<>:\\\"/[]?{}";
  static final String HEX = "0123456789abcdef";
  /**
   * The characters a quoted-string carries only as a quoted-pair: the controls other than tab, CR
   * and LF, and DEL (RFC 3261 section 25.1, quoted-pair and qdtext). CR and LF cannot be carried
   * at all.
   */
  static final String CONTROLS = controls();
  /**
   * Text for quoted-strings: tokens, spaces and tabs, the two escaped characters, UTF-8, controls.
   */
  static final String QUOTABLE = TOKEN + " \t\"\\é" + CONTROLS;
  static final List<Method> METHODS = List.of(Method.INVITE, Method.ACK, Method.BYE,
      Method.CANCEL, Method.OPTIONS, Method.REGISTER, Method.INFO, Method.MESSAGE,
      Method.of("FOO"));

  private MessageGen() {}

  public static Gen<SipMessage> messages() {
    Gen<SipMessage> gen = in -> message(new Draw(in));
    return gen.describedAs(SipMessage::toString);
  }

  public static SipMessage message(Draw d) {
    return d.chance(60) ? request(d) : response(d);
  }

  static SipRequest request(Draw d) {
    Method method = d.pick(METHODS);
    SipRequest.Builder b = SipRequest.builder(method, d.chance(90) ? sipUri(d, false) : telUri(d));
    List<HeaderField> fields = commonHeaders(d, method, true);
    b.fields(fields);
    addBody(d, b);
    return b.build();
  }

  static SipResponse response(Draw d) {
    int status = d.between(100, 699);
    SipResponse.Builder b = d.chance(80)
        ? SipResponse.builder(status)
        : SipResponse.builder(status, d.pick("", "Very Good", "Bien reçu ✓", "x\ty"));
    b.fields(commonHeaders(d, d.pick(METHODS), false));
    addBody(d, b);
    return b.build();
  }

  private static List<HeaderField> commonHeaders(Draw d, Method method, boolean request) {
    List<HeaderField> f = new ArrayList<>();
    int vias = d.between(1, 3);
    for (int i = 0; i < vias; i++) {
      f.add(field(HeaderName.VIA, via(d)));
    }
    if (request) {
      f.add(field(HeaderName.MAX_FORWARDS, new Numeric(d.between(0, 255))));
    }
    f.add(field(HeaderName.FROM, nameAddr(d).withTag(d.string(TOKEN, 1, 12))));
    NameAddress to = nameAddr(d);
    f.add(field(HeaderName.TO, d.chance(50) ? to.withTag(d.string(TOKEN, 1, 12)) : to));
    f.add(field(HeaderName.CALL_ID, new Text(callId(d))));
    f.add(field(HeaderName.CSEQ, new CSeq(d.between(0L, CSeq.MAX_NUMBER), method)));
    int optional = d.between(0, 8);
    for (int i = 0; i < optional; i++) {
      HeaderField extra = optionalHeader(d);
      boolean repeatsSingle = extra.headerName().isSingleValue()
          && f.stream().anyMatch(x -> x.is(extra.headerName()));
      // Contact: * stands alone (sections 20.10 and 7.3.1), and a REGISTER may carry it only with
      // Expires: 0 (section 10.2.2), which these messages do not have.
      boolean wildcard = extra.is(HeaderName.CONTACT) && extra.first() == Wildcard.INSTANCE;
      boolean wildcardClash = extra.is(HeaderName.CONTACT)
          && (request && method.equals(Method.REGISTER) && wildcard
              || f.stream().anyMatch(x -> x.is(HeaderName.CONTACT)
                  && (wildcard || x.first() == Wildcard.INSTANCE)));
      if (!repeatsSingle && !wildcardClash) {
        f.add(extra);
      }
    }
    java.util.Collections.rotate(f.subList(vias, f.size()), d.between(0, f.size() - vias));
    return f;
  }

  /**
   * A header kept as text; a list header's values are separate values, as section 7.3.1 counts
   * them ("da, en-gb;q=0.8" is two).
   */
  private static HeaderField textField(HeaderName name, String text) {
    return name.arity() == HeaderName.Arity.LIST
        ? HeaderField.of(name, java.util.Arrays.stream(text.split(", ")).map(Text::new).toList())
        : HeaderField.of(name, new Text(text));
  }

  private static HeaderField field(HeaderName name, HeaderValue v) {
    return HeaderField.of(name, v);
  }

  private static HeaderField optionalHeader(Draw d) {
    return switch (d.between(0, 23)) {
      case 0 -> field(HeaderName.CONTACT, d.chance(10) ? Wildcard.INSTANCE : contact(d));
      case 1 -> HeaderField.of(HeaderName.CONTACT, List.of(contact(d), contact(d)));
      case 2 -> field(HeaderName.ROUTE, NameAddress.of(sipUri(d, false)
          .withParameter(Parameter.flag("lr"))));
      case 3 -> field(HeaderName.RECORD_ROUTE, NameAddress.of(sipUri(d, false)));
      case 4 -> field(HeaderName.EXPIRES, new Numeric(d.between(0L, 0xFFFF_FFFFL)));
      case 5 -> field(HeaderName.DATE, new SipDate(sipDate(d)));
      case 6 -> field(HeaderName.RETRY_AFTER, new RetryAfter(d.between(0L, 0xFFFF_FFFFL),
          d.chance(50) ? null : d.pick("in a meeting", "back (soon)"),
          d.chance(50) ? Parameters.NONE : Parameters.of(Parameter.of("duration", "3600"))));
      // warn-code = 3DIGIT: SIP's 3xx mostly, and now and then any code, 000 to 999.
      case 7 -> field(HeaderName.WARNING, new Warning(
          d.chance(80) ? d.between(300, 399) : d.between(0, 999),
          d.pick("atlanta.example.com", "pseudonym", "192.0.2.1:5060", "[2001:db8::1]:5060",
              "proxy_7!"),
          d.string(QUOTABLE, 0, 20)));
      case 8 -> HeaderField.of(HeaderName.ALLOW, tokens(d, 0, 6, List.of("INVITE", "ACK", "BYE",
          "CANCEL", "OPTIONS", "INFO")));
      case 9 -> HeaderField.of(d.pick(HeaderName.SUPPORTED, HeaderName.REQUIRE,
          HeaderName.PROXY_REQUIRE, HeaderName.UNSUPPORTED), tokens(d, 1, 3,
          List.of("100rel", "timer", "replaces", "path", "foo.bar")));
      case 10 -> field(HeaderName.WWW_AUTHENTICATE, new Challenge("Digest", Parameters.of(
          Parameter.quoted("realm", d.string(QUOTABLE + "@", 1, 15)),
          Parameter.quoted("nonce", d.string(ALNUM + "/+=", 8, 30)),
          Parameter.of("algorithm", d.pick("MD5", "SHA-256")),
          Parameter.quoted("qop", "auth"))));
      case 11 -> field(HeaderName.PROXY_AUTHORIZATION, new Credentials("Digest", Parameters.of(
          Parameter.quoted("username", d.string(TOKEN, 1, 10)),
          Parameter.quoted("realm", d.string(TOKEN, 1, 10)),
          Parameter.quoted("nonce", d.string(ALNUM, 8, 20)),
          Parameter.quoted("uri", sipUri(d, false).toString()),
          Parameter.quoted("response", d.string(HEX, 32, 32)),
          Parameter.of("nc", d.string(HEX, 8, 8)),
          Parameter.of("qop", "auth"))));
      case 12 -> field(HeaderName.SUBJECT, new Text(d.pick("Lunch?", "Où est le déjeuner",
          "(x) y")));
      case 13 -> field(HeaderName.of("X-" + d.string(TOKEN, 1, 10)),
          new Text(d.string(TOKEN + ",;=é", 1, 20)));
      // media-range = ( "*/*" / ( m-type SLASH "*" ) / ( m-type SLASH m-subtype ) ) ...
      case 14 -> field(HeaderName.ACCEPT, d.pick(true, false)
          ? new MediaType("*", "*", Parameters.NONE)
          : new MediaType(d.pick("application", "text"), d.pick("sdp", "plain", "*"),
              d.chance(50) ? Parameters.NONE : Parameters.of(Parameter.of("q", "0.5"))));
      case 15 -> HeaderField.of(HeaderName.ACCEPT, List.of());
      case 16 -> field(HeaderName.AUTHORIZATION, new Credentials("Digest", Parameters.of(
          Parameter.quoted("username", d.string(QUOTABLE, 1, 10)),
          Parameter.quoted("realm", d.string(TOKEN, 1, 10)),
          Parameter.quoted("nonce", d.string(ALNUM, 8, 20)),
          Parameter.quoted("uri", sipUri(d, false).toString()),
          Parameter.quoted("response", d.string(HEX, 32, 32)),
          Parameter.of("algorithm", d.pick("MD5", "SHA-256")))));
      case 17 -> field(HeaderName.PROXY_AUTHENTICATE, new Challenge("Digest", Parameters.of(
          Parameter.quoted("realm", d.string(QUOTABLE, 1, 15)),
          Parameter.quoted("nonce", d.string(ALNUM + "/+=", 8, 30)),
          Parameter.of("stale", d.pick("TRUE", "FALSE")))));
      case 18 -> field(HeaderName.MIN_EXPIRES, new Numeric(d.between(0L, 0xFFFF_FFFFL)));
      case 19 -> field(HeaderName.REPLY_TO, nameAddr(d));
      case 20 -> HeaderField.of(d.pick(HeaderName.CONTENT_ENCODING, HeaderName.CONTENT_LANGUAGE),
          tokens(d, 1, 3, List.of("gzip", "en", "fr-CA", "x-foo")));
      // Timestamp has a grammar of its own (section 20.38), so it gets a value that follows it;
      // the others are free text or lists of words.
      case 21 -> d.pick(true, false)
          ? textField(HeaderName.TIMESTAMP, d.pick("54.2 0.5", "54", "54.", "7 .25"))
          : d.pick(true, false)
              ? textField(d.pick(HeaderName.ORGANIZATION, HeaderName.EVENT,
                  HeaderName.ALLOW_EVENTS), d.pick("gzip", "Bi\u00e8re & Co", "presence"))
              : d.pick(true, false)
                  ? textField(d.pick(HeaderName.USER_AGENT, HeaderName.SERVER),
                      d.pick("siplab/1.0 (test)", "Biere/2 (caf\u00e9) x"))
                  : textField(d.pick(HeaderName.ACCEPT_ENCODING, HeaderName.ACCEPT_LANGUAGE),
                      d.pick("da, en-gb;q=0.8", "*"));
      default -> field(HeaderName.ROUTE, NameAddress.of(sipUri(d, false)
          .withParameter(Parameter.flag("lr"))).withParameter(Parameter.of("x", "1")));
    };
  }

  /**
   * Any second a SIP-date can say (date1's year is 4DIGIT, 0000 to 9999), with years of one, two
   * and three digits as often as recent ones, since they are the ones printed with leading zeros.
   */
  public static Instant sipDate(Draw d) {
    int year = switch (d.between(0, 4)) {
      case 0 -> d.between(0, 9);
      case 1 -> d.between(10, 99);
      case 2 -> d.between(100, 999);
      case 3 -> d.between(1000, 9999);
      default -> d.between(1970, 2100);
    };
    Instant start = LocalDateTime.of(year, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    Instant end = LocalDateTime.of(year + 1, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
    long seconds = end.getEpochSecond() - start.getEpochSecond();
    // The first and last seconds of the year now and then, where the day and time roll over.
    long at = d.chance(10) ? d.pick(0L, seconds - 1) : d.between(0L, seconds - 1);
    return start.plusSeconds(at);
  }

  private static List<HeaderValue> tokens(Draw d, int lo, int hi, List<String> pool) {
    int n = d.between(lo, hi);
    List<HeaderValue> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Token(d.pick(pool)));
    }
    return out;
  }

  private static void addBody(Draw d, org.siplab.message.HeaderListBuilder<?> b) {
    switch (d.between(0, 3)) {
      case 0 -> { }
      case 1 -> b.body(MediaType.SDP, "v=0\r\no=- 1 1 IN IP4 192.0.2.1\r\ns=-\r\nc=IN IP4 "
          + "192.0.2.1\r\nt=0 0\r\nm=audio 49170 RTP/AVP 0\r\n");
      case 2 -> b.body(new MediaType("text", "plain", Parameters.of(Parameter.of("charset",
          "UTF-8"))), "héllo wörld ✓".getBytes(StandardCharsets.UTF_8));
      default -> {
        byte[] bin = new byte[d.between(1, 64)];
        for (int i = 0; i < bin.length; i++) {
          bin[i] = (byte) d.between(0, 255);
        }
        b.body(new MediaType("application", "octet-stream", Parameters.NONE), bin);
      }
    }
  }

  static Via via(Draw d) {
    Parameters p = Parameters.of(Parameter.of("branch", "z9hG4bK" + d.string(ALNUM + "-.", 1, 16)));
    if (d.chance(30)) {
      p = p.with(d.chance(50)
          ? Parameter.flag("rport") : Parameter.of("rport", "" + d.between(1, 65535)));
    }
    if (d.chance(30)) {
      p = p.with(Parameter.of("received", d.pick("192.0.2.77", "2001:db8::9")));
    }
    if (d.chance(10)) {
      p = p.with(Parameter.of("ttl", "" + d.between(0, 255)));
    }
    if (d.chance(10)) {
      p = p.with(Parameter.of("maddr", hostPort(d).host()));
    }
    return new Via("SIP", "2.0", d.pick("UDP", "TCP", "TLS", "SCTP", "WS"), hostPort(d), p);
  }

  static HostPort hostPort(Draw d) {
    String host = switch (d.between(0, 2)) {
      case 0 -> d.string(ALPHA, 1, 8) + "." + d.pick("example.com", "example.org", "test");
      case 1 -> d.between(1, 255) + "." + d.between(0, 255) + "." + d.between(0, 255) + "."
          + d.between(0, 255);
      default -> "[2001:db8::" + Integer.toHexString(d.between(1, 0xffff)) + "]";
    };
    return new HostPort(host, d.chance(50) ? d.between(1, 65535) : HostPort.NO_PORT);
  }

  static SipUri sipUri(Draw d, boolean withHeaders) {
    String user = d.chance(80) ? d.string(ALNUM + "-_.!~*'()&=+$,;?/", 1, 10)
        + (d.chance(20) ? "%4" + d.pick("0", "1", "F") : "") : null;
    String password = user != null && d.chance(10) ? d.string(ALNUM + "&=+$,", 1, 6) : null;
    Parameters params = Parameters.NONE;
    if (d.chance(40)) {
      params = params.with(Parameter.of("transport", d.pick("udp", "tcp")));
    }
    if (d.chance(30)) {
      params = params.with(Parameter.flag("lr"));
    }
    if (d.chance(20)) {
      params = params.with(Parameter.of("x-" + d.string(ALNUM, 1, 4),
          d.string(ALNUM + "[]/:&+$", 1, 6)));
    }
    if (d.chance(5)) {
      params = params.with(Parameter.of("ttl", "" + d.between(0, 255)));
    }
    Parameters headers = withHeaders && d.chance(30)
        ? Parameters.of(Parameter.of("Subject", "hi%20there"), Parameter.of("Priority", "urgent"))
        : Parameters.NONE;
    return new SipUri(d.chance(10), user, password, hostPort(d), params, headers);
  }

  static TelUri telUri(Draw d) {
    return new TelUri("+1-201-555-" + d.between(1000, 9999), d.chance(50) ? Parameters.NONE
        : Parameters.of(Parameter.of("phone-context", "example.com")));
  }

  static NameAddress nameAddr(Draw d) {
    String display = switch (d.between(0, 5)) {
      case 0 -> null;
      case 1 -> d.string(TOKEN, 1, 8);
      case 2 -> d.string(TOKEN, 1, 5) + " " + d.string(TOKEN, 1, 5);
      case 3 -> "Bell, \"Alexander\" \\ " + d.string(ALNUM, 0, 3);
      case 4 -> d.string(QUOTABLE, 0, 12);
      // The last is RFC 4475's intmeth (section 3.1.1.3): quoted-pairs of BEL, NUL and DEL.
      default -> d.pick("Jäsøn Doe", "大停電", "<script>alert(1)</script>", "",
          "BEL:\u0007 NUL:\u0000 DEL:\u007F");
    };
    return new NameAddress(display, d.chance(90) ? sipUri(d, true) : telUri(d), Parameters.NONE);
  }

  static NameAddress contact(Draw d) {
    NameAddress c = nameAddr(d);
    if (d.chance(50)) {
      c = c.withParameter(Parameter.of("expires", "" + d.between(0L, 0xFFFF_FFFFL)));
    }
    if (d.chance(50)) {
      c = c.withParameter(Parameter.of("q", d.pick("0", "0.5", "0.123", "1", "1.000")));
    }
    return c;
  }

  private static String controls() {
    StringBuilder sb = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\r' && c != '\n') {
        sb.append(c);
      }
    }
    return sb.append('\u007F').toString();
  }

  static String callId(Draw d) {
    String id = d.string(WORD, 1, 20);
    return d.chance(60) ? id + "@" + d.string(WORD, 1, 10) : id;
  }
}
