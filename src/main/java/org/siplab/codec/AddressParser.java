package org.siplab.codec;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.HeaderValue;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.Uri;
import org.siplab.message.Wildcard;

/**
 * Addresses in headers: From, To, Contact, Route, Record-Route, Reply-To (RFC 3261 sections 20.10,
 * 20.20, 20.30, 20.31, 20.34, 20.39):
 *
 * <pre>
 * name-addr    = [ display-name ] LAQUOT addr-spec RAQUOT
 * addr-spec    = SIP-URI / SIPS-URI / absoluteURI
 * display-name = *(token LWS) / quoted-string
 * LAQUOT       = SWS "&lt;"   RAQUOT = "&gt;" SWS
 * </pre>
 */
final class AddressParser {

  private static final String RFC_FORMS = "RFC 3261 section 20.10";

  private AddressParser() {}

  /** {@code ( name-addr / addr-spec ) *( SEMI param )}: From, To, Reply-To, one Contact. */
  static NameAddress nameAddrOrSpec(Cursor c, Diagnostics diags, String rule, String rfc,
      ParamParser.ParamChecker checker) {
    c.sws();
    int start = c.pos;
    String display = null;
    boolean angled;
    if (c.peek() == '"') {
      display = c.quotedString(rule, rfc);
      c.sws();
      if (c.peek() != '<') {
        throw c.fail("a quoted display name must be followed by the address in '<' '>'"
            + c.foundText(), rule, rfc);
      }
      angled = true;
    } else if (c.peek() == '<') {
      angled = true;
    } else {
      display = tokenDisplayName(c, diags, rule, rfc);
      angled = display != null;
      if (!angled) {
        c.pos = start;
      }
    }
    Uri uri;
    if (angled) {
      uri = angledUri(c, rule, rfc);
    } else {
      try {
        uri = bareUri(c, rule);
      } catch (Malformed m) {
        throw displayNameWithoutAngles(c, start, rule).orElse(m);
      }
    }
    Parameters params = ParamParser.semiParams(c, rule, rfc, checker);
    return new NameAddress(display, uri, params);
  }

  /**
   * A display name before a bare URI, as in {@code Bob Smith sip:bob@example.com}: a name-addr
   * puts the URI in '<' '>' whenever a display name comes first (section 20.10), which says more
   * than that {@code Bob} has no scheme. Looked for only when the bare URI failed.
   */
  private static java.util.Optional<Malformed> displayNameWithoutAngles(Cursor c, int start,
      String rule) {
    int word = start;
    while (word < c.end) {
      int end = word;
      boolean colon = false;
      while (end < c.end && !Cursor.isWhitespace(c.src.charAt(end))
          && c.src.charAt(end) != ';' && c.src.charAt(end) != ',') {
        colon |= c.src.charAt(end) == ':';
        end++;
      }
      if (colon) {
        return word == start ? java.util.Optional.empty() : java.util.Optional.of(c.failAt(word,
            "a display name must be followed by the address in '<' '>', as in "
                + c.src.substring(start, word).trim().replaceAll("\\s+", " ") + " <"
                + c.src.substring(word, end) + ">", rule, RFC_FORMS + " and 25.1 (name-addr)"));
      }
      if (end == word || end < c.end && !Cursor.isWhitespace(c.src.charAt(end))) {
        return java.util.Optional.empty();
      }
      word = end;
      while (word < c.end && Cursor.isWhitespace(c.src.charAt(word))) {
        word++;
      }
    }
    return java.util.Optional.empty();
  }

  /** {@code name-addr *( SEMI rr-param )}: Route and Record-Route allow only the angled form. */
  static NameAddress nameAddr(Cursor c, String rule, String rfc) {
    c.sws();
    int start = c.pos;
    String display = null;
    if (c.peek() == '"') {
      display = c.quotedString(rule, rfc);
      c.sws();
    } else if (c.peek() != '<') {
      display = tokenDisplayName(c, null, rule, rfc);
    }
    if (c.peek() == ':' && c.pos > start && c.src.charAt(start) != '"') {
      // What was read as a display name is a URI's scheme: the URI is written bare, as an
      // addr-spec, where the grammar wants it in angle brackets.
      int end = start;
      while (end < c.end && c.src.charAt(end) != ',' && !Cursor.isWhitespace(c.src.charAt(end))) {
        end++;
      }
      throw c.failAt(start, "a " + rule + " value must be a name-addr, the URI in '<' '>': write"
          + " <" + c.src.substring(start, end) + ">", rule, rfc);
    }
    if (c.peek() != '<') {
      throw c.fail("a " + rule + " value must be a name-addr: the URI in '<' '>'" + c.foundText(),
          rule, rfc);
    }
    Uri uri = angledUri(c, rule, rfc);
    return new NameAddress(display, uri, ParamParser.semiParams(c, rule, rfc, null));
  }

