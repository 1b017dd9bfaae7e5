package org.siplab.message;

import org.siplab.ip.IpLiterals;

/**
 * The host grammar of RFC 3261 section 25.1 for values code builds: the parser checks hosts in its
 * own single pass (with a diagnostic at each fault); this is the same grammar as a yes or no, for
 * the model, which cannot use the parser. The addresses themselves are {@link IpLiterals}'.
 *
 * <pre>
 * hostport      = host [ ":" port ]
 * host          = hostname / IPv4address / IPv6reference
 * hostname      = *( domainlabel "." ) toplabel [ "." ]
 * IPv6reference = "[" IPv6address "]"
 * </pre>
 *
 * With the corrections of RFC 5954 the parser applies too: an IPv4 group is a dec-octet (0 to 255
 * without leading zeros), and an IPv6 address has eight 16-bit groups (RFC 4291 section 2.2).
 */
final class HostSyntax {

  private HostSyntax() {}

  /** {@code hostport = host [ ":" port ]}, {@code port = 1*DIGIT}, at most 65535. */
  static boolean isHostPort(String s) {
    int hostEnd;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0 || IpLiterals.ipv6Groups(s, 1, close) == null) {
        return false;
      }
      hostEnd = close + 1;
    } else {
      int colon = s.indexOf(':');
      hostEnd = colon < 0 ? s.length() : colon;
      if (!isHostnameOrIpv4(s, 0, hostEnd)) {
        return false;
      }
    }
    if (hostEnd == s.length()) {
      return true;
    }
    if (s.charAt(hostEnd) != ':' || hostEnd + 1 == s.length()) {
      return false;
    }
    int port = 0;
    for (int i = hostEnd + 1; i < s.length(); i++) {
      char ch = s.charAt(i);
      port = port * 10 + (ch - '0');
      if (ch < '0' || ch > '9' || port > 65535) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code domainlabel = alphanum / alphanum *( alphanum / "-" ) alphanum}, {@code toplabel =
   * ALPHA / ALPHA *( alphanum / "-" ) alphanum}; a host whose last label starts with a digit is an
   * IPv4 address.
   */
  private static boolean isHostnameOrIpv4(String s, int from, int to) {
    if (from == to) {
      return false;
    }
    int label = from;
    int lastLabel = from;
    for (int i = from; i <= to; i++) {
      if (i < to && s.charAt(i) != '.') {
        char ch = s.charAt(i);
        if (!isAlphanum(ch) && ch != '-') {
          return false;
        }
        continue;
      }
      if (i == label) {
        // An empty label: allowed only as the trailing dot of a host name.
        if (i < to || i == from || s.charAt(i - 1) != '.') {
          return false;
        }
        break;
      }
      if (s.charAt(label) == '-' || s.charAt(i - 1) == '-') {
        return false;
      }
      lastLabel = label;
      label = i + 1;
    }
    char first = s.charAt(lastLabel);
    return first < '0' || first > '9' || IpLiterals.ipv4End(s, from, to) == to;
  }

  private static boolean isAlphanum(char ch) {
    return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
  }
}
