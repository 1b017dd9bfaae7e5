package org.siplab.message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code escaped = "%" HEXDIG HEXDIG} mechanism of RFC 3261 section 25.1 (from RFC 2396).
 * Section 19.1.4: when URIs are compared, an escaped character equals the character it encodes.
 */
public final class UriEscapes {

  private UriEscapes() {}

  /**
   * Decodes {@code %HH} sequences as UTF-8. A {@code %} not followed by two hex digits is kept as
   * is (the parser reports it; RFC 4475 section 3.1.1.5 shows why a decoder must not guess).
   */
  public static String unescape(String s) {
    return decode(s, false);
  }

  /**
   * The form two URIs' components are compared in (section 19.1.4): "Characters other than those in
   * the "reserved" set (see RFC 2396 [5]) are equivalent to their "'%' HEX HEX" encoding", so an
   * escaped unreserved character is decoded, while an escaped reserved character ({@code ; / ? : @
   * & = + $ ,}, RFC 2396 section 2.2) is not the character itself and stays escaped, its hex digits
   * in upper case so that {@code %3b} and {@code %3B} still match. An escaped {@code %} stays
   * escaped too: decoded, {@code %253B} would read as the escape {@code %3B}.
   */
  public static String forComparison(String s) {
    return decode(s, true);
  }

  /** Decodes escapes as UTF-8; with {@code keepReserved}, reserved octets and '%' stay escaped. */
  private static String decode(String s, boolean keepReserved) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
        int octet = Character.digit(s.charAt(i + 1), 16) * 16
            + Character.digit(s.charAt(i + 2), 16);
        if (keepReserved && (octet == '%' || RESERVED.indexOf(octet) >= 0)) {
          out.write('%');
          out.write(Character.toUpperCase(s.charAt(i + 1)));
          out.write(Character.toUpperCase(s.charAt(i + 2)));
        } else {
          out.write(octet);
        }
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * RFC 2396 section 2.2:
   * {@code reserved = ";" | "/" | "?" | ":" | "@" | "&" | "=" | "+" | "$" | ","}.
   */
  private static final String RESERVED = ";/?:@&=+$,";

  public static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
