package org.siplab.codec;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.HeaderValue;
import org.siplab.message.MediaType;
import org.siplab.message.Method;
import org.siplab.message.Numeric;
import org.siplab.message.Parameters;
import org.siplab.message.RetryAfter;
import org.siplab.message.SipDate;
import org.siplab.message.Text;
import org.siplab.message.Token;
import org.siplab.message.Warning;

/**
 * Parses one header field's value by the grammar of its header (RFC 3261 section 25.1). Headers
 * siplab has no grammar for are kept as {@link Text}, after checking that they hold only the
 * characters any header value may hold.
 */
final class HeaderValueParser {

  private static final String[] COMMON_METHODS = {
    "INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "REGISTER", "INFO", "MESSAGE", "UPDATE", "PRACK"
  };

  private static final String[] COMMON_MEDIA_TYPES = {"application", "sdp", "text", "plain"};

  /** Section 8.1.1.5 and 20.16: a CSeq number is a 32-bit unsigned integer. */
  static final long MAX_32_BIT = 0xFFFF_FFFFL;

  private HeaderValueParser() {}

  /** Which grammar each known header's value follows, indexed by {@link HeaderName#ordinal()}. */
  private enum Grammar {
    VIA, ADDRESS, CONTACT, ROUTE, CALL_ID, CSEQ, MAX_FORWARDS, CONTENT_LENGTH, SECONDS,
    MEDIA_TYPE, MEDIA_TYPES, DATE, RETRY_AFTER, WARNING, CHALLENGE, CREDENTIALS,
    TOKENS_OR_NONE, TOKENS, LANGUAGE_TAGS, TEXT, TEXT_REQUIRED, TEXT_LIST_OR_NONE
  }

  private static final Grammar[] GRAMMARS = new Grammar[HeaderName.knownCount()];

  static {
    java.util.Arrays.fill(GRAMMARS, Grammar.TEXT);
    grammar(Grammar.VIA, HeaderName.VIA);
    grammar(Grammar.ADDRESS, HeaderName.FROM, HeaderName.TO, HeaderName.REPLY_TO);
    grammar(Grammar.CONTACT, HeaderName.CONTACT);
    grammar(Grammar.ROUTE, HeaderName.ROUTE, HeaderName.RECORD_ROUTE);
    grammar(Grammar.CALL_ID, HeaderName.CALL_ID);
    grammar(Grammar.CSEQ, HeaderName.CSEQ);
    grammar(Grammar.MAX_FORWARDS, HeaderName.MAX_FORWARDS);
    grammar(Grammar.CONTENT_LENGTH, HeaderName.CONTENT_LENGTH);
    grammar(Grammar.SECONDS, HeaderName.EXPIRES, HeaderName.MIN_EXPIRES);
    grammar(Grammar.MEDIA_TYPE, HeaderName.CONTENT_TYPE);
    grammar(Grammar.MEDIA_TYPES, HeaderName.ACCEPT);
    grammar(Grammar.DATE, HeaderName.DATE);
    grammar(Grammar.RETRY_AFTER, HeaderName.RETRY_AFTER);
    grammar(Grammar.WARNING, HeaderName.WARNING);
    grammar(Grammar.CHALLENGE, HeaderName.WWW_AUTHENTICATE, HeaderName.PROXY_AUTHENTICATE);
    grammar(Grammar.CREDENTIALS, HeaderName.AUTHORIZATION, HeaderName.PROXY_AUTHORIZATION);
    grammar(Grammar.TOKENS_OR_NONE, HeaderName.ALLOW, HeaderName.SUPPORTED);
    grammar(Grammar.TOKENS, HeaderName.REQUIRE, HeaderName.PROXY_REQUIRE,
        HeaderName.UNSUPPORTED, HeaderName.CONTENT_ENCODING);
    grammar(Grammar.LANGUAGE_TAGS, HeaderName.CONTENT_LANGUAGE);
    // Accept-Encoding = "Accept-Encoding" HCOLON [ encoding *(COMMA encoding) ], Accept-Language
    // alike: kept as text, checked by ListTextGrammars, and an empty field holds no value.
    grammar(Grammar.TEXT_LIST_OR_NONE, HeaderName.ACCEPT_ENCODING, HeaderName.ACCEPT_LANGUAGE);
    // Kept as text, but their grammars (section 25.1, and the RFCs of the extensions) need at
    // least one element: Call-Info = "Call-Info" HCOLON info *(COMMA info), Server = "Server"
    // HCOLON server-val *(LWS server-val), and so on. Subject and Organization may be empty, and
    // stay TEXT.
    grammar(Grammar.TEXT_REQUIRED, HeaderName.CALL_INFO, HeaderName.ALERT_INFO,
        HeaderName.ERROR_INFO, HeaderName.IN_REPLY_TO, HeaderName.PRIORITY, HeaderName.TIMESTAMP,
        HeaderName.MIME_VERSION, HeaderName.SERVER, HeaderName.USER_AGENT,
        HeaderName.CONTENT_DISPOSITION, HeaderName.AUTHENTICATION_INFO, HeaderName.EVENT,
        HeaderName.ALLOW_EVENTS, HeaderName.REFER_TO, HeaderName.REFERRED_BY,
        HeaderName.SESSION_EXPIRES, HeaderName.ACCEPT_CONTACT, HeaderName.REJECT_CONTACT,
        HeaderName.REQUEST_DISPOSITION, HeaderName.IDENTITY);
  }

