package org.siplab.codec;

import org.siplab.message.Method;
import org.siplab.message.Quoting;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.message.UriEscapes;

/**
 * The start line, RFC 3261 sections 7.1, 7.2 and 25.1:
 *
 * <pre>
 * Request-Line = Method SP Request-URI SP SIP-Version CRLF
 * Status-Line  = SIP-Version SP Status-Code SP Reason-Phrase CRLF
 * SIP-Version  = "SIP" "/" 1*DIGIT "." 1*DIGIT
 * </pre>
 *
 * Exactly one SP separates the parts: RFC 4475 sections 3.1.2.7 to 3.1.2.10 show the ways that goes
 * wrong, and each gets its own explanation here.
 */
final class StartLineParser {

  static final String RFC_REQUEST_LINE = "RFC 3261 section 7.1";
  static final String RFC_STATUS_LINE = "RFC 3261 section 7.2";

  /** What the start line said. Exactly one of method or status is set. */
  record StartLine(Method method, Uri requestUri, int status, String reason, String version) {
    boolean isRequest() {
      return method != null;
    }
  }

  private StartLineParser() {}

  static boolean looksLikeResponse(String src, int start, int end) {
    return end - start >= 5 && src.regionMatches(true, start, "SIP/", 0, 4)
        && Character.isDigit(src.charAt(start + 4));
  }

  static StartLine parse(Cursor c) {
    return looksLikeResponse(c.src, c.pos, c.end) ? statusLine(c) : requestLine(c);
  }

  private static StartLine requestLine(Cursor c) {
    int start = c.pos;
    while (c.pos < c.end && c.src.charAt(c.pos) != ' ') {
      if (!Quoting.isTokenChar(c.src.charAt(c.pos))) {
        throw c.fail(c.pos == start
                ? "a request must start with a method name (such as INVITE)" + c.foundText()
                : "the method name may only hold token characters" + c.foundText(),
            "Request-Line", RFC_REQUEST_LINE);
      }
      c.pos++;
    }
    if (c.pos == start) {
      throw c.fail("a request must start with a method name (such as INVITE), not a space",
          "Request-Line", RFC_REQUEST_LINE);
    }
    if (c.pos == c.end) {
      throw c.fail("the Request-Line needs three parts: method, Request-URI and SIP version,"
          + " separated by single spaces", "Request-Line", RFC_REQUEST_LINE);
    }
    Method method = Method.of(c.src.substring(start, c.pos));
    singleSpace(c, "between the method and the Request-URI", "Request-Line", RFC_REQUEST_LINE);
    Uri uri = requestUri(c);
    singleSpace(c, "between the Request-URI and the SIP version", "Request-Line", RFC_REQUEST_LINE);
    String version = version(c, "Request-Line", RFC_REQUEST_LINE);
    noTrailingSpace(c, "Request-Line", RFC_REQUEST_LINE);
    return new StartLine(method, uri, 0, null, version);
  }

  private static Uri requestUri(Cursor c) {
    int start = c.pos;
    int space = c.src.indexOf(' ', start);
    if (space < 0 || space >= c.end) {
      throw c.fail("the Request-Line needs a SIP version after the Request-URI", "Request-Line",
          RFC_REQUEST_LINE);
    }
    if (c.peek() == '<') {
      throw c.fail("the Request-URI must not be enclosed in '<' '>'", "Request-URI",
          "RFC 3261 section 25.1 (Request-URI); RFC 4475 section 3.1.2.7");
    }
    int next = c.src.indexOf(' ', space + 1);
    if (next > 0 && next < c.end && !looksLikeVersionAt(c, space + 1)
        && looksLikeVersionAt(c, next + 1)) {
      throw c.failAt(space, "whitespace inside the Request-URI; a URI cannot contain spaces",
          "Request-URI", "RFC 3261 section 25.1; RFC 4475 section 3.1.2.8");
    }
    Uri uri = UriParser.uri(c, space);
    if (uri instanceof SipUri sip && !sip.headers().isEmpty()) {
      throw c.failAt(UriParser.headersStart(c.src, start, space), "URI headers ('?...') are not"
          + " allowed in a Request-URI", "Request-URI", "RFC 3261 section 19.1.5");
    }
    return uri;
  }

  private static boolean looksLikeVersionAt(Cursor c, int index) {
    return index + 4 <= c.end && c.src.regionMatches(true, index, "SIP/", 0, 4);
  }

  private static StartLine statusLine(Cursor c) {
    String version = version(c, "Status-Line", RFC_STATUS_LINE);
    singleSpace(c, "between the SIP version and the status code", "Status-Line", RFC_STATUS_LINE);
    int start = c.pos;
    while (c.atDigit()) {
      c.pos++;
    }
    int digits = c.pos - start;
    if (digits != 3) {
      throw c.failAt(start, digits == 0
              ? "expected a three-digit status code" + c.foundText()
              : "a status code has exactly three digits; this one has " + digits,
          "Status-Code", RFC_STATUS_LINE);
    }
    int status = Integer.parseInt(c.src.substring(start, c.pos));
    if (status < 100 || status > 699) {
      // Quoted as written: "099" read as a number would be "99", a code nobody wrote.
      throw c.failAt(start, "status code " + c.src.substring(start, c.pos)
          + " is outside 100-699", "Status-Code",
          RFC_STATUS_LINE + " and section 21");
    }
    if (c.atEnd()) {
      throw c.fail("a space must follow the status code, even when the reason phrase is empty",
          "Status-Line", RFC_STATUS_LINE);
    }
    if (c.peek() != ' ') {
      throw c.fail("expected a single space after the status code" + c.foundText(), "Status-Line",
          RFC_STATUS_LINE);
    }
    c.pos++;
    return new StartLine(null, null, status, reasonPhrase(c), version);
  }