  /** {@code Contact = ("*" / (contact-param *(COMMA contact-param)))}. */
  static List<HeaderValue> contacts(Cursor c, Diagnostics diags, String rfc) {
    c.sws();
    if (c.peek() == '*' && onlyWhitespaceAfter(c, c.pos + 1)) {
      c.pos = c.end;
      return List.of(Wildcard.INSTANCE);
    }
    if (c.peek() == '*') {
      wildcardAlone(c);
    }
    List<HeaderValue> list = new ArrayList<>(1);
    do {
      list.add(nameAddrOrSpec(c, diags, "Contact", rfc, AddressParser::checkContactParam));
      HeaderValueParser.checkListSize(c, list.size(), "Contact");
    } while (c.trySeparator(','));
    c.expectEnd("the last Contact value", "Contact", rfc);
    return Lists.compact(list);
  }

  /**
   * {@code Contact = ("Contact" / "m") HCOLON ( STAR / (contact-param *(COMMA contact-param)))}:
   * the wildcard takes no parameters and no other value comes with it. A '*' followed by a comma
   * or a semicolon can be nothing else (a display-name token would need a '<' after it), so it
   * is named as that mistake.
   */
  private static void wildcardAlone(Cursor c) {
    int i = c.pos + 1;
    while (i < c.end && Cursor.isWhitespace(c.src.charAt(i))) {
      i++;
    }
    if (i < c.end && (c.src.charAt(i) == ',' || c.src.charAt(i) == ';')) {
      throw c.failAt(i, "'*' must be the whole Contact value, with no other value and no"
          + " parameters after it", "Contact", Cursor.GRAMMAR + " (Contact)");
    }
  }