  private static void grammar(Grammar g, HeaderName... names) {
    for (HeaderName n : names) {
      GRAMMARS[n.ordinal()] = g;
    }
  }

  /** The values of one field; the cursor spans the value, after {@code HCOLON}. */
  static List<HeaderValue> parse(HeaderName name, Cursor c, Diagnostics diags) {
    String rfc = HeaderCatalog.rfcOf(name);
    String rule = name.canonical();
    Grammar grammar = name.isKnown() ? GRAMMARS[name.ordinal()] : Grammar.TEXT;
    switch (grammar) {
      case VIA:
        return ViaParser.vias(c);
      case ADDRESS:
        // Reply-To's parameters are generic-params; From's and To's tag is a tag-param.
        return one(c, AddressParser.nameAddrOrSpec(c, diags, rule, rfc,
            name == HeaderName.FROM ? AddressParser::checkFromTag
                : name == HeaderName.TO ? AddressParser::checkToTag : null), rule, rfc);
      case CONTACT:
        return AddressParser.contacts(c, diags, rfc);
      case ROUTE:
        return routes(c, rule, rfc);
      case CALL_ID:
        return List.of(callId(c, rfc));
      case CSEQ:
        return one(c, cseq(c, rfc), rule, rfc);
      case MAX_FORWARDS:
        return number(c, 255, "is above 255, the largest value allowed", rule, rfc);
      case CONTENT_LENGTH:
        return number(c, MAX_32_BIT, "is not a plausible body length", rule, rfc);
      case SECONDS:
        return number(c, MAX_32_BIT, "is larger than 2**32 - 1 seconds", rule, rfc);
      case MEDIA_TYPE:
        return one(c, mediaType(c, rule, rfc, HeaderValueParser::mParameter), rule, rfc);
      case MEDIA_TYPES:
        return mediaTypes(c, rule, rfc);
      case DATE:
        return one(c, date(c, diags, rfc), rule, rfc);
      case RETRY_AFTER:
        return one(c, retryAfter(c, rfc), rule, rfc);
      case WARNING:
        return warnings(c, rfc);
      case CHALLENGE:
        return List.of(AuthParser.challenge(c, diags, rule, rfc));
      case CREDENTIALS:
        return List.of(AuthParser.credentials(c, diags, rule, rfc));
      case TOKENS_OR_NONE:
        return tokens(c, true, rule, rfc);
      case TOKENS:
        return tokens(c, false, rule, rfc);
      case LANGUAGE_TAGS:
        return languageTags(c, rule, rfc);
      case TEXT_LIST_OR_NONE:
        if (c.isBlankToEnd()) {
          return List.of();
        }
        ListTextGrammars.check(name, c, rule, rfc);
        return textValues(name, c, rule, rfc);
      case TEXT_REQUIRED:
        if (c.isBlankToEnd()) {
          throw c.fail("the value is empty, but this header's grammar needs at least one",
              rule, rfc);
        }
        ScalarTextGrammars.check(name, c, rule, rfc);
        if (ListTextGrammars.covers(name)) {
          ListTextGrammars.check(name, c, rule, rfc);
        }
        return textValues(name, c, rule, rfc);
      default:
        return textValues(name, c, rule, rfc);
    }
  }

