package org.siplab.codec;

import org.siplab.message.HeaderName;

/**
 * The section 25.1 grammars of four list headers siplab keeps as text: Call-Info, Alert-Info and
 * Error-Info, each value a URI in angle brackets with parameters, and In-Reply-To, a list of
 * Call-IDs. Checked where the field is read, so that {@code Alert-Info: http://x/ring.wav} is an
 * error at its start and {@code In-Reply-To: a b} one at the space; the values stay text.
 */
final class ListTextGrammars {

  private ListTextGrammars() {}

  /** Whether {@link #check} knows the grammar of this header. */
  static boolean covers(HeaderName name) {
    return name == HeaderName.CALL_INFO || name == HeaderName.ALERT_INFO
        || name == HeaderName.ERROR_INFO || name == HeaderName.IN_REPLY_TO;
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
      } else {
        infoUri(name, c, rule, rfc);
      }
    } while (c.trySeparator(','));
    c.expectEnd(name == HeaderName.IN_REPLY_TO ? "the last Call-ID" : "the last value", rule, rfc);
    c.pos = start;
  }

  /**
   * {@code info = LAQUOT absoluteURI RAQUOT *( SEMI info-param )} (Call-Info, section 20.9), and the
   * same shape for {@code alert-param} (Alert-Info, 20.4) and {@code error-uri} (Error-Info, 20.18):
   * the URI is always in angle brackets there, because it may hold commas and semicolons. Call-Info's
   * {@code info-param = ("purpose" EQUAL ("icon" / "info" / "card" / token)) / generic-param} is a
   * generic-param in all its forms.
   */
  private static void infoUri(HeaderName name, Cursor c, String rule, String rfc) {
    if (c.peek() != '<') {
      throw c.fail("each " + rule + " value is a URI in angle brackets, as in " + example(name)
          + c.foundText(), rule, rfc);
    }
    AddressParser.angledUri(c, rule, rfc);
    ParamParser.semiParams(c, rule, rfc, null);
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
