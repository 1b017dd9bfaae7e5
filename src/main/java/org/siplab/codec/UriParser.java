package org.siplab.codec;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.AbsoluteUri;
import org.siplab.message.HostPort;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipUri;
import org.siplab.message.TelUri;
import org.siplab.message.Uri;
import org.siplab.message.UriEscapes;

/**
 * URIs, RFC 3261 section 19.1 and 25.1 ({@code SIP-URI}, {@code SIPS-URI}, {@code absoluteURI}) and
 * RFC 3966 ({@code tel}). The caller finds where the URI ends, because that depends on where it
 * stands: at the space in a Request-Line, at the {@code >} of a name-addr, at a {@code ;} in a bare
 * addr-spec (section 20.10). The URI itself never holds whitespace.
 */
final class UriParser {

  static final String RFC_SIP_URI = "RFC 3261 section 19.1.1";
  private static final String RULE = "SIP-URI";

  /** Character classes of section 25.1, as tables: one lookup a character. */
  private static final boolean[] UNRESERVED = table("-_.!~*'()");
  private static final boolean[] USER = table("-_.!~*'()" + "&=+$,;?/");
  private static final boolean[] PASSWORD = table("-_.!~*'()" + "&=+$,");
  private static final boolean[] PARAM = table("-_.!~*'()" + "[]/:&+$");
  private static final boolean[] HNV = table("-_.!~*'()" + "[]/?:+$");
  /** {@code reserved / unreserved}: a {@code uric} but for {@code escaped}. */
  private static final boolean[] URIC = table("-_.!~*'()" + ";/?:@&=+$,");

  private static boolean[] table(String marks) {
    boolean[] t = new boolean[128];
    for (int c = 0; c < 128; c++) {
      t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || marks.indexOf(c) >= 0;
    }
    return t;
  }

  private static boolean in(boolean[] table, char ch) {
    return ch < 128 && table[ch];
  }

  private UriParser() {}

  /** Parses the URI in {@code [c.pos, uriEnd)} and leaves the cursor at {@code uriEnd}. */
  static Uri uri(Cursor c, int uriEnd) {
    int start = c.pos;
    try {
      return uriOf(c, start, uriEnd);
    } catch (Malformed m) {
      throw whitespaceOrControl(c, start, uriEnd).orElse(m);
    }
  }

  /**
   * A URI never holds whitespace or control characters; when parsing fails, one of those is the
   * likelier cause, and the clearer message. Checked only on failure, to keep parsing one pass.
   */
  private static java.util.Optional<Malformed> whitespaceOrControl(Cursor c, int start, int end) {
    for (int i = start; i < end; i++) {
      char ch = c.src.charAt(i);
      if (ch <= ' ' || ch == 0x7F) {
        return java.util.Optional.of(c.failAt(i, ch == ' ' || ch == '\t' || ch == '\r'
                || ch == '\n'
                ? "whitespace inside a URI; a URI cannot contain spaces"
                : "control character " + Cursor.codePoint(ch) + " inside a URI",
            RULE, Cursor.GRAMMAR));
      }
    }
    return java.util.Optional.empty();
  }

  private static Uri uriOf(Cursor c, int start, int uriEnd) {
    int colon = indexOf(c.src, ':', start, uriEnd);
    if (colon < 0) {
      throw c.fail("expected a URI with a scheme (sip:, sips:, tel:...)" + c.foundText(),
          "absoluteURI", Cursor.GRAMMAR);
    }
    Uri uri;
    if (schemeIs(c, start, colon, "sip")) {
      c.pos = colon + 1;
      uri = sipUri(c, uriEnd, false);
    } else if (schemeIs(c, start, colon, "sips")) {
      c.pos = colon + 1;
      uri = sipUri(c, uriEnd, true);
    } else if (schemeIs(c, start, colon, "tel")) {
      c.pos = colon + 1;
      uri = telUri(c, uriEnd);
    } else {
      uri = absoluteUri(c, start, colon, uriEnd);
    }
    c.pos = uriEnd;
    return uri;
  }

  private static boolean schemeIs(Cursor c, int start, int colon, String scheme) {
    return colon - start == scheme.length()
        && c.src.regionMatches(true, start, scheme, 0, scheme.length());
  }

  /** {@code SIP-URI = "sip:" [ userinfo ] hostport uri-parameters [ headers ]}. */
  private static SipUri sipUri(Cursor c, int uriEnd, boolean secure) {
    String user = null;
    String password = null;
    int at = indexOf(c.src, '@', c.pos, uriEnd);
    if (at >= 0) {
      int colon = indexOf(c.src, ':', c.pos, at);
      int userEnd = colon >= 0 ? colon : at;
      user = userPart(c, userEnd);
      if (userEnd < at) {
        c.pos = userEnd + 1;
        password = password(c, at);
      }
      c.pos = at + 1;
    }
    HostPort hostPort = hostPort(c, uriEnd, RULE);
    Parameters params = uriParameters(c, uriEnd);
    Parameters headers = Parameters.NONE;
    if (c.pos < uriEnd && c.src.charAt(c.pos) == '?') {
      headers = uriHeaders(c, uriEnd);
    }
    if (c.pos < uriEnd) {
      throw c.fail("unexpected character in a SIP URI" + c.foundText(), RULE, RFC_SIP_URI);
    }
    return new SipUri(secure, user, password, hostPort, params, headers);
  }