  /**
   * Section 7.3.1: a field of a list header is its values joined by commas, so Call-Info,
   * Alert-Info, Error-Info, Accept-Encoding, Accept-Language, In-Reply-To and Allow-Events are
   * split there, as Text#listItemEnd finds the commas, and count as built.
   */
  private static List<HeaderValue> textValues(HeaderName name, Cursor c, String rule,
      String rfc) {
    return name.arity() == HeaderName.Arity.LIST ? texts(name, c, rule, rfc)
        : List.of(text(null, c, rule, rfc));
  }

  /** A list header kept as text: {@code value *(COMMA value)}; one value allocates no list. */
  private static List<HeaderValue> texts(HeaderName name, Cursor c, String rule, String rfc) {
    HeaderValue first = listText(name, c, rule, rfc);
    if (c.pos >= c.end) {
      return List.of(first);
    }
    List<HeaderValue> list = new ArrayList<>(4);
    list.add(first);
    while (c.trySeparator(',')) {
      list.add(listText(name, c, rule, rfc));
      checkListSize(c, list.size(), rule);
    }
    c.expectEnd("the last value", rule, rfc);
    return Lists.compact(list);
  }

  /**
   * One value of a list kept as text. Text may be anything but empty: {@code Allow-Events: a,,b}
   * has no event between its commas (EmptyListValues words the error).
   */
  private static HeaderValue listText(HeaderName name, Cursor c, String rule, String rfc) {
    Text t = text(name, c, rule, rfc);
    if (t.value().isEmpty()) {
      throw c.fail("a value is empty", rule, rfc);
    }
    return t;
  }

  private static List<HeaderValue> one(Cursor c, HeaderValue v, String rule, String rfc) {
    onlyOneValue(c, rule);
    c.expectEnd("the value", rule, rfc);
    return List.of(v);
  }

  /**
   * Section 7.3.1: only a header whose grammar is a comma-separated list may hold several values in
   * one field. A comma after the value of any other header is that mistake, and is named as such
   * rather than as stray text.
   */
  static void onlyOneValue(Cursor c, String rule) {
    if (c.nextIs(',')) {
      throw c.failAt(c.src.indexOf(',', c.pos), "this header allows only one value, but a comma"
          + " follows the first; only headers whose grammar is a comma-separated list (such as Via"
          + " or Contact) may hold several", rule, "RFC 3261 section 7.3.1");
    }
  }

  /**
   * {@link Limits#MAX_VALUES_PER_FIELD}. The grammar of a list header ({@code *(COMMA value)})
   * sets no limit, so the error says the limit is siplab's and cites section 7.3.1, where a field
   * is said to hold a comma-separated list, rather than the header's own section as if it broke it.
   */
  static void checkListSize(Cursor c, int size, String rule) {
    if (size > Limits.MAX_VALUES_PER_FIELD) {
      throw c.fail("more than " + Limits.MAX_VALUES_PER_FIELD + " values in one header field (a"
          + " limit of siplab's, to bound its work: the RFC sets none)", rule,
          "RFC 3261 section 7.3.1");
    }
  }

