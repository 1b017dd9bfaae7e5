package org.siplab.capture;

/** IP addresses from a packet's bytes as text: dotted IPv4, and IPv6 in RFC 5952's short form. */
final class IpText {

  private IpText() {}

  static String v4(byte[] b, int at) {
    return (b[at] & 0xFF) + "." + (b[at + 1] & 0xFF) + "." + (b[at + 2] & 0xFF) + "."
        + (b[at + 3] & 0xFF);
  }

  /**
   * RFC 5952 section 4: lower-case hexadecimal without leading zeros, and the longest run of two
   * or more zero groups (the first of equal runs) written {@code ::}.
   */
  static String v6(byte[] b, int at) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = Bytes.uint16(b, at + 2 * i, true);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder(39);
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }
}
