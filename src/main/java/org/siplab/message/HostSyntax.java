package org.siplab.message;

/**
 * The host grammar of RFC 3261 section 25.1 for values code builds and for URI comparison: the
 * parser checks hosts in its own single pass (with a diagnostic at each fault); this is the same
 * grammar as a yes or no, for the model, which cannot use the parser.
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
      if (close < 0 || ipv6Groups(s, 1, close) == null) {
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
    return first < '0' || first > '9' || ipv4End(s, from, to) == to;
  }

  private static boolean isAlphanum(char ch) {
    return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9';
  }

  /**
   * {@code IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet} (RFC 5954 section
   * 4.1) read from {@code from}: the index after it, or -1.
   */
  private static int ipv4End(String s, int from, int to) {
    int i = from;
    for (int part = 0; part < 4; part++) {
      if (part > 0) {
        if (i >= to || s.charAt(i) != '.') {
          return -1;
        }
        i++;
      }
      int start = i;
      int value = 0;
      while (i < to && i - start < 4 && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        value = value * 10 + (s.charAt(i++) - '0');
      }
      if (i == start || i - start > 3 || value > 255 || i - start > 1 && s.charAt(start) == '0') {
        return -1;
      }
    }
    return i;
  }

  /**
   * The eight 16-bit groups of the IPv6 address {@code s[from, to)}, or null when it is not one:
   * {@code hex4 = 1*4HEXDIG} groups separated by ':', at most one "::" standing for one or more
   * groups of zeros, and an IPv4 address as the last two groups (RFC 4291 section 2.2).
   */
  static int[] ipv6Groups(String s, int from, int to) {
    int[] head = new int[8];
    int heads = 0;
    int[] tail = new int[8];
    int tails = 0;
    boolean doubleColon = false;
    int i = from;
    if (s.startsWith("::", i)) {
      doubleColon = true;
      i += 2;
    } else if (i < to && s.charAt(i) == ':') {
      return null;
    }
    while (i < to) {
      int start = i;
      int value = 0;
      while (i < to && i - start < 5 && UriEscapes.isHex(s.charAt(i))) {
        value = value * 16 + Character.digit(s.charAt(i++), 16);
      }
      if (i < to && s.charAt(i) == '.') {
        if (ipv4End(s, start, to) != to || heads + tails > 6) {
          return null;
        }
        int[] v4 = ipv4Octets(s, start, to);
        int[] into = doubleColon ? tail : head;
        int n = doubleColon ? tails : heads;
        into[n] = v4[0] << 8 | v4[1];
        into[n + 1] = v4[2] << 8 | v4[3];
        if (doubleColon) {
          tails += 2;
        } else {
          heads += 2;
        }
        i = to;
        break;
      }
      if (i == start || i - start > 4 || heads + tails == 8) {
        return null;
      }
      if (doubleColon) {
        tail[tails++] = value;
      } else {
        head[heads++] = value;
      }
      if (i == to) {
        break;
      }
      if (s.charAt(i) != ':' || i + 1 == to) {
        return null;
      }
      i++;
      if (s.charAt(i) == ':') {
        if (doubleColon || i + 1 < to && s.charAt(i + 1) == ':') {
          return null;
        }
        doubleColon = true;
        i++;
      }
    }
    int count = heads + tails;
    if (doubleColon ? count > 7 : count != 8) {
      return null;
    }
    int[] groups = new int[8];
    System.arraycopy(head, 0, groups, 0, heads);
    System.arraycopy(tail, 0, groups, 8 - tails, tails);
    return groups;
  }

  private static int[] ipv4Octets(String s, int from, int to) {
    int[] octets = new int[4];
    int part = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch == '.') {
        part++;
      } else {
        octets[part] = octets[part] * 10 + (ch - '0');
      }
    }
    return octets;
  }
}