  /** {@code Route = "Route" HCOLON route-param *(COMMA route-param)}. */
  private static List<HeaderValue> routes(Cursor c, String rule, String rfc) {
    List<HeaderValue> list = new ArrayList<>(1);
    do {
      list.add(AddressParser.nameAddr(c, rule, rfc));
      checkListSize(c, list.size(), rule);
    } while (c.trySeparator(','));
    c.expectEnd("the last value", rule, rfc);
    return Lists.compact(list);
  }

  /**
   * {@code callid = word [ "@" word ]}, where a word allows a wider set of characters than a token
   * (RFC 4475 section 3.1.1.2 exercises all of them).
   */
  private static HeaderValue callId(Cursor c, String rfc) {
    c.sws();
    int start = c.pos;
    word(c, "Call-ID", rfc, ' ');
    int stop = c.pos;
    c.expectEnd("the Call-ID", "Call-ID", rfc);
    return new Text(c.src.substring(start, stop));
  }

  /**
   * Reads one {@code callid = word [ "@" word ]} from the cursor, up to whitespace, the end, or
   * {@code stop} (a comma between the Call-IDs of In-Reply-To; a space where none is expected).
   */
  static void word(Cursor c, String rule, String rfc, char stop) {
    int start = c.pos;
    int at = -1;
    while (c.pos < c.end && !Cursor.isWhitespace(c.src.charAt(c.pos))
        && c.src.charAt(c.pos) != stop) {
      char ch = c.src.charAt(c.pos);
      if (ch == '@' && at < 0 && c.pos > start) {
        at = c.pos;
      } else if (!isWordChar(ch)) {
        throw c.fail("character " + c.describeAt(c.pos) + " cannot appear in a"
            + " Call-ID", rule, Cursor.GRAMMAR + " (word)");
      }
      c.pos++;
    }
    if (c.pos == start) {
      throw c.fail("the Call-ID is empty", rule, rfc);
    }
    if (at == c.pos - 1) {
      throw c.failAt(at, "a Call-ID's '@' must be followed by a word", rule, rfc);
    }
  }

