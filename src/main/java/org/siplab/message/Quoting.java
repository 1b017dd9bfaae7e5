package org.siplab.message;

/**
 * Printing rules for quoted-strings and tokens, RFC 3261 section 25.1:
 *
 * <pre>
 * quoted-string = SWS DQUOTE *(qdtext / quoted-pair ) DQUOTE
 * qdtext        = LWS / %x21 / %x23-5B / %x5D-7E / UTF8-NONASCII
 * quoted-pair   = "\" (%x00-09 / %x0B-0C / %x0E-7F)
 * token         = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" )
 * </pre>
 *
 * CR and LF are neither qdtext (the LWS of qdtext is a line fold, which a reader takes as one
 * space) nor a quoted-pair, so no quoted-string can hold them: the values printed as
 * quoted-strings refuse them when they are built ({@link #requireQuotable}).
 */
public final class Quoting {

  private static final boolean[] TOKEN = new boolean[128];

  /**
   * The ASCII characters that are not qdtext and so must be printed as a quoted-pair: DQUOTE,
   * backslash, DEL and the controls other than tab (tab is WSP, part of qdtext's LWS). CR and LF
   * are marked too, only so that the one test in the loop also catches them (they cannot be
   * printed at all).
   */
  private static final boolean[] NOT_QDTEXT = new boolean[128];

  static {
    for (int c = 0; c < 128; c++) {
      TOKEN[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || "-.!%*_+`'~".indexOf(c) >= 0;
      NOT_QDTEXT[c] = c == '"' || c == '\\' || c == 0x7F || c < 0x20 && c != '\t';
    }
  }

  private Quoting() {}

  /**
   * Appends {@code "value"}, printing every character that is not qdtext as a quoted-pair
   * ({@code \"}, {@code \\}, and a backslash before a control character or DEL), so that the text
   * reads back as the same value. One pass, and no allocation: plain text costs one table look-up
   * a character.
   *
   * @throws IllegalArgumentException if the value holds CR or LF, which no quoted-string can hold
   *     (the model's constructors refuse them first, see {@link #requireQuotable})
   */
  public static void appendQuoted(PrintSink out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 128 && NOT_QDTEXT[c]) {
        if (c == '\r' || c == '\n') {
          throw crOrLf("a quoted-string");
        }
        out.append('\\');
      }
      out.append(c);
    }
    out.append('"');
  }

  /**
   * Refuses a value that is to be printed as a quoted-string but holds CR or LF: quoted-pair
   * excludes %x0A and %x0D, and a line break in qdtext is a fold, read back as one space (RFC 3261
   * section 25.1 and 7.3.1). The parser never makes such a value (it reads a fold as a space), so
   * only code that builds a message can, and it is told at once rather than when printing.
   *
   * @param what the rule the value fills, for the message (such as "display-name")
   */
  public static String requireQuotable(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        throw crOrLf(what);
      }
    }
    return value;
  }

  private static IllegalArgumentException crOrLf(String what) {
    return new IllegalArgumentException(what + " cannot hold CR or LF: a quoted-string carries"
        + " them neither as qdtext nor as a quoted-pair (RFC 3261 section 25.1)");
  }

  /**
   * Whether {@code c} is a {@code mark} ({@code - _ . ! ~ * ' ( )}) or {@code reserved} ({@code ; /
   * ? : @ & = + $ ,}) character of section 25.1: with alphanum, what a Reason-Phrase holds
   * unescaped.
   */
  static boolean isUriMarkOrReserved(char c) {
    return "-_.!~*'();/?:@&=+$,".indexOf(c) >= 0;
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
   * quoted-string}, so one or more tokens separated by single spaces. Anything else, a control
   * character included, is not a token character and makes the name a quoted-string.
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
