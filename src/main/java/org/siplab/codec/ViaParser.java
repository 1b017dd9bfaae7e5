package org.siplab.codec;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.HeaderValue;
import org.siplab.message.HostPort;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.Via;

/**
 * The Via header, RFC 3261 section 20.42:
 *
 * <pre>
 * Via           = ( "Via" / "v" ) HCOLON via-parm *(COMMA via-parm)
 * via-parm      = sent-protocol LWS sent-by *( SEMI via-params )
 * sent-protocol = protocol-name SLASH protocol-version SLASH transport
 * sent-by       = host [ COLON port ]
 * via-ttl       = "ttl" EQUAL ttl            ; ttl = 1*3DIGIT ; 0 to 255
 * via-maddr     = "maddr" EQUAL host
 * via-received  = "received" EQUAL (IPv4address / IPv6address)
 * </pre>
 */
final class ViaParser {

  private static final String RFC = "RFC 3261 section 20.42";
  private static final String RULE = "Via";

  private ViaParser() {}

  static List<HeaderValue> vias(Cursor c) {
    List<HeaderValue> list = new ArrayList<>(1);
    do {
      list.add(viaParm(c));
      HeaderValueParser.checkListSize(c, list.size(), RULE);
    } while (c.trySeparator(','));
    c.expectEnd("the last Via value", RULE, RFC);
    return Lists.compact(list);
  }

  private static Via viaParm(Cursor c) {
    c.sws();
    String name = c.token("the protocol name (SIP)", RULE, RFC, "SIP");
    c.separator('/', RULE, RFC);
    String version = c.token("the protocol version (2.0)", RULE, RFC, "2.0");
    c.separator('/', RULE, RFC);
    String transport = transport(c);
    if (!c.lws()) {
      throw c.fail("expected whitespace between the transport and the sent-by host" + c.foundText(),
          RULE, RFC);
    }
    HostPort sentBy = sentBy(c);
    Parameters params = ParamParser.semiParams(c, RULE, RFC, ViaParser::checkParam);
    return new Via(canonical(name, "SIP"), version, transport, sentBy, params);
  }

  private static final String[] TRANSPORTS = {"UDP", "TCP", "TLS", "SCTP"};

  /**
   * {@code transport = "UDP" / "TCP" / "TLS" / "SCTP" / other-transport}. Tokens are
   * case-insensitive (section 7.3.1), so {@code udp} is read as {@code UDP}, as the version is
   * read as {@code SIP/2.0}: the value then compares equal and prints as the RFC writes it.
   */
  private static String transport(Cursor c) {
    String written = c.tokenOf("the transport (UDP, TCP, TLS, SCTP...)", RULE, RFC, TRANSPORTS);
    for (String known : TRANSPORTS) {
      if (known.equalsIgnoreCase(written)) {
        return known;
      }
    }
    return written;
  }

  private static String canonical(String written, String known) {
    return known.equalsIgnoreCase(written) ? known : written;
  }

  /** {@code sent-by = host [ COLON port ]}, where {@code COLON = SWS ":" SWS}. */
  private static HostPort sentBy(Cursor c) {
    String host = UriParser.host(c, c.end, RULE);
    int port = HostPort.NO_PORT;
    if (c.trySeparator(':')) {
      port = (int) c.digits("the port", 65535, "is above 65535, the largest port", RULE, RFC);
    }
    return new HostPort(host, port);
  }

  private static void checkParam(Cursor c, int at, Parameter p) {
    if (p.named("ttl")) {
      ParamParser.checkNumber(c, at, p, 255, RULE, RFC + " (ttl is 0 to 255)");
      // ttl = 1*3DIGIT: leading zeros do not make the value larger, but a fourth digit breaks
      // the grammar, so ttl=0001 is refused although it is 1.
      if (p.value().length() > 3) {
        throw c.failAt(at, "ttl has one to three digits (0 to 255); this one has "
            + p.value().length(), RULE, RFC + " (ttl is 0 to 255)");
      }
    } else if (p.named("branch") && (p.value() == null || p.quoted())) {
      throw c.failAt(at, "branch needs a value (a token)", RULE, RFC);
    } else if (p.named("rport") && p.value() != null) {
      ParamParser.checkNumber(c, at, p, 65535, RULE, "RFC 3581 section 3");
    } else if ((p.named("received") || p.named("maddr")) && (p.value() == null || p.quoted())) {
      throw c.failAt(at, p.name() + " needs an address as its value", RULE, RFC);
    } else if (p.named("received")) {
      // The checker runs right after the parameter is read, so its unquoted value ends here.
      received(c, c.pos - p.value().length(), c.pos);
    } else if (p.named("maddr")) {
      // via-maddr = "maddr" EQUAL host; a bracketed value was already read as a host.
      UriParser.hostValue(c, c.pos - p.value().length(), c.pos, RULE, Cursor.GRAMMAR
          + " (via-maddr)");
    }
  }

  /**
   * {@code via-received = "received" EQUAL (IPv4address / IPv6address)}: the address the request
   * came from (section 18.2.1), never a host name. A bracketed IPv6 reference, which some
   * implementations write there (RFC 5118 section 4.5), is accepted too; ParamParser has already
   * checked it as a host.
   */
  private static void received(Cursor c, int from, int to) {
    String s = c.src;
    if (s.charAt(from) == '[') {
      return;
    }
    int digits = from;
    while (digits < to && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    int colon = from;
    while (colon < to && s.charAt(colon) != ':') {
      colon++;
    }
    int end;
    if (digits > from && digits < to && s.charAt(digits) == '.') {
      end = UriParser.ipv4Address(c, from, to, RULE);
    } else if (colon < to) {
      end = UriParser.ipv6Address(c, from, to, RULE);
    } else {
      throw c.failAt(from, "received holds the IP address the request came from, IPv4 (as in"
          + " 192.0.2.1) or IPv6 (as in 2001:db8::1), not a host name or other text: '"
          + s.substring(from, to) + "'", RULE, Cursor.GRAMMAR + " (via-received)");
    }
    if (end < to) {
      throw c.failAt(end, "unexpected " + Cursor.quote(s.substring(end, end + 1)) + " after the IP"
          + " address in received", RULE, Cursor.GRAMMAR + " (via-received)");
    }
  }
}
