package org.siplab.codec;

import org.siplab.message.HeaderName;
import org.siplab.message.Quoting;

/**
 * The section 25.1 grammars of the single-valued headers siplab keeps as text: Timestamp,
 * MIME-Version, Priority, Content-Disposition, Server and User-Agent. Checked where the value is
 * read, so that {@code Timestamp: 54x} is an error at the 'x'. The value stays text.
 */
final class ScalarTextGrammars {

  private ScalarTextGrammars() {}

  /**
   * Checks the value between the cursor and its end; throws at the first character that breaks it.
   */
  static void check(HeaderName name, Cursor c, String rule, String rfc) {
    int start = c.pos;
    while (start < c.end && Cursor.isWhitespace(c.src.charAt(start))) {
      start++;
    }
    int end = c.end;
    while (end > start && Cursor.isWhitespace(c.src.charAt(end - 1))) {
      end--;
    }
    if (name == HeaderName.TIMESTAMP) {
      timestamp(c, start, end, rule, rfc);
    } else if (name == HeaderName.MIME_VERSION) {
      mimeVersion(c, start, end, rule, rfc);
    } else if (name == HeaderName.PRIORITY) {
      priority(c, start, end, rule, rfc);
    } else if (name == HeaderName.CONTENT_DISPOSITION || name == HeaderName.SERVER
        || name == HeaderName.USER_AGENT) {
      int saved = c.pos;
      c.pos = start;
      if (name == HeaderName.CONTENT_DISPOSITION) {
        disposition(c, rule, rfc);
      } else {
        products(c, rule, rfc);
      }
      c.pos = saved;
    }
  }

  /**
   * {@code Content-Disposition = "Content-Disposition" HCOLON disp-type *( SEMI disp-param )},
   * {@code disp-type = "render" / "session" / "icon" / "alert" / disp-extension-token}, {@code
   * disp-param = handling-param / generic-param} (section 20.11); a handling-param, {@code
   * "handling" EQUAL ( "optional" / "required" / other-handling )}, is a generic-param in form.
   */
  private static void disposition(Cursor c, String rule, String rfc) {
    c.token("a disposition type, such as session or render", rule, rfc);
    ParamParser.semiParams(c, rule, rfc, null);
    HeaderValueParser.onlyOneValue(c, rule);
    c.expectEnd("the disposition", rule, rfc);
  }

  /**
   * {@code Server = "Server" HCOLON server-val *(LWS server-val)}, {@code server-val = product /
   * comment}, {@code product = token [SLASH product-version]}, {@code product-version = token}
   * (sections 20.35 and 20.41; User-Agent alike), as in {@code siplab/1.0 (teaching)}. A comment
   * may follow a product without whitespace, since its LPAREN takes SWS before it.
   */
  private static void products(Cursor c, String rule, String rfc) {
    do {
      if (c.peek() == '(') {
        c.comment(rule, rfc);
      } else {
        c.token("a product, such as siplab/1.0, or a comment in parentheses", rule, rfc);
        if (c.trySeparator('/')) {
          c.token("the product's version after '/'", rule, rfc);
        }
      }
    } while (c.lws() && !c.atEnd() || c.peek() == '(');
    if (!c.atEnd()) {
      throw c.fail(c.describeAt(c.pos) + " cannot appear here: " + rule + " is a list of"
          + " products (name/version) and comments in parentheses, separated by spaces", rule,
          rfc);
    }
  }

  /**
   * {@code Timestamp = "Timestamp" HCOLON 1*(DIGIT) [ "." *(DIGIT) ] [ LWS delay ]}, {@code delay =
   * *(DIGIT) [ "." *(DIGIT) ]} (section 20.38: the time the UAC sent the request, then how long
   * the UAS held it).
   */
  private static void timestamp(Cursor c, int start, int end, String rule, String rfc) {
    int i = number(c, start, end, true, "the time the request was sent, such as 54 or 54.3", rule,
        rfc);
    if (i == end) {
      return;
    }
    if (!Cursor.isWhitespace(c.src.charAt(i))) {
      throw c.failAt(i, notAllowed(c, i, "after the time, only a space and the delay may follow"),
          rule, rfc);
    }
    while (i < end && Cursor.isWhitespace(c.src.charAt(i))) {
      i++;
    }
    i = number(c, i, end, false, "the delay, such as 0.5", rule, rfc);
    while (i < end && Cursor.isWhitespace(c.src.charAt(i))) {
      i++;
    }
    if (i < end) {
      throw c.failAt(i, notAllowed(c, i, "a Timestamp holds a time and a delay, nothing after"),
          rule, rfc);
    }
  }

  /** {@code 1*DIGIT ["." *DIGIT]} (or {@code *DIGIT ...} when {@code digitFirst} is false). */
  private static int number(Cursor c, int i, int end, boolean digitFirst, String what,
      String rule, String rfc) {
    int digits = i;
    while (i < end && c.src.charAt(i) >= '0' && c.src.charAt(i) <= '9') {
      i++;
    }
    if (digitFirst && i == digits) {
      throw c.failAt(i, "expected a number: " + what, rule, rfc);
    }
    if (i < end && c.src.charAt(i) == '.') {
      i++;
      while (i < end && c.src.charAt(i) >= '0' && c.src.charAt(i) <= '9') {
        i++;
      }
    }
    return i;
  }

  /** {@code MIME-Version = "MIME-Version" HCOLON 1*DIGIT "." 1*DIGIT}. */
  private static void mimeVersion(Cursor c, int start, int end, String rule, String rfc) {
    int i = start;
    while (i < end && c.src.charAt(i) >= '0' && c.src.charAt(i) <= '9') {
      i++;
    }
    int dot = i;
    if (dot == start || dot >= end || c.src.charAt(dot) != '.') {
      throw c.failAt(dot, "expected a version of two numbers with a dot, such as 1.0", rule, rfc);
    }
    i++;
    while (i < end && c.src.charAt(i) >= '0' && c.src.charAt(i) <= '9') {
      i++;
    }
    if (i == dot + 1) {
      throw c.failAt(i, "expected a version of two numbers with a dot, such as 1.0", rule, rfc);
    }
    if (i < end) {
      // The version is whole; what follows is not part of it. The grammar has no comment here
      // (Server and User-Agent have), so "1.0 (produced by x)" breaks it after the version.
      c.pos = i;
      c.sws();
      throw c.fail("unexpected text after the version: " + Cursor.quote(c.snippet())
          + (c.peek() == '(' ? "; MIME-Version holds the version alone, with no comment" : ""),
          rule, rfc);
    }
  }

  /**
   * {@code Priority = "Priority" HCOLON priority-value}, {@code priority-value = "emergency" /
   * "urgent" / "normal" / "non-urgent" / other-priority}, {@code other-priority = token}.
   */
  private static void priority(Cursor c, int start, int end, String rule, String rfc) {
    for (int i = start; i < end; i++) {
      if (Cursor.isWhitespace(c.src.charAt(i))) {
        // A space or a line fold inside the value: the word after it is the extra one.
        int next = i;
        while (next < end && Cursor.isWhitespace(c.src.charAt(next))) {
          next++;
        }
        throw c.failAt(next, "a priority is one token, such as urgent or non-urgent, with nothing"
            + " after it", rule, rfc);
      }
      if (!Quoting.isTokenChar(c.src.charAt(i))) {
        throw c.failAt(i, notAllowed(c, i, "a priority is one token, such as urgent or"
            + " non-urgent"), rule, rfc);
      }
    }
  }

  private static String notAllowed(Cursor c, int i, String why) {
    return "character " + c.describeAt(i) + " is not allowed here: " + why;
  }
}