  /**
   * Whether {@code text} is a {@code callid = word [ "@" word ]}, by the rule {@link #word} reads:
   * the value a Call-ID field holds after its grammar matched. A broken Call-ID is kept as its text
   * too, so a tool that reads the fields without their diagnostics tells the two apart with this,
   * and the parser itself pays nothing for it.
   */
  static boolean isCallId(String text) {
    int at = -1;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '@' && at < 0 && i > 0) {
        at = i;
      } else if (!isWordChar(ch)) {
        return false;
      }
    }
    return !text.isEmpty() && at != text.length() - 1;
  }

  /**
   * {@code word = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~" / "(" /
   * ")" / "<" / ">" / ":" / "\" / DQUOTE / "/" / "[" / "]" / "?" / "{" / "}")}.
   */
  private static boolean isWordChar(char ch) {
    return org.siplab.message.Quoting.isTokenChar(ch) || "()<>:\\\"/[]?{}".indexOf(ch) >= 0;
  }

  /** {@code CSeq = "CSeq" HCOLON 1*DIGIT LWS Method}. */
  private static CSeq cseq(Cursor c, String rfc) {
    c.sws();
    long number = c.digits("the CSeq number", MAX_32_BIT,
        "is larger than 2**32 - 1, the largest CSeq number", "CSeq", "RFC 3261 section 8.1.1.5");
    if (!c.lws()) {
      throw c.fail("expected whitespace between the CSeq number and the method" + c.foundText(),
          "CSeq", rfc);
    }
    return new CSeq(number, Method.of(c.tokenOf("the method", "CSeq", rfc, COMMON_METHODS)));
  }

  private static List<HeaderValue> number(
      Cursor c, long max, String tooLarge, String rule, String rfc) {
    c.sws();
    if (c.peek() == '-') {
      throw c.fail("the value cannot be negative", rule, rfc);
    }
    long v = c.digits("the value", max, tooLarge, rule, rfc);
    onlyOneValue(c, rule);
    c.expectEnd("the number", rule, rfc);
    return List.of(new Numeric(v));
  }

  /**
   * {@code media-type = m-type SLASH m-subtype *(SEMI m-parameter)}.
   *
   * @param checker checks each parameter, or null where the grammar allows any generic-param
   */
  private static MediaType mediaType(Cursor c, String rule, String rfc,
      ParamParser.ParamChecker checker) {
    c.sws();
    String type = c.tokenOf("a media type", rule, rfc, COMMON_MEDIA_TYPES);
    c.separator('/', rule, rfc);
    String subtype = c.tokenOf("a media subtype", rule, rfc, COMMON_MEDIA_TYPES);
    Parameters params = ParamParser.semiParams(c, rule, rfc, checker);
    // tokenOf returns the very strings of COMMON_MEDIA_TYPES, so identity is equality here.
    if (type == "application" && subtype == "sdp" && params.isEmpty()) {
      return MediaType.SDP;
    }
    return new MediaType(type, subtype, params);
  }

  /** {@code m-parameter = m-attribute EQUAL m-value}: a Content-Type parameter has a value. */
  private static void mParameter(Cursor c, int at, org.siplab.message.Parameter p) {
    if (!p.hasValue()) {
      throw c.failAt(at, "the media type parameter '" + p.name() + "' needs '=' and a value, as"
          + " in charset=UTF-8", "Content-Type", Cursor.GRAMMAR + " (m-parameter)");
    }
  }

  /** {@code Accept = "Accept" HCOLON [ accept-range *(COMMA accept-range) ]}. */
  private static List<HeaderValue> mediaTypes(Cursor c, String rule, String rfc) {
    c.sws();
    if (c.atEnd()) {
      return List.of();
    }
    List<HeaderValue> list = new ArrayList<>(2);
    do {
      // accept-range = media-range *(SEMI accept-param), and an accept-param may be a
      // generic-param without a value: Accept's parameters are not held to m-parameter.
      c.sws();
      int start = c.pos;
      MediaType range = mediaType(c, rule, rfc, ListTextGrammars::acceptParam);
      // media-range = ( "*/*" / ( m-type SLASH "*" ) / ( m-type SLASH m-subtype ) ) ...
      if (range.type().equals("*") && !range.subtype().equals("*")) {
        throw c.failAt(start, "a media range with '*' as its type has '*' as its subtype too"
            + " (*/*); to accept one subtype, name its type, as in application/sdp", rule,
            Cursor.GRAMMAR + " (media-range)");
      }
      list.add(range);
      checkListSize(c, list.size(), rule);
    } while (c.trySeparator(','));
    c.expectEnd("the last media range", rule, rfc);
    return Lists.compact(list);
  }

  /** Option tags, methods, codings: {@code token *(COMMA token)}, possibly empty. */
  private static List<HeaderValue> tokens(Cursor c, boolean mayBeEmpty, String rule, String rfc) {
    c.sws();
    if (c.atEnd()) {
      if (mayBeEmpty) {
        return List.of();
      }
      throw c.fail(rule + " needs at least one value", rule, rfc);
    }
    List<HeaderValue> list = new ArrayList<>(6);
    do {
      c.sws();
      list.add(new Token(c.token("a value", rule, rfc)));
      checkListSize(c, list.size(), rule);
    } while (c.trySeparator(','));
    c.expectEnd("the last value", rule, rfc);
    return Lists.compact(list);
  }

  /**
   * {@code Content-Language = "Content-Language" HCOLON language-tag *(COMMA language-tag)}
   * (section 20.13): each value a token that is also a language tag, such as en or fr-CA.
   */
  private static List<HeaderValue> languageTags(Cursor c, String rule, String rfc) {
    c.sws();
    int start = c.pos;
    List<HeaderValue> values = tokens(c, false, rule, rfc);
    int end = c.pos;
    c.pos = start;
    do {
      c.sws();
      c.pos = ListTextGrammars.languageTag(c, c.pos, c.end, rule, rfc);
    } while (c.trySeparator(','));
    c.expectEnd("the last language tag", rule, rfc);
    c.pos = end;
    return values;
  }

  /**
   * {@code rfc1123-date = wkday "," SP date1 SP time SP "GMT"}, {@code date1 = 2DIGIT SP month SP
   * 4DIGIT}, {@code time = 2DIGIT ":" 2DIGIT ":" 2DIGIT}. Section 20.17: SIP supports only the
   * RFC 1123 format and only GMT, and "[a]n RFC 1123 date is case-sensitive" (20.17). The grammar
   * puts SP, not LWS, between the parts, so each separator is exactly one space and nothing else;
   * only the value as a whole may have whitespace around it, as every header value may.
   */
  private static SipDate date(Cursor c, Diagnostics diags, String rfc) {
    c.sws();
    int start = c.pos;
    String wkday = c.token("a day of the week (Mon, Tue...)", "Date", rfc);
    if (!SipDate.isWeekday(wkday)) {
      throw c.failAt(start, "'" + wkday + "' is not a day of the week (Mon ... Sun)"
          + caseHint(wkday, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), "Date", rfc);
    }
    if (c.peek() != ',') {
      throw c.fail("expected ',' right after the day of the week" + c.foundText(), "Date",
          DATE_GRAMMAR);
    }
    c.pos++;
    dateSpace(c, "after the comma");
    int dayAt = c.pos;
    int day = (int) fixedDigits(c, 2, "day");
    dateSpace(c, "between the day and the month");
    int monthAt = c.pos;
    String monthName = c.token("a month (Jan ... Dec)", "Date", rfc);
    int month = SipDate.monthNumber(monthName);
    if (month == 0) {
      throw c.failAt(monthAt, "'" + monthName + "' is not a month name (Jan ... Dec)"
          + caseHint(monthName, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
              "Oct", "Nov", "Dec"), "Date", rfc);
    }
    dateSpace(c, "between the month and the year");
    int year = (int) fixedDigits(c, 4, "year");
    String date1 = c.src.substring(dayAt, c.pos);
    dateSpace(c, "between the year and the time");
    int hourAt = c.pos;
    int hour = (int) fixedDigits(c, 2, "hour");
    expect(c, ':', "Date", DATE_GRAMMAR);
    int minuteAt = c.pos;
    int minute = (int) fixedDigits(c, 2, "minute");
    expect(c, ':', "Date", DATE_GRAMMAR);
    int secondAt = c.pos;
    int second = (int) fixedDigits(c, 2, "second");
    int afterTime = c.pos;
    c.sws();
    if (c.atEnd()) {
      throw c.failAt(afterTime, "the time zone is missing: a SIP date ends with ' GMT' after the"
          + " time, the only time zone SIP allows", "Date", rfc);
    }
    c.pos = afterTime;
    dateSpace(c, "between the time and the time zone GMT");
    int zoneAt = c.pos;
    String zone = c.token("the time zone GMT", "Date", rfc);
    if (!zone.equals("GMT")) {
      throw c.failAt(zoneAt, "SIP dates must be in GMT; this one says '" + zone + "'"
          + caseHint(zone, "GMT"), "Date", rfc);
    }
    c.expectEnd("the date", "Date", rfc);
    // Section 20.17 (RFC 1123 dates): a real day of the month and a time of 00:00:00 to 23:59:59,
    // each checked at its own part so the learner sees which one is impossible.
    timePart(c, hourAt, "hour", hour, 23, rfc);
    timePart(c, minuteAt, "minute", minute, 59, rfc);
    timePart(c, secondAt, "second", second, 59, rfc);
    if (day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      throw c.failAt(dayAt, String.format(Locale.ROOT, "there is no day %02d in %s %04d",
          day, monthName, year), "Date", rfc);
    }
    LocalDateTime when = LocalDateTime.of(year, month, day, hour, minute, second);
    // The grammar takes any wkday; the date fixes which one is right (RFC 5322 section 3.3, the
    // successor of the RFC 822 date that RFC 1123 and so SIP-date build on).
    String actual = SipDate.weekdayOf(when.getDayOfWeek());
    if (!actual.equals(wkday)) {
      String dayName = when.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      diags.warning(start, "the date says " + wkday + ", but " + date1 + " is a " + dayName + " ("
          + actual + ")", "Date", "RFC 5322 section 3.3");
    }
    return new SipDate(when.toInstant(ZoneOffset.UTC));
  }

  private static final String DATE_GRAMMAR = "RFC 3261 section 25.1 (rfc1123-date)";

  private static void timePart(Cursor c, int at, String what, int value, int max, String rfc) {
    if (value > max) {
      throw c.failAt(at, "the " + what + " " + value + " is past " + max + ": a time runs from"
          + " 00:00:00 to 23:59:59", "Date", rfc);
    }
  }

  /**
   * The single SP between two parts of a date. A tab, a line fold or a second space is LWS, which
   * rfc1123-date does not allow there; the diagnostic points at the first character that is wrong.
   */
  private static void dateSpace(Cursor c, String where) {
    if (c.peek() != ' ') {
      throw c.fail("expected a single space " + where + c.foundText(), "Date", DATE_GRAMMAR);
    }
    c.pos++;
    if (c.pos < c.end && Cursor.isWhitespace(c.src.charAt(c.pos))) {
      throw c.fail("only a single space may come " + where + ", but more whitespace follows",
          "Date", DATE_GRAMMAR);
    }
  }

  /** Section 20.17, "[a]n RFC 1123 date is case-sensitive": says so when only the case is wrong. */
  private static String caseHint(String written, String... names) {
    for (String n : names) {
      if (n.equalsIgnoreCase(written)) {
        return "; an RFC 1123 date is case-sensitive, so write '" + n + "'";
      }
    }
    return "";
  }

  private static long fixedDigits(Cursor c, int count, String what) {
    int start = c.pos;
    long v = c.digits("the " + what, Long.MAX_VALUE / 10, "is too large", "Date",
        "RFC 3261 section 20.17");
    if (c.pos - start != count) {
      throw c.failAt(start, "the " + what + " must have exactly " + count + " digits", "Date",
          DATE_GRAMMAR);
    }
    return v;
  }

  private static void expect(Cursor c, char ch, String rule, String rfc) {
    if (c.peek() != ch) {
      throw c.fail("expected '" + ch + "'" + c.foundText(), rule, rfc);
    }
    c.pos++;
  }

  /** {@code Retry-After = "Retry-After" HCOLON delta-seconds [ comment ] *( SEMI retry-param )}. */
  private static RetryAfter retryAfter(Cursor c, String rfc) {
    c.sws();
    long seconds = c.digits("the number of seconds", MAX_32_BIT,
        "is larger than 2**32 - 1 seconds", "Retry-After", rfc);
    String comment = null;
    if (c.nextIs('(')) {
      c.sws();
      comment = c.comment("Retry-After", rfc);
    }
    Parameters params = ParamParser.semiParams(c, "Retry-After", rfc, (cur, at, p) -> {
      if (p.named("duration")) {
        ParamParser.checkNumber(cur, at, p, MAX_32_BIT, "Retry-After", rfc);
      }
    });
    return new RetryAfter(seconds, comment, params);
  }

  /** {@code warning-value = warn-code SP warn-agent SP warn-text}, {@code warn-code = 3DIGIT}. */
  private static List<HeaderValue> warnings(Cursor c, String rfc) {
    List<HeaderValue> list = new ArrayList<>(1);
    do {
      c.sws();
      int start = c.pos;
      long code = c.digits("the warn-code", 999_999, "is too long", "Warning", rfc);
      if (c.pos - start != 3) {
        throw c.failAt(start, "a warn-code has exactly three digits; this one has "
            + (c.pos - start), "Warning", rfc);
      }
      expectSpace(c, rfc);
      String agent = warnAgent(c, rfc);
      expectSpace(c, rfc);
      String text = c.quotedString("Warning", rfc);
      list.add(new Warning((int) code, agent, text));
      checkListSize(c, list.size(), "Warning");
    } while (c.trySeparator(','));
    c.expectEnd("the last warning", "Warning", rfc);
    return Lists.compact(list);
  }

  private static void expectSpace(Cursor c, String rfc) {
    if (c.peek() != ' ') {
      throw c.fail("expected a single space" + c.foundText(), "Warning", rfc);
    }
    c.pos++;
  }

  /**
   * {@code warn-agent = hostport / pseudonym}, {@code pseudonym = token}. A token is a pseudonym (a
   * host name or IPv4 address is one too); anything with ':' or '[' can only be a hostport, so it
   * is read by the host and port grammar, and "a:b:c" or "host:99999" is an error where it breaks
   * it.
   */
  private static String warnAgent(Cursor c, String rfc) {
    int start = c.pos;
    boolean token = true;
    while (c.pos < c.end && !Cursor.isWhitespace(c.src.charAt(c.pos))) {
      char ch = c.src.charAt(c.pos);
      if (!org.siplab.message.Quoting.isTokenChar(ch)) {
        if (ch != ':' && ch != '[' && ch != ']') {
          throw c.fail("character " + c.describeAt(c.pos) + " cannot appear in a warn-agent",
              "Warning", rfc);
        }
        token = false;
      }
      c.pos++;
    }
    if (c.pos == start) {
      throw c.fail("expected the warn-agent (a host or pseudonym)", "Warning", rfc);
    }
    int agentEnd = c.pos;
    if (!token) {
      c.pos = start;
      UriParser.hostPort(c, agentEnd, "Warning");
      if (c.pos < agentEnd) {
        throw c.fail("unexpected " + c.describeAt(c.pos) + " in the warn-agent:"
            + " one with ':' or '[' is a host and an optional port, as in h.example.com:5060 (a"
            + " pseudonym is a token, with neither)", "Warning", Cursor.GRAMMAR + " (warn-agent)");
      }
    }
    return c.src.substring(start, agentEnd);
  }

  /**
   * Any other header: {@code header-value = *(TEXT-UTF8char / UTF8-CONT / LWS)}. Whitespace runs
   * and folds become one space (section 7.3.1), so the value compares equal however it was laid
   * out.
   *
   * @param list the list header whose one value this is, or null for a header of one value
   */
  private static Text text(HeaderName list, Cursor c, String rule, String rfc) {
    StringBuilder sb = null;
    c.sws();
    int start = c.pos;
    int runStart = start;
    boolean pendingSpace = false;
    // A list item ends at the first comma outside quotes and <...>, found as builders are held to
    // it (Text#listItemEnd); one that ends inside them runs to the end of the field.
    int itemEnd = list != null ? Text.listItemEnd(list, c.src, start, c.end) : c.end;
    int stop = itemEnd < 0 ? c.end : itemEnd;
    while (c.pos < stop) {
      char ch = c.src.charAt(c.pos);
      if (Cursor.isWhitespace(ch)) {
        if (sb == null) {
          sb = new StringBuilder(c.end - start);
        }
        if (!pendingSpace) {
          sb.append(c.src, runStart, c.pos);
          pendingSpace = true;
        }
        c.pos++;
        runStart = c.pos;
        continue;
      }
      if (ch < 0x20 || ch == 0x7F) {
        throw c.fail("control character " + Cursor.codePoint(ch) + " is not allowed in a header"
            + " value", rule, Cursor.GRAMMAR + " (TEXT-UTF8char)");
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      c.pos++;
    }
    if (sb == null) {
      return new Text(c.src.substring(start, c.pos));
    }
    if (!pendingSpace) {
      sb.append(c.src, runStart, c.pos);
    }
    return new Text(sb.toString());
  }
}