  /**
   * {@code Reason-Phrase = *(reserved / unreserved / escaped / UTF8-NONASCII / UTF8-CONT / SP /
   * HTAB)}. The text is already decoded, so UTF8-NONASCII and UTF8-CONT are any character above
   * U+007F (bytes that are not UTF-8 were reported while decoding). Of ASCII, that leaves out the
   * controls and {@code " # < > [ \ ] ^ ` { | }}, and '%' that does not start an escape.
   */
  private static String reasonPhrase(Cursor c) {
    int start = c.pos;
    for (; c.pos < c.end; c.pos++) {
      char ch = c.src.charAt(c.pos);
      if (ch >= 0x80 || ch == ' ' || ch == '\t' || UriParser.isReservedOrUnreserved(ch)) {
        continue;
      }
      if (ch < 0x20 || ch == 0x7F) {
        throw c.fail("control character " + Cursor.codePoint(ch) + " in the reason phrase",
            "Reason-Phrase", RFC_STATUS_LINE);
      }
      if (ch == '%') {
        if (c.pos + 2 < c.end && UriEscapes.isHex(c.src.charAt(c.pos + 1))
            && UriEscapes.isHex(c.src.charAt(c.pos + 2))) {
          c.pos += 2;
          continue;
        }
        throw c.fail("'%' in a reason phrase must start an escape of two hex digits (%HH)",
            "Reason-Phrase", Cursor.GRAMMAR + " (escaped)");
      }
      throw c.fail("character '" + ch + "' cannot appear in a reason phrase; it may hold letters,"
          + " digits, spaces, text beyond ASCII, - _ . ! ~ * ' ( ) ; / ? : @ & = + $ , and %HH"
          + " escapes", "Reason-Phrase", Cursor.GRAMMAR + " (Reason-Phrase)");
    }
    return c.src.substring(start, c.end);
  }

  /**
   * {@code SIP-Version = "SIP" "/" 1*DIGIT "." 1*DIGIT}; only 2.0 is understood (505 otherwise).
   */
  private static String version(Cursor c, String rule, String rfc) {
    int start = c.pos;
    if (!looksLikeVersionAt(c, start)) {
      throw c.fail("expected the SIP version 'SIP/2.0'" + c.foundText(), rule, rfc);
    }
    c.pos += 4;
    int major = c.pos;
    while (c.atDigit()) {
      c.pos++;
    }
    if (c.pos == major || c.peek() != '.') {
      throw c.failAt(start, "a SIP version is 'SIP/' then major.minor digits, as in SIP/2.0", rule,
          "RFC 3261 section 25.1 (SIP-Version)");
    }
    c.pos++;
    int minor = c.pos;
    while (c.atDigit()) {
      c.pos++;
    }
    if (c.pos == minor) {
      throw c.failAt(start, "a SIP version is 'SIP/' then major.minor digits, as in SIP/2.0", rule,
          "RFC 3261 section 25.1 (SIP-Version)");
    }
    boolean twoDotZero = c.pos - start == 7 && c.src.startsWith("2.0", start + 4);
    if (!twoDotZero) {
      // Section 7.1: "applications sending SIP messages MUST include a SIP-Version of "SIP/2.0"";
      // section 21.5.6: 505 is the answer to a version the server does not support.
      throw c.failAt(start, "SIP version " + c.src.substring(start + 4, c.pos) + " is not"
          + " supported; RFC 3261 defines SIP/2.0 (a server answers 505 Version Not Supported)",
          rule, "RFC 3261 section 7.1 and 21.5.6");
    }
    // Section 7.1: "The SIP-Version string is case-insensitive, but implementations MUST send
    // upper-case": sip/2.0 is read as SIP/2.0, so that it compares equal and prints upper-case.
    return org.siplab.message.SipMessage.SIP_2_0;
  }

  private static void singleSpace(Cursor c, String where, String rule, String rfc) {
    if (c.peek() != ' ') {
      throw c.fail("expected a single space " + where + c.foundText(), rule, rfc);
    }
    c.pos++;
    if (c.peek() == ' ' || c.peek() == '\t') {
      throw c.fail("more than one space " + where + "; exactly one SP separates the parts", rule,
          rfc + "; RFC 4475 section 3.1.2.9");
    }
  }

  /**
   * {@code Request-Line = Method SP Request-URI SP SIP-Version CRLF}: the version ends the line.
   * Whitespace alone after it is RFC 4475's "trws" case; a word after whitespace is named as
   * text, for it is more than a stray space (a second version, a URI split by a space).
   */
  private static void noTrailingSpace(Cursor c, String rule, String rfc) {
    if (c.atEnd()) {
      return;
    }
    int text = c.pos;
    while (text < c.end && (c.src.charAt(text) == ' ' || c.src.charAt(text) == '\t')) {
      text++;
    }
    if (text == c.end) {
      throw c.fail("spaces after the SIP version at the end of the line", rule,
          rfc + "; RFC 4475 section 3.1.2.10");
    }
    if (text > c.pos) {
      throw c.failAt(text, "unexpected text after the SIP version: "
          + Cursor.quote(c.src.substring(text, c.end)) + "; the Request-Line ends with the"
          + " version", rule, rfc);
    }
    throw c.fail("unexpected text after the SIP version" + c.foundText(), rule,
        rfc + "; RFC 4475 section 3.1.2.10");
  }
}