  /**
   * Where the headers of the SIP URI in {@code [start, end)} begin, or -1: the first '?' after the
   * '@' that {@link #sipUri} takes to end the userinfo. The user part may hold '?'
   * (user-unreserved, section 25.1) but the host, port and uri-parameters cannot, so that '?' is
   * the headers' one.
   */
  static int headersStart(String src, int start, int end) {
    int at = indexOf(src, '@', start, end);
    return indexOf(src, '?', at < 0 ? start : at, end);
  }

  private static int indexOf(String s, char ch, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == ch) {
        return i;
      }
    }
    return -1;
  }

  /** {@code user = 1*( unreserved / escaped / user-unreserved )}. */
  private static String userPart(Cursor c, int userEnd) {
    int start = c.pos;
    if (start == userEnd) {
      throw c.fail("the user part before '@' is empty", "userinfo", Cursor.GRAMMAR);
    }
    for (int i = start; i < userEnd; i++) {
      char ch = c.src.charAt(i);
      if (ch == '%') {
        checkEscape(c, i, userEnd, "userinfo");
      } else if (!in(USER, ch)) {
        int cp = c.src.codePointAt(i);
        throw c.failAt(i, "character " + Cursor.describe(cp) + " is not allowed in the user part"
            + " of a URI; it must be escaped as " + escaped(cp), "user", Cursor.GRAMMAR);
      }
    }
    return c.src.substring(start, userEnd);
  }

  /** {@code password = *( unreserved / escaped / "&" / "=" / "+" / "$" / "," )}. */
  private static String password(Cursor c, int passwordEnd) {
    for (int i = c.pos; i < passwordEnd; i++) {
      char ch = c.src.charAt(i);
      if (ch == '%') {
        checkEscape(c, i, passwordEnd, "password");
      } else if (!in(PASSWORD, ch)) {
        throw c.failAt(i, "character " + describeAt(c, i) + " is not allowed in a URI password",
            "password", Cursor.GRAMMAR);
      }
    }
    return c.src.substring(c.pos, passwordEnd);
  }

  /**
   * {@code hostport = host [ ":" port ]}, {@code host = hostname / IPv4address / IPv6reference}.
   */
  static HostPort hostPort(Cursor c, int limit, String rule) {
    String host = host(c, limit, rule);
    int port = HostPort.NO_PORT;
    if (c.pos < limit && c.src.charAt(c.pos) == ':') {
      c.pos++;
      port = (int) c.digits("the port", 65535, "is above 65535, the largest port", rule,
          Cursor.GRAMMAR + " (port)");
    }
    return new HostPort(host, port);
  }

  /**
   * {@code host = hostname / IPv4address / IPv6reference}, checked in the one pass that finds where
   * the host ends: this scan is on the parser's hot path, so it allocates nothing but the result.
   */
  static String host(Cursor c, int limit, String rule) {
    int start = c.pos;
    if (c.pos < limit && c.src.charAt(c.pos) == '[') {
      c.pos = ipv6Reference(c, start, limit, rule);
      return c.src.substring(start, c.pos);
    }
    c.pos = hostname(c, start, limit, rule);
    return c.src.substring(start, c.pos);
  }

  /**
   * {@code hostname = *( domainlabel "." ) toplabel [ "." ]}, {@code domainlabel = alphanum /
   * alphanum *( alphanum / "-" ) alphanum}, {@code toplabel = ALPHA / ALPHA *( alphanum / "-" )
   * alphanum}, or an {@code IPv4address}: the only host whose last label starts with a digit is
   * four groups of 1 to 3 digits. Returns the index after the host.
   */
  private static int hostname(Cursor c, int start, int limit, String rule) {
    String s = c.src;
    int label = start;
    int previousLabel = start;
    int dots = 0;
    boolean numeric = true;
    int longGroup = -1;
    int i = start;
    for (; i < limit; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        if (i - label == 3 && longGroup < 0) {
          longGroup = i;
        }
      } else if (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') {
        numeric = false;
      } else if (ch == '-') {
        if (i == label) {
          throw hyphenAtLabelEdge(c, start, i, limit, rule, "start");
        }
        numeric = false;
      } else if (ch == '.') {
        if (i == label) {
          throw c.failAt(i, i == start ? "a host name cannot start with '.'"
              : "two dots in a row: a host name cannot have an empty label", rule,
              Cursor.GRAMMAR + " (hostname)");
        }
        if (s.charAt(i - 1) == '-') {
          throw hyphenAtLabelEdge(c, start, i - 1, limit, rule, "end");
        }
        previousLabel = label;
        label = i + 1;
        dots++;
      } else {
        break;
      }
    }
    if (i == start) {
      throw c.fail("expected a host name or IP address" + c.foundText(), rule,
          Cursor.GRAMMAR + " (host)");
    }
    boolean trailingDot = label == i;
    if (!trailingDot && s.charAt(i - 1) == '-') {
      throw hyphenAtLabelEdge(c, start, i - 1, limit, rule, "end");
    }
    int top = trailingDot ? previousLabel : label;
    char first = s.charAt(top);
    if (first < '0' || first > '9') {
      return i;
    }
    boolean fourGroups = numeric && dots == 3 && !trailingDot;
    if (fourGroups && longGroup < 0) {
      decOctets(c, start, i, rule);
      return i;
    }
    if (fourGroups) {
      throw c.failAt(longGroup, "a group of an IPv4 address has at most 3 digits", rule,
          Cursor.GRAMMAR + " (IPv4address)");
    }
    String host = s.substring(start, i);
    throw c.failAt(top, numeric
        ? "'" + host + "' is neither an IPv4 address, which is four groups of 1 to 3 digits"
            + " separated by '.' (as in 192.0.2.1), nor a host name, whose last label starts with a"
            + " letter"
        : "the last label of the host name '" + host + "' starts with a digit; a top-level label"
            + " starts with a letter", rule, Cursor.GRAMMAR + " (toplabel)");
  }

  /** A label starting or ending with '-' at {@code i}: named as a toplabel when it is the last. */
  private static Malformed hyphenAtLabelEdge(Cursor c, int start, int i, int limit, String rule,
      String edge) {
    int end = i;
    while (end < limit && (isAlphanum(c.src.charAt(end)) || c.src.charAt(end) == '-')) {
      end++;
    }
    boolean last = end + 1 >= limit || c.src.charAt(end) != '.'
        || !isAlphanum(c.src.charAt(end + 1)) && c.src.charAt(end + 1) != '-';
    return c.failAt(i, (i == start ? "a host name" : "a label of a host name") + " cannot " + edge
        + " with '-'; '-' may only stand between letters or digits", rule,
        Cursor.GRAMMAR + (last ? " (toplabel)" : " (domainlabel)"));
  }

  private static boolean isAlphanum(char ch) {
    return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
  }

  /**
   * {@code IPv6reference = "[" IPv6address "]"}; returns the index after the ']'. The address is
   * checked in the same pass that looks for the ']'.
   */
  private static int ipv6Reference(Cursor c, int start, int limit, String rule) {
    if (start + 1 < limit && c.src.charAt(start + 1) == ']') {
      throw c.failAt(start, "the IPv6 reference '[]' is empty", rule,
          Cursor.GRAMMAR + " (IPv6reference)");
    }
    try {
      int end = ipv6Address(c, start + 1, limit, rule);
      if (end >= limit || c.src.charAt(end) != ']') {
        throw notInIpv6(c, end, limit, rule);
      }
      return end + 1;
    } catch (Malformed m) {
      // Without a ']' the address runs into whatever follows it, so a missing ']' is the likelier
      // mistake and the clearer message. Looked for only on failure, to keep the scan one pass.
      if (indexOf(c.src, ']', start, limit) < 0) {
        throw c.failAt(start, "an IPv6 reference opened with '[' is never closed with ']'", rule,
            Cursor.GRAMMAR + " (IPv6reference)");
      }
      throw m;
    }
  }

  /**
   * {@code IPv6address = hexpart [ ":" IPv4address ]}, {@code hexpart = hexseq / hexseq "::" [
   * hexseq ] / "::" [ hexseq ]}, {@code hexseq = hex4 *( ":" hex4 )}, {@code hex4 = 1*4HEXDIG}
   * (RFC 3261 section 25.1), read from {@code from}; returns the index after the address.
   *
   * <p>Two corrections to that ABNF, as RFC 5954 makes them (it replaces the rule with RFC 3986's,
   * which follows RFC 4291 section 2.2): an IPv4 address may follow "::" directly ({@code
   * ::192.0.2.1}, RFC 4291 section 2.2 form 3), which section 25.1 misses, and ":::", which section
   * 25.1 lets through before an IPv4 address, is not an address. RFC 4291 section 2.2 also counts
   * the 16-bit groups: eight, an IPv4 address at the end counting as two, or fewer when "::" stands
   * for one or more groups of zeros.
   */
  static int ipv6Address(Cursor c, int from, int limit, String rule) {
    String s = c.src;
    int groups = 0;
    int doubleColon = -1;
    int i = from;
    if (i < limit && s.charAt(i) == ':') {
      if (i + 1 >= limit || s.charAt(i + 1) != ':') {
        throw c.failAt(i, "an IPv6 address cannot start with a single ':'; '::' stands for groups"
            + " of zeros", rule, Cursor.GRAMMAR + " (hexpart)");
      }
      doubleColon = i;
      i = afterDoubleColon(c, i, limit, rule);
      if (i >= limit || !UriEscapes.isHex(s.charAt(i))) {
        return i;
      }
    }
    while (true) {
      int group = i;
      while (i < limit && UriEscapes.isHex(s.charAt(i))) {
        i++;
      }
      if (i == group) {
        throw i > from && s.charAt(i - 1) == ':' && (i >= limit || s.charAt(i) == ']')
            ? c.failAt(i - 1, "an IPv6 address cannot end with a single ':'", rule,
                Cursor.GRAMMAR + " (hexseq)")
            : notInIpv6(c, i, limit, rule);
      }
      if (i < limit && s.charAt(i) == '.') {
        if (group == from) {
          throw c.failAt(group, "an IPv4 address inside an IPv6 address comes after its groups of"
              + " hex digits, as in ::ffff:192.0.2.1", rule, Cursor.GRAMMAR + " (IPv6address)");
        }
        i = ipv4Address(c, group, limit, rule);
        groups += 2;
        if (groups > 8) {
          throw tooManyGroups(c, group, rule);
        }
        break;
      }
      if (i - group > 4) {
        throw c.failAt(group + 4, "a group of an IPv6 address has at most 4 hex digits", rule,
            Cursor.GRAMMAR + " (hex4)");
      }
      if (++groups > 8) {
        throw tooManyGroups(c, group, rule);
      }
      if (i >= limit || s.charAt(i) != ':') {
        break;
      }
      if (i + 1 < limit && s.charAt(i + 1) == ':') {
        if (doubleColon >= 0) {
          throw c.failAt(i, "'::' can appear only once in an IPv6 address, or the number of zero"
              + " groups it stands for is unknown", rule,
              Cursor.GRAMMAR + " (hexpart); RFC 4291 section 2.2");
        }
        doubleColon = i;
        i = afterDoubleColon(c, i, limit, rule);
        if (i >= limit || !UriEscapes.isHex(s.charAt(i))) {
          break;
        }
      } else {
        i++;
      }
    }
    if (i < limit && (isAlphanum(s.charAt(i)) || s.charAt(i) == '.')) {
      // A letter past 'f' or a misplaced '.', which no address ends with: say so, not the count.
      throw notInIpv6(c, i, limit, rule);
    }
    if (doubleColon >= 0 && groups > 7) {
      throw c.failAt(doubleColon, "this IPv6 address has " + groups + " groups besides '::', which"
          + " stands for at least one more; an address has 8", rule,
          Cursor.GRAMMAR + " (IPv6address); RFC 4291 section 2.2");
    }
    if (doubleColon < 0 && groups < 8) {
      throw c.failAt(i, "an IPv6 address has 8 groups of hex digits (an IPv4 address at the end"
          + " counts as 2); this one has " + groups + ", and no '::' to stand for the rest", rule,
          Cursor.GRAMMAR + " (IPv6address); RFC 4291 section 2.2");
    }
    return i;
  }

  /** The index after the "::" at {@code i}; a third ':' is an error (see {@link #ipv6Address}). */
  private static int afterDoubleColon(Cursor c, int i, int limit, String rule) {
    if (i + 2 < limit && c.src.charAt(i + 2) == ':') {
      throw c.failAt(i + 2, "three ':' in a row: '::' stands for groups of zeros and a single ':'"
          + " separates two groups", rule, Cursor.GRAMMAR + " (hexpart); RFC 5954");
    }
    return i + 2;
  }

  private static Malformed tooManyGroups(Cursor c, int group, String rule) {
    return c.failAt(group, "an IPv6 address has at most 8 groups of hex digits (an IPv4 address at"
        + " the end counts as 2); this group is one too many", rule,
        Cursor.GRAMMAR + " (IPv6address); RFC 4291 section 2.2");
  }

  private static Malformed notInIpv6(Cursor c, int i, int limit, String rule) {
    return i < limit
        ? c.failAt(i, "character " + describeAt(c, i) + " cannot appear here in an IPv6"
            + " address", rule, Cursor.GRAMMAR + " (IPv6address)")
        : c.failAt(i, "the IPv6 address ends too early", rule, Cursor.GRAMMAR + " (IPv6address)");
  }

  /**
   * {@code IPv4address = 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT "." 1*3DIGIT}, read from {@code from};
   * returns the index after it. Each group is then a {@code dec-octet} (below).
   */
  static int ipv4Address(Cursor c, int from, int limit, String rule) {
    String s = c.src;
    int i = from;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        if (i >= limit || s.charAt(i) != '.') {
          throw ipv4Shape(c, i, limit, rule);
        }
        i++;
      }
      int digits = i;
      while (i < limit && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == digits) {
        throw ipv4Shape(c, i, limit, rule);
      }
      if (i - digits > 3) {
        throw c.failAt(digits + 3, "a group of an IPv4 address has at most 3 digits", rule,
            Cursor.GRAMMAR + " (IPv4address)");
      }
    }
    decOctets(c, from, i, rule);
    return i;
  }

  private static final String RFC_DEC_OCTET = "RFC 5954 section 4.1 (dec-octet)";

  /**
   * RFC 5954 section 4.1 corrects RFC 3261's {@code IPv4address}, whose {@code 1*3DIGIT} groups
   * let 999.1.1.1 through, to RFC 3986's: {@code IPv4address = dec-octet "." dec-octet "."
   * dec-octet "." dec-octet}, where a {@code dec-octet} is 0 to 255 written without leading zeros
   * (which some stacks would read as octal). The four groups between {@code from} and {@code to}
   * are already known to be 1 to 3 digits each.
   */
  private static void decOctets(Cursor c, int from, int to, String rule) {
    String s = c.src;
    int group = from;
    for (int i = from; i <= to; i++) {
      if (i < to && s.charAt(i) != '.') {
        continue;
      }
      int value = 0;
      for (int k = group; k < i; k++) {
        value = value * 10 + (s.charAt(k) - '0');
      }
      if (value > 255) {
        throw c.failAt(group, "a group of an IPv4 address is a number from 0 to 255, not "
            + value, rule, RFC_DEC_OCTET);
      }
      if (i - group > 1 && s.charAt(group) == '0') {
        throw c.failAt(group, "a group of an IPv4 address is written without leading zeros: '"
            + value + "', not '" + s.substring(group, i) + "'", rule, RFC_DEC_OCTET);
      }
      group = i + 1;
    }
  }

  /**
   * A parameter whose value the grammar says is a {@code host} ({@code maddr}, in a URI and in a
   * Via), read as characters up to {@code to}: checks that they are one host and nothing else.
   */
  static void hostValue(Cursor c, int from, int to, String rule, String rfc) {
    char first = c.src.charAt(from);
    if (first != '[' && !isAlphanum(first)) {
      throw c.failAt(from, "expected a host name or IP address, but found " + describeAt(c, from),
          rule, rfc);
    }
    int end;
    if (first == '[') {
      end = ipv6Reference(c, from, to, rule);
    } else if (indexOf(c.src, ':', from, to) >= 0) {
      throw c.failAt(from, "an IPv6 address used as a host is written in brackets, as in"
          + " maddr=[2001:db8::1]", rule, Cursor.GRAMMAR + " (IPv6reference)");
    } else {
      end = hostname(c, from, to, rule);
    }
    if (end < to) {
      throw c.failAt(end, "character " + describeAt(c, end) + " cannot appear in a host"
          + " name or IP address", rule, rfc);
    }
  }

  private static Malformed ipv4Shape(Cursor c, int i, int limit, String rule) {
    return c.failAt(i, "an IPv4 address is four groups of 1 to 3 digits separated by '.', as in"
        + " 192.0.2.1" + (i < limit ? ", but found " + describeAt(c, i) : ", but it ends"
        + " here"), rule, Cursor.GRAMMAR + " (IPv4address)");
  }

  /**
   * RFC 3966 section 3: {@code extension = ";ext=" 1*phonedigit} and {@code context =
   * ";phone-context=" descriptor}, {@code descriptor = domainname / global-number-digits}, with
   * {@code phonedigit = DIGIT / visual-separator} and {@code global-number-digits = "+"
   * *phonedigit DIGIT *phonedigit}.
   */
  private static void telParameter(Cursor c, int nameStart, String name, String value) {
    int at = nameStart + name.length() + 1;
    if (name.equalsIgnoreCase("ext")) {
      if (value == null || value.isEmpty() || !isPhoneDigits(value, false)) {
        throw c.failAt(value == null || value.isEmpty() ? nameStart : at, "ext (the extension)"
            + " is digits, with '-', '.', '(' or ')' between them, as in ext=1234", "telephone-uri",
            RFC_TEL + " (extension)");
      }
      return;
    }
    if (value == null || value.isEmpty()) {
      throw c.failAt(nameStart, "phone-context needs a value: a domain name or a global number,"
          + " as in phone-context=example.com or phone-context=+1-201", "telephone-uri",
          RFC_TEL + " (context)");
    }
    if (value.charAt(0) == '+') {
      if (!isPhoneDigits(value.substring(1), true)) {
        throw c.failAt(at, "a phone-context that starts with '+' is a global number: digits,"
            + " with '-', '.', '(' or ')' between them", "telephone-uri",
            RFC_TEL + " (global-number-digits)");
      }
      return;
    }
    char last = value.charAt(value.length() - 1) == '.' && value.length() > 1
        ? value.charAt(value.lastIndexOf('.', value.length() - 2) + 1)
        : value.charAt(value.lastIndexOf('.') + 1);
    if (value.charAt(0) == '[' || last >= '0' && last <= '9') {
      throw c.failAt(at, "a phone-context is a domain name or a global number ('+' and"
          + " digits), not an IP address", "telephone-uri", RFC_TEL + " (descriptor)");
    }
    hostValue(c, at, at + value.length(), "telephone-uri", RFC_TEL + " (domainname)");
  }

  /** {@code 1*phonedigit}, with at least one DIGIT when {@code needDigit}. */
  private static boolean isPhoneDigits(String value, boolean needDigit) {
    boolean digit = false;
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch >= '0' && ch <= '9') {
        digit = true;
      } else if (ch != '-' && ch != '.' && ch != '(' && ch != ')') {
        return false;
      }
    }
    return !value.isEmpty() && (digit || !needDigit);
  }

  /**
   * {@code uri-parameters = *( ";" uri-parameter )}, {@code uri-parameter = pname [ "=" pvalue ]}.
   */
  private static Parameters uriParameters(Cursor c, int uriEnd) {
    return uriParameters(c, uriEnd, false);
  }

  /** The parameters of a SIP URI, or with {@code tel} those of a tel URI (RFC 3966 {@code par}). */
  private static Parameters uriParameters(Cursor c, int uriEnd, boolean tel) {
    if (c.pos >= uriEnd || c.src.charAt(c.pos) != ';') {
      return Parameters.NONE;
    }
    List<Parameter> list = new ArrayList<>(2);
    while (c.pos < uriEnd && c.src.charAt(c.pos) == ';') {
      c.pos++;
      int nameStart = c.pos;
      String name = paramChars(c, uriEnd, "a URI parameter name", true);
      String value = null;
      if (tel && name.equalsIgnoreCase("isub")) {
        list.add(new Parameter(Names.intern(name), isub(c, nameStart, uriEnd), false));
        continue;
      }
      if (c.pos < uriEnd && c.src.charAt(c.pos) == '=') {
        c.pos++;
        value = paramChars(c, uriEnd, "a URI parameter value", true);
      }
      if (tel && (name.equalsIgnoreCase("ext") || name.equalsIgnoreCase("phone-context"))) {
        telParameter(c, nameStart, name, value);
      } else if (value != null && name.equalsIgnoreCase("maddr")) {
        // maddr-param = "maddr=" host (section 19.1.1)
        hostValue(c, c.pos - value.length(), c.pos, "SIP-URI", Cursor.GRAMMAR + " (maddr-param)");
      } else if (value != null && name.equalsIgnoreCase("ttl")) {
        ttlValue(c, c.pos - value.length(), value);
      }
      for (int i = 0; i < list.size(); i++) {
        // Section 19.1.1: "any given parameter-name MUST NOT appear more than once" (names are
        // compared ignoring case, section 19.1.4); RFC 3966 section 3 says the same of a tel URI.
        if (list.get(i).named(name)) {
          throw c.failAt(nameStart, "the URI parameter '" + name + "' appears a second time;"
              + " a parameter name may appear only once in a URI", tel ? "telephone-uri"
              : "uri-parameters", tel ? RFC_TEL : "RFC 3261 section 19.1.1");
        }
      }
      list.add(new Parameter(Names.intern(name), value, false));
    }
    return Parameters.of(list);
  }

  /**
   * RFC 3966 section 3: {@code isdn-subaddress = ";isub=" 1*uric}, {@code uric = reserved /
   * unreserved / pct-encoded}: a value is required, and it may hold '@', '?', '=', ',' and the
   * other reserved characters that the generic {@code paramchar} has not, but not '[' or ']',
   * which are no uric. A ';', though a uric too, ends the value, as it starts the next parameter
   * in every reading of a tel URI. The name has been read; returns the value.
   */
  private static String isub(Cursor c, int nameStart, int uriEnd) {
    if (c.pos >= uriEnd || c.src.charAt(c.pos) != '=') {
      throw c.failAt(nameStart, "isub (the ISDN subaddress) needs a value, as in isub=1234",
          "telephone-uri", RFC_ISUB);
    }
    c.pos++;
    int start = c.pos;
    while (c.pos < uriEnd && c.src.charAt(c.pos) != ';') {
      char ch = c.src.charAt(c.pos);
      if (ch == '%') {
        checkEscape(c, c.pos, uriEnd, "uric");
        c.pos += 3;
      } else if (in(URIC, ch)) {
        c.pos++;
      } else {
        throw c.fail("character " + describeAt(c, c.pos) + " cannot appear in an isub value,"
            + " which holds reserved, unreserved and escaped characters (uric)", "telephone-uri",
            RFC_ISUB);
      }
    }
    if (c.pos == start) {
      throw c.failAt(nameStart, "isub (the ISDN subaddress) needs a value, as in isub=1234",
          "telephone-uri", RFC_ISUB);
    }
    return c.src.substring(start, c.pos);
  }

  private static final String RFC_ISUB = "RFC 3966 section 3 (isdn-subaddress)";

  /**
   * {@code ttl-param = "ttl=" ttl}, {@code ttl = 1*3DIGIT ; 0 to 255} (section 25.1), as a Via's
   * ttl is checked: the multicast time-to-live that goes with maddr (section 19.1.1).
   */
  private static void ttlValue(Cursor c, int at, String value) {
    boolean digits = value.length() <= 3;
    for (int i = 0; i < value.length() && digits; i++) {
      digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
    }
    if (!digits || Integer.parseInt(value) > 255) {
      throw c.failAt(at, "ttl is one to three digits, 0 to 255, but this one is '" + value + "'",
          "SIP-URI", Cursor.GRAMMAR + " (ttl-param)");
    }
  }

  /** {@code headers = "?" header *( "&" header )}, {@code header = hname "=" hvalue}. */
  private static Parameters uriHeaders(Cursor c, int uriEnd) {
    List<Parameter> list = new ArrayList<>(1);
    do {
      c.pos++;
      String name = paramChars(c, uriEnd, "a URI header name", false);
      if (c.pos >= uriEnd || c.src.charAt(c.pos) != '=') {
        throw c.fail("a URI header needs '=' and a value (hname \"=\" hvalue)", "headers",
            Cursor.GRAMMAR);
      }
      c.pos++;
      int start = c.pos;
      while (c.pos < uriEnd && c.src.charAt(c.pos) != '&') {
        hnvChar(c, uriEnd);
      }
      list.add(Parameter.of(name, c.src.substring(start, c.pos)));
    } while (c.pos < uriEnd && c.src.charAt(c.pos) == '&');
    return Parameters.of(list);
  }

  private static String paramChars(Cursor c, int uriEnd, String what, boolean paramRule) {
    int start = c.pos;
    while (c.pos < uriEnd) {
      char ch = c.src.charAt(c.pos);
      if (ch == '%') {
        checkEscape(c, c.pos, uriEnd, "paramchar");
        c.pos += 3;
      } else if (in(paramRule ? PARAM : HNV, ch)) {
        c.pos++;
      } else {
        break;
      }
    }
    if (c.pos == start) {
      throw c.fail("expected " + what + c.foundText(), paramRule ? "uri-parameter" : "header",
          Cursor.GRAMMAR);
    }
    return c.src.substring(start, c.pos);
  }

  /** {@code hnv-unreserved / unreserved / escaped}. */
  private static void hnvChar(Cursor c, int uriEnd) {
    char ch = c.src.charAt(c.pos);
    if (ch == '%') {
      checkEscape(c, c.pos, uriEnd, "hvalue");
      c.pos += 3;
    } else if (in(HNV, ch)) {
      c.pos++;
    } else {
      throw c.fail("character " + describeAt(c, c.pos) + " is not allowed in a URI header value",
          "hvalue", Cursor.GRAMMAR);
    }
  }

  private static final String RFC_TEL = "RFC 3966 section 3";

  /**
   * RFC 3966 section 3: {@code telephone-uri = "tel:" telephone-subscriber}, the number kept as
   * written. {@code global-number-digits = "+" *phonedigit DIGIT *phonedigit}, {@code
   * local-number-digits = *phonedigit-hex (HEXDIG / "*" / "#") *phonedigit-hex}, where both may
   * hold the visual separators {@code "-" / "." / "(" / ")"}. The parameters that follow
   * ({@code par}, {@code context}) are read with the SIP URI parameter grammar, whose characters
   * are those of RFC 3966's {@code paramchar}, but for isub, which has its own rule
   * ({@link #isub}), and ext and phone-context, whose values are checked ({@link #telParameter});
   * a local number must have a phone-context (section 5.1.5).
   */
  private static TelUri telUri(Cursor c, int uriEnd) {
    int start = c.pos;
    boolean global = start < uriEnd && c.src.charAt(start) == '+';
    boolean digits = false;
    int i = global ? start + 1 : start;
    for (; i < uriEnd; i++) {
      char ch = c.src.charAt(i);
      if (ch == ';') {
        break;
      }
      if (ch >= '0' && ch <= '9' || !global && (UriEscapes.isHex(ch) || ch == '*' || ch == '#')) {
        digits = true;
      } else if (ch != '-' && ch != '.' && ch != '(' && ch != ')') {
        throw c.failAt(i, "character " + describeAt(c, i) + " cannot appear in a " + (global
                ? "global telephone number, which is '+' then digits" : "local telephone number,"
                + " which is hex digits, '*' and '#'") + ", with '-', '.', '(' or ')' between them",
            "telephone-uri", RFC_TEL + (global ? " (global-number-digits)"
                : " (local-number-digits)"));
      }
    }
    if (i == start) {
      throw c.fail("a tel URI needs a telephone number after 'tel:'", "telephone-uri", RFC_TEL);
    }
    if (!digits) {
      throw c.failAt(start, global ? "a global telephone number needs at least one digit after"
              + " '+'" : "a local telephone number needs at least one hex digit, '*' or '#'",
          "telephone-uri", RFC_TEL + (global ? " (global-number-digits)"
              : " (local-number-digits)"));
    }
    c.pos = i;
    String number = c.src.substring(start, i);
    Parameters params = uriParameters(c, uriEnd, true);
    if (c.pos < uriEnd) {
      throw c.fail("character " + describeAt(c, c.pos) + " is not allowed in a tel URI"
          + " parameter", "telephone-uri", RFC_TEL + " (parameter)");
    }
    if (!global && params.find("phone-context") == null) {
      // RFC 3966: local-number = local-number-digits *par context *par; section 5.1.5: "the
      // 'phone-context' parameter MUST be included" in a local number, which means nothing
      // without it.
      throw c.failAt(start, "a local telephone number needs a phone-context parameter saying"
          + " where it is valid, as in tel:7042;phone-context=example.com; a number that starts"
          + " with '+' is global and needs none", "telephone-uri", RFC_TEL + " (local-number)"
          + " and section 5.1.5");
    }
    return new TelUri(number, params);
  }

  /** {@code absoluteURI = scheme ":" ( hier-part / opaque-part )}. */
  private static AbsoluteUri absoluteUri(Cursor c, int start, int colon, int uriEnd) {
    char first = c.src.charAt(start);
    if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z')) {
      throw c.failAt(start, "a URI scheme must start with a letter" + c.foundText(), "scheme",
          Cursor.GRAMMAR);
    }
    for (int i = start + 1; i < colon; i++) {
      char ch = c.src.charAt(i);
      if (!(Character.isLetterOrDigit(ch) && ch < 0x80 || ch == '+' || ch == '-' || ch == '.')) {
        throw c.failAt(i, "character " + describeAt(c, i) + " cannot appear in a URI scheme",
            "scheme", Cursor.GRAMMAR);
      }
    }
    int[] ipv6 = ipv6InAuthority(c, colon + 1, uriEnd);
    for (int i = colon + 1; i < uriEnd; i++) {
      char ch = c.src.charAt(i);
      if (i == ipv6[0]) {
        i = ipv6[1] - 1;
      } else if (ch == '%') {
        checkEscape(c, i, uriEnd, "uric");
      } else if (!isReservedOrUnreserved(ch)) {
        throw c.failAt(i, "character " + describeAt(c, i) + " is not allowed in a URI", "uric",
            Cursor.GRAMMAR);
      }
    }
    if (colon + 1 == uriEnd) {
      throw c.failAt(colon, "nothing follows the scheme's ':'", "absoluteURI", Cursor.GRAMMAR);
    }
    return new AbsoluteUri(c.src.substring(start, colon), c.src.substring(colon + 1, uriEnd));
  }

  /**
   * Where an IPv6 reference stands as the host of an absolute URI, as {start, end}, or {-1, -1}:
   * {@code hier-part = ( net-path / abs-path ) [ "?" query ]}, {@code net-path = "//" authority [
   * abs-path ]}, {@code authority = srvr / reg-name}, {@code srvr = [ [ userinfo "@" ] hostport ]},
   * and a hostport's host may be an {@code IPv6reference} (section 25.1), as in {@code
   * http://[2001:db8::1]:8080/}. Nowhere else in an absolute URI may '[' or ']' appear.
   */
  private static int[] ipv6InAuthority(Cursor c, int from, int uriEnd) {
    String s = c.src;
    if (!s.startsWith("//", from)) {
      return new int[] {-1, -1};
    }
    int authorityEnd = from + 2;
    while (authorityEnd < uriEnd && s.charAt(authorityEnd) != '/'
        && s.charAt(authorityEnd) != '?') {
      authorityEnd++;
    }
    int host = from + 2;
    for (int i = host; i < authorityEnd; i++) {
      if (s.charAt(i) == '@') {
        host = i + 1;
      }
    }
    if (host >= authorityEnd || s.charAt(host) != '[') {
      return new int[] {-1, -1};
    }
    int end = ipv6Reference(c, host, authorityEnd, "absoluteURI");
    if (end < authorityEnd && s.charAt(end) != ':') {
      throw c.failAt(end, "after an IPv6 reference only ':' and a port may follow in the"
          + " authority, not " + describeAt(c, end), "hostport", Cursor.GRAMMAR);
    }
    return new int[] {host, end};
  }

  private static void checkEscape(Cursor c, int i, int limit, String rule) {
    if (i + 2 >= limit
        || !UriEscapes.isHex(c.src.charAt(i + 1)) || !UriEscapes.isHex(c.src.charAt(i + 2))) {
      throw c.failAt(i, "'%' in a URI must start an escape of two hex digits (%HH)", rule,
          Cursor.GRAMMAR + " (escaped)");
    }
  }

  /**
   * {@code unreserved = alphanum / mark},
   * {@code mark = "-" / "_" / "." / "!" / "~" / "*" / "'" / "(" / ")"}.
   */
  static boolean isUnreserved(char ch) {
    return in(UNRESERVED, ch);
  }

  /**
   * {@code reserved = ";" / "/" / "?" / ":" / "@" / "&" / "=" / "+" / "$" / ","} or {@code
   * unreserved}: what a {@code uric} is when it is not an escape.
   */
  static boolean isReservedOrUnreserved(char ch) {
    return in(URIC, ch);
  }

  /**
   * The character at {@code index} for a message: its code point, not the UTF-16 unit there, so a
   * character beyond U+FFFF (an emoji) is named as one character, U+1F600, not half of one.
   */
  private static String describeAt(Cursor c, int index) {
    return Cursor.describe(c.src.codePointAt(index));
  }

  /**
   * {@code escaped = "%" HEX HEX} (section 25.1) escapes one octet, and SIP text is UTF-8, so a
   * character beyond ASCII is escaped as each byte of its UTF-8 encoding: 'é' is %C3%A9.
   */
  private static String escaped(int codePoint) {
    StringBuilder sb = new StringBuilder(12);
    for (byte b : new String(Character.toChars(codePoint))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      sb.append(String.format(java.util.Locale.ROOT, "%%%02X", b & 0xFF));
    }
    return sb.toString();
  }
}
