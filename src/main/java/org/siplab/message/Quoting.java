package org.siplab.message;

/**
 * Printing rules for quoted-strings and tokens, RFC 3261 section 25.1:
 *
 * <pre>
 * quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE
 * quoted-pair   = "\" (%x00-09 / %x0B-0C / %x0E-7F)
 * token         = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" )
 * </pre>
 */
public final class Quoting {

  private static final boolean[] TOKEN = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      TOKEN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-.!%*_+`'~".indexOf(c) >= 0;
    }
  }

  private Quoting() {}

  /** Appends {@code "value"}, escaping the two characters a quoted-string cannot hold as is. */
  public static void appendQuoted(PrintSink out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }

  /** Whether {@code c} is one of the token characters of section 25.1. */
  public static boolean isTokenChar(int c) {
    return c >= 0 && c < 128 && TOKEN[c];
  }

  /** Whether {@code s} is a non-empty token. */
  public static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a display name can be printed without quotes: {@code display-name = *(token LWS) /
   * quoted-string}, so one or more tokens separated by single spaces.
   */
  public static boolean isTokenSequence(String s) {
    if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (s.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (!isTokenChar(c)) {
        return false;
      }
    }
    return true;
  }
}
