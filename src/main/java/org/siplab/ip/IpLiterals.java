package org.siplab.ip;

/**
 * IP addresses written as text: IPv4 as RFC 5954 section 4.1 corrects RFC 3261's grammar (four
 * dec-octets, 0 to 255 without leading zeros) and IPv6 as RFC 4291 section 2.2 writes it. One
 * place for both, used by the simulated network (which takes only literal addresses, no names) and
 * by the SIP model (a host checked when built, and IPv6 hosts compared as addresses); the parser
 * keeps its own single pass, which says where and why a host is wrong.
 */
public final class IpLiterals {

  private IpLiterals() {}

  /** Whether {@code s} is an IPv4 or IPv6 address, with no brackets. */
  public static boolean isAddress(String s) {
    return ipv4End(s, 0, s.length()) == s.length() || ipv6Groups(s, 0, s.length()) != null;
  }

  /**
   * {@code IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet} read from
   * {@code from}, not past {@code to}: the index after it, or -1.
   */
  public static int ipv4End(String s, int from, int to) {
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
  public static int[] ipv6Groups(String s, int from, int to) {
    int[] head = new int[8];
    int heads = 0;
    int[] tail = new int[8];
    int tails = 0;
    boolean doubleColon = false;
    int i = from;
    if (s.startsWith("::", i) && i + 2 <= to) {
      doubleColon = true;
      i += 2;
    } else if (i < to && s.charAt(i) == ':') {
      return null;
    }
    while (i < to) {
      int start = i;
      int value = 0;
      while (i < to && i - start < 5 && isHex(s.charAt(i))) {
        value = value * 16 + Character.digit(s.charAt(i++), 16);
      }
      if (i < to && s.charAt(i) == '.') {
        if (ipv4End(s, start, to) != to || heads + tails > 6) {
          return null;
        }
        int[] into = doubleColon ? tail : head;
        int n = doubleColon ? tails : heads;
        int[] v4 = ipv4Octets(s, start, to);
        into[n] = v4[0] << 8 | v4[1];
        into[n + 1] = v4[2] << 8 | v4[3];
        if (doubleColon) {
          tails += 2;
        } else {
          heads += 2;
        }
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

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
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