  /** A {@code *} followed by nothing is the wildcard; otherwise it is a display name token. */
  private static boolean onlyWhitespaceAfter(Cursor c, int from) {
    for (int i = from; i < c.end; i++) {
      if (!Cursor.isWhitespace(c.src.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code c-p-q = "q" EQUAL qvalue}, {@code c-p-expires = "expires" EQUAL delta-seconds}; RFC 4475
   * section 3.1.2.4 treats an expires above 2**32-1 as invalid.
   */
  private static void checkContactParam(Cursor c, int at, Parameter p) {
    if (p.named("expires")) {
      ParamParser.checkNumber(c, at, p, 0xFFFF_FFFFL, "Contact", "RFC 3261 section 20.10");
    } else if (p.named("q") && !isQvalue(p.value())) {
      throw c.failAt(at, "q must be a qvalue between 0 and 1 with at most three decimals, such as"
          + " 0.7", "qvalue", "RFC 3261 section 20.10");
    }
  }

  /**
   * {@code from-param = tag-param / generic-param}, {@code tag-param = "tag" EQUAL token} (section
   * 25.1; To alike). A valueless or quoted tag is no tag-param: read as a generic-param it would
   * leave the From or To with a tag that is present but has no value, which neither identifies a
   * dialog (section 19.3) nor counts as missing (section 8.1.1.3).
   */
  static void checkFromTag(Cursor c, int at, Parameter p) {
    checkTag(c, at, p, "From");
  }

  /** {@link #checkFromTag} for To: {@code to-param = tag-param / generic-param}. */
  static void checkToTag(Cursor c, int at, Parameter p) {
    checkTag(c, at, p, "To");
  }

  private static void checkTag(Cursor c, int at, Parameter p, String rule) {
    if (p.named("tag") && (p.value() == null || p.quoted())) {
      throw c.failAt(at, "tag needs a value, a token without quotes, as in tag=1928301774",
          rule, Cursor.GRAMMAR + " (tag-param)");
    }
  }

  /** {@code qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )}. */
  static boolean isQvalue(String v) {
    if (v == null || v.isEmpty() || v.length() > 5) {
      return false;
    }
    char first = v.charAt(0);
    if (first != '0' && first != '1') {
      return false;
    }
    if (v.length() == 1) {
      return true;
    }
    if (v.charAt(1) != '.') {
      return false;
    }
    for (int i = 2; i < v.length(); i++) {
      char d = v.charAt(i);
      if (first == '1' ? d != '0' : d < '0' || d > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code *(token LWS)} before {@code <}. Returns null (position unspecified) when what follows is
   * not a display name, so the caller reads an addr-spec instead. RFC 4475 section 3.1.1.6: a token
   * directly followed by {@code <} is a known grammar bug that elements should accept; a warning.
   */
  private static String tokenDisplayName(Cursor c, Diagnostics diags, String rule, String rfc) {
    int nameStart = c.pos;
    if (!c.atToken()) {
      // No URI starts with this character (a scheme starts with a letter): with a '<' further on,
      // it starts a display name that needed quotes, as in é <sip:bob@example.com>.
      int angle = c.src.indexOf('<', c.pos);
      if (c.peek() >= 0 && angle > c.pos && angle < c.end) {
        throw quoteTheName(c, nameStart, angle, rule);
      }
      return null;
    }
    String first = c.token("a display name", rule, rfc);
    StringBuilder more = null;
    boolean spaceBeforeAngle = c.lws();
    while (c.atToken()) {
      if (more == null) {
        more = new StringBuilder(first);
      }
      more.append(' ').append(c.token("a display name", rule, rfc));
      spaceBeforeAngle = c.lws();
    }
    String name = more == null ? first : more.toString();
    if (c.peek() != '<') {
      int angle = c.src.indexOf('<', c.pos);
      if (c.peek() != ':' && angle >= 0 && angle < c.end && c.peek() != ';') {
        throw quoteTheName(c, nameStart, angle, rule);
      }
      return null;
    }
    if (!spaceBeforeAngle && diags != null) {
      diags.warning(c.pos, "no whitespace between the display name and '<'; RFC 3261's grammar"
          + " requires it, but RFC 4475 asks elements to accept this", rule,
          "RFC 4475 section 3.1.1.6");
    }
    return name;
  }

  /**
   * The display name as written (whitespace runs, folds included, as one space) in a quoted-string,
   * with quoted-pairs where it needs them: the suggestion must itself be a valid display name.
   */
  private static String quoted(String written) {
    org.siplab.message.PrintSink out = new org.siplab.message.PrintSink(written.length() + 8);
    org.siplab.message.Quoting.appendQuoted(out, written.trim().replaceAll("\\s+", " "));
    return out.toString();
  }

  /**
   * {@code display-name = *(token LWS) / quoted-string}: a name holding a character no token may
   * hold (a letter such as é, '@', '(') must be written as a quoted-string.
   */
  private static Malformed quoteTheName(Cursor c, int nameStart, int angle, String rule) {
    return c.fail("a display name containing " + c.describeAt(c.pos) + " must be quoted, as in "
        + quoted(c.src.substring(nameStart, angle)), rule, "RFC 3261 section 25.1 (display-name)");
  }

  /** {@code LAQUOT addr-spec RAQUOT}; the cursor is at {@code <}. */
  static Uri angledUri(Cursor c, String rule, String rfc) {
    int open = c.pos;
    c.pos++;
    int close = c.src.indexOf('>', c.pos);
    if (close < 0 || close >= c.end) {
      throw c.failAt(open, "the '<' opened here is never closed with '>'", rule, rfc);
    }
    if (Cursor.isWhitespace(c.src.charAt(c.pos)) || Cursor.isWhitespace(c.src.charAt(close - 1))) {
      throw c.fail("no whitespace is allowed between '<' and '>' around the URI (addr-spec)", rule,
          "RFC 3261 section 25.1 (name-addr)");
    }
    Uri uri = UriParser.uri(c, close);
    c.pos = close + 1;
    return uri;
  }

  /**
   * A bare addr-spec in a header ends at the first {@code ;}, {@code ,} or whitespace, which then
   * belong to the header. Section 20.10: a URI with a comma, question mark or semicolon MUST be in
   * angle brackets, so a {@code ?} here is an error (RFC 4475 section 3.1.2.13).
   */
  private static Uri bareUri(Cursor c, String rule) {
    int stop = c.pos;
    while (stop < c.end) {
      char ch = c.src.charAt(stop);
      if (ch == ';' || ch == ',' || Cursor.isWhitespace(ch)) {
        break;
      }
      if (ch == '?') {
        throw c.failAt(stop, "a URI that contains '?' (URI headers) must be enclosed in '<' '>'"
            + " when used in a header", rule, RFC_FORMS);
      }
      if (ch == '>') {
        throw c.failAt(stop, "'>' closes no '<': a URI in angle brackets needs both, as in <"
            + c.src.substring(c.pos, stop) + ">", rule, "RFC 3261 section 25.1 (name-addr)");
      }
      stop++;
    }
    return UriParser.uri(c, stop);
  }
}
