package org.siplab.codec;

import org.siplab.message.HeaderName;

/**
 * The section 25.1 grammars of the comma-separated list headers siplab keeps as text: Call-Info,
 * Alert-Info and Error-Info (each value a URI in angle brackets with parameters), In-Reply-To (a
 * list of Call-IDs), Accept-Encoding and Accept-Language (codings and language ranges with
 * accept-params) and Authentication-Info (digest directives). Checked where the field is read, so
 * that {@code Alert-Info: http://x/ring.wav} is an error at its start and {@code In-Reply-To: a b}
 * one at the 'b'; the values stay text.
 */
final class ListTextGrammars {

  private ListTextGrammars() {}

  /** Whether {@link #check} knows the grammar of this header. */
  static boolean covers(HeaderName name) {
    return name == HeaderName.CALL_INFO || name == HeaderName.ALERT_INFO
        || name == HeaderName.ERROR_INFO || name == HeaderName.IN_REPLY_TO
        || name == HeaderName.ACCEPT_ENCODING || name == HeaderName.ACCEPT_LANGUAGE
        || name == HeaderName.AUTHENTICATION_INFO;
  }

  /**
   * Checks the field's value from the cursor to its end; throws at the first character that breaks
   * the grammar. The cursor is left where it was, for the values to be read as text.
   */
  static void check(HeaderName name, Cursor c, String rule, String rfc) {
    int start = c.pos;
    do {
      c.sws();
      if (name == HeaderName.IN_REPLY_TO) {
        HeaderValueParser.word(c, "In-Reply-To", rfc, ',');
      } else if (name == HeaderName.ACCEPT_ENCODING) {
        encoding(c, rule, rfc);
      } else if (name == HeaderName.ACCEPT_LANGUAGE) {
        language(c, rule, rfc);
      } else if (name == HeaderName.AUTHENTICATION_INFO) {
        AuthParser.authenticationInfo(c, rule, rfc);
      } else {
        infoUri(name, c, rule, rfc);
      }
    } while (c.trySeparator(','));
    c.expectEnd(name == HeaderName.IN_REPLY_TO ? "the last Call-ID" : "the last value", rule, rfc);
    c.pos = start;
  }

  /**
   * {@code info = LAQUOT absoluteURI RAQUOT *( SEMI info-param )} (Call-Info, section 20.9), and
   * the same shape for {@code alert-param} (Alert-Info, 20.4) and {@code error-uri} (Error-Info,
   * 20.18): the URI is always in angle brackets there, because it may hold commas and semicolons.
   * Call-Info's {@code info-param = ("purpose" EQUAL ("icon" / "info" / "card" / token)) /
   * generic-param} is a generic-param in all its forms.
   */
  private static void infoUri(HeaderName name, Cursor c, String rule, String rfc) {
    if (c.peek() != '<') {
      throw c.fail("each " + rule + " value is a URI in angle brackets, as in " + example(name)
          + c.foundText(), rule, rfc);
    }
    AddressParser.angledUri(c, rule, rfc);
    ParamParser.semiParams(c, rule, rfc, null);
  }

  /**
   * {@code encoding = codings *(SEMI accept-param)}, {@code codings = content-coding / "*"},
   * {@code content-coding = token} (Accept-Encoding, section 20.2; "*" is a token character).
   */
  private static void encoding(Cursor c, String rule, String rfc) {
    c.token("a content coding, such as gzip or identity, or *", rule, rfc);
    ParamParser.semiParams(c, rule, rfc, ListTextGrammars::acceptParam);
  }

  /**
   * {@code language = language-range *(SEMI accept-param)}, {@code language-range = ( ( 1*8ALPHA
   * *( "-" 1*8ALPHA ) ) / "*" )} (Accept-Language, section 20.3).
   */
  private static void language(Cursor c, String rule, String rfc) {
    if (c.peek() == '*') {
      c.pos++;
    } else {
      c.pos = languageTag(c, c.pos, c.end, rule, rfc);
    }
    ParamParser.semiParams(c, rule, rfc, ListTextGrammars::acceptParam);
  }

  /**
   * {@code language-tag = primary-tag *( "-" subtag )}, {@code primary-tag = 1*8ALPHA}, {@code
   * subtag = 1*8ALPHA} (section 25.1; Content-Language, section 20.13, and Accept-Language's
   * language-range): read from {@code from}, returns where it ends, at the first character that is
   * neither a letter nor a '-' joining two subtags.
   */
  static int languageTag(Cursor c, int from, int limit, String rule, String rfc) {
    int i = from;
    while (true) {
      int subtag = i;
      while (i < limit && isAlpha(c.src.charAt(i))) {
        i++;
      }
      if (i == subtag || i - subtag > 8) {
        throw c.failAt(i == subtag ? i : subtag, (i == subtag ? "expected a language tag of"
            + " letters, such as en or en-GB" + (i < limit ? ", but found " + c.describeAt(i) : "")
            : "a part of a language tag has one to eight letters; this one has " + (i - subtag)),
            rule, Cursor.GRAMMAR + " (language-tag)");
      }
      if (i + 1 < limit && c.src.charAt(i) == '-') {
        i++;
      } else if (i < limit && c.src.charAt(i) == '_') {
        // Locale names (en_US) are how many programs write languages; SIP's tags are MIME's.
        int j = i;
        while (j < limit && (isAlpha(c.src.charAt(j)) || c.src.charAt(j) == '_')) {
          j++;
        }
        throw c.failAt(i, "a language tag joins its parts with '-', not '_': write "
            + c.src.substring(from, j).replace('_', '-'), rule,
            Cursor.GRAMMAR + " (language-tag)");
      } else {
        return i;
      }
    }
  }

  private static boolean isAlpha(char ch) {
    return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
  }

  /** {@code accept-param = ("q" EQUAL qvalue) / generic-param}. */
  static void acceptParam(Cursor c, int at, org.siplab.message.Parameter p) {
    if (p.named("q") && !AddressParser.isQvalue(p.value())) {
      throw c.failAt(at, "q must be a qvalue between 0 and 1 with at most three decimals, such as"
          + " 0.8", "qvalue", Cursor.GRAMMAR + " (accept-param)");
    }
  }

  private static String example(HeaderName name) {
    if (name == HeaderName.ALERT_INFO) {
      return "<http://www.example.com/sounds/moo.wav>";
    }
    if (name == HeaderName.ERROR_INFO) {
      return "<sip:not-in-service-recording@atlanta.com>";
    }
    return "<http://www.example.com/alice/photo.jpg> ;purpose=icon";
  }
}
