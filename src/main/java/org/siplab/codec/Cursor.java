package org.siplab.codec;

import org.siplab.message.Quoting;

/**
 * A position in a header section's text, with one method per basic rule of the RFC 3261 section
 * 25.1 grammar. Methods that must match throw {@link Malformed}; methods named {@code try...} or
 * returning {@code boolean} leave the position unchanged when they do not match.
 *
 * <p>The text is the whole decoded header section, so every index is also a position a diagnostic
 * can point at. A folded line is still in the text as CRLF followed by whitespace, which is exactly
 * what {@code LWS = [*WSP CRLF] 1*WSP} allows, so whitespace rules skip it.
 */
final class Cursor {

  static final String GRAMMAR = "RFC 3261 section 25.1";

  final String src;
  int pos;
  int end;


  Cursor(String src, int pos, int end) {
    this.src = src;
    this.pos = pos;
    this.end = end;
  }

  /** Moves the cursor to another span of the same text (one cursor serves a whole message). */
  void reset(int newPos, int newEnd) {
    this.pos = newPos;
    this.end = newEnd;
  }

  boolean atEnd() {
    return pos >= end;
  }

  /** Whether only whitespace (or nothing) is left before the end. */
  boolean isBlankToEnd() {
    for (int p = pos; p < end; p++) {
      if (!isWhitespace(src.charAt(p))) {
        return false;
      }
    }
    return true;
  }

  /** The character at the position, or -1 at the end. */
  int peek() {
    return pos < end ? src.charAt(pos) : -1;
  }

  int peek(int ahead) {
    return pos + ahead < end ? src.charAt(pos + ahead) : -1;
  }

  Malformed fail(String message, String rule, String rfc) {
    return new Malformed(pos, message, rule, rfc);
  }

  Malformed failAt(int index, String message, String rule, String rfc) {
    return new Malformed(index, message, rule, rfc);
  }

  /** {@code LWS = [*WSP CRLF] 1*WSP}; returns whether any whitespace was skipped. */
  boolean lws() {
    if (pos >= end || src.charAt(pos) > ' ') {
      return false;
    }
    int start = pos;
    while (pos < end) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        pos++;
      } else {
        break;
      }
    }
    return pos > start;
  }

  /** {@code SWS = [LWS]}. */
  void sws() {
    lws();
  }

  /** {@code SWS c SWS} for SEMI, COMMA, EQUAL, SLASH, COLON; false (position kept) if absent. */
  boolean trySeparator(char c) {
    int save = pos;
    sws();
    if (pos < end && src.charAt(pos) == c) {
      pos++;
      sws();
      return true;
    }
    pos = save;
    return false;
  }

  void separator(char c, String rule, String rfc) {
    if (!trySeparator(c)) {
      throw fail("expected '" + c + "' here" + foundText(), rule, rfc);
    }
  }

  /** Whether the next character (after optional whitespace) is {@code c}; nothing is consumed. */
  boolean nextIs(char c) {
    int p = pos;
    while (p < end && isWhitespace(src.charAt(p))) {
      p++;
    }
    return p < end && src.charAt(p) == c;
  }

  static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** {@code token = 1*(alphanum / "-" / "." / "!" / "%" / "*" / "_" / "+" / "`" / "'" / "~")}. */
  String token(String what, String rule, String rfc) {
    int start = pos;
    pos = tokenEnd(pos);
    if (pos == start) {
      throw fail("expected " + what + " (a token)" + foundText(), rule, rfc);
    }
    return src.substring(start, pos);
  }

  /**
   * Reads a token like {@link #token} and returns the shared string among {@code interned} that it
   * spells exactly, or a new string: most messages name the same few methods and media types.
   */
  String tokenOf(String what, String rule, String rfc, String... interned) {
    int start = pos;
    pos = tokenEnd(pos);
    if (pos == start) {
      throw fail("expected " + what + " (a token)" + foundText(), rule, rfc);
    }
    int len = pos - start;
    for (String s : interned) {
      if (s.length() == len && src.startsWith(s, start)) {
        return s;
      }
    }
    return src.substring(start, pos);
  }

  /** The index after the token characters from {@code from} (at most {@link #end}). */
  int tokenEnd(int from) {
    String s = src;
    int limit = end;
    int p = from;
    while (p < limit && Quoting.isTokenChar(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** Whether a token starts here. */
  boolean atToken() {
    return pos < end && Quoting.isTokenChar(src.charAt(pos));
  }

  /** Like {@link #token} but returns {@code interned} when the token spells it exactly. */
  String token(String what, String rule, String rfc, String interned) {
    int start = pos;
    pos = tokenEnd(pos);
    if (pos == start) {
      throw fail("expected " + what + " (a token)" + foundText(), rule, rfc);
    }
    int len = pos - start;
    if (len == interned.length() && src.startsWith(interned, start)) {
      return interned;
    }
    return src.substring(start, pos);
  }

  /**
   * {@code quoted-string = SWS DQUOTE *(qdtext / quoted-pair) DQUOTE}; returns the content with
   * quoted-pairs resolved and each line fold read as one space.
   */
  String quotedString(String rule, String rfc) {
    sws();
    if (peek() != '"') {
      throw fail("expected a quoted string" + foundText(), rule, rfc);
    }
    int open = pos++;
    StringBuilder out = null;
    int runStart = pos;
    while (pos < end) {
      char c = src.charAt(pos);
      if (c == '"') {
        String value = out == null ? src.substring(runStart, pos)
            : out.append(src, runStart, pos).toString();
        pos++;
        return value;
      }
      if (c == '\\') {
        if (out == null) {
          out = new StringBuilder();
        }
        out.append(src, runStart, pos);
        quotedPair(out, rule);
        runStart = pos;
      } else if (c == '\r' || c == '\n') {
        if (out == null) {
          out = new StringBuilder();
        }
        out.append(src, runStart, pos).append(' ');
        while (pos < end && isWhitespace(src.charAt(pos))) {
          pos++;
        }
        runStart = pos;
      } else if (c < 0x20 && c != '\t' || c == 0x7F) {
        throw fail(
            "control character " + codePoint(c) + " inside a quoted string; only a quoted-pair"
                + " (a backslash before it) may carry one",
            rule, GRAMMAR + " (qdtext)");
      } else {
        pos++;
      }
    }
    throw failAt(open, "this quoted string is never closed: the closing '\"' is missing", rule,
        GRAMMAR + " (quoted-string)");
  }

  /** {@code quoted-pair = "\" (%x00-09 / %x0B-0C / %x0E-7F)}. */
  private void quotedPair(StringBuilder out, String rule) {
    pos++;
    if (pos >= end) {
      throw fail("a backslash at the end of a quoted string escapes nothing", rule,
          GRAMMAR + " (quoted-pair)");
    }
    char c = src.charAt(pos);
    if (c == '\r' || c == '\n' || c > 0x7F) {
      throw fail("a quoted-pair can escape only an ASCII character other than CR and LF", rule,
          GRAMMAR + " (quoted-pair)");
    }
    out.append(c);
    pos++;
  }

  /** {@code comment = LPAREN *(ctext / quoted-pair / comment) RPAREN}; returns the inside. */
  String comment(String rule, String rfc) {
    if (peek() != '(') {
      throw fail("expected a comment in parentheses", rule, rfc);
    }
    int open = pos;
    int depth = 0;
    while (pos < end) {
      char c = src.charAt(pos);
      if (c == '(') {
        // The grammar nests comments without end; the limit is siplab's, and says so, so that
        // the header's own section is not cited as if the message broke it.
        if (++depth > Limits.MAX_COMMENT_DEPTH) {
          throw fail("comments are nested more than " + Limits.MAX_COMMENT_DEPTH + " deep (a"
              + " limit of siplab's, to bound its work: the RFC sets none)", rule,
              GRAMMAR + " (comment)");
        }
      } else if (c == ')') {
        if (--depth == 0) {
          pos++;
          return src.substring(open + 1, pos - 1);
        }
      } else if (c == '\\') {
        pos++;
      } else if (c < 0x20 && !isWhitespace(c) || c == 0x7F) {
        // ctext = %x21-27 / %x2A-5B / %x5D-7E / UTF8-NONASCII / LWS (section 25.1): a control
        // character other than the whitespace of LWS must come as a quoted-pair.
        throw fail("control character " + codePoint(c) + " inside a comment; only a quoted-pair"
            + " (a backslash before it) may carry one", rule, GRAMMAR + " (ctext)");
      }
      pos++;
    }
    throw failAt(open, "this comment is never closed: the ')' is missing", rule,
        GRAMMAR + " (comment)");
  }

  /**
   * {@code 1*DIGIT} read as a number no larger than {@code max}. Leading zeros are allowed (RFC
   * 4475 section 3.1.1.1); a value above {@code max} fails with {@code tooLarge}.
   */
  long digits(String what, long max, String tooLarge, String rule, String rfc) {
    int start = pos;
    long value = 0;
    boolean overflow = false;
    while (pos < end && src.charAt(pos) >= '0' && src.charAt(pos) <= '9') {
      if (!overflow) {
        value = value * 10 + (src.charAt(pos) - '0');
        overflow = value > max;
      }
      pos++;
    }
    if (pos == start) {
      throw fail("expected " + what + " (digits)" + foundText(), rule, rfc);
    }
    if (overflow) {
      throw failAt(start, what + " " + src.substring(start, pos) + " " + tooLarge, rule, rfc);
    }
    return value;
  }

  boolean atDigit() {
    return pos < end && src.charAt(pos) >= '0' && src.charAt(pos) <= '9';
  }

  /** After a value: only whitespace may remain. */
  void expectEnd(String what, String rule, String rfc) {
    sws();
    if (pos < end) {
      throw fail("unexpected text after " + what + ": " + quote(snippet()), rule, rfc);
    }
  }

  /** A few characters from the position, for messages ("found 'xyz'"). */
  String snippet() {
    int stop = Math.min(end, pos + 20);
    if (stop < end && Character.isHighSurrogate(src.charAt(stop - 1))) {
      // Whole characters only: half of a UTF-16 pair is no character a learner can read.
      stop++;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = pos; i < stop; i++) {
      char c = src.charAt(i);
      if (c == '\r' || c == '\n') {
        break;
      }
      sb.append(c);
    }
    return sb.toString();
  }

  String foundText() {
    if (pos >= end) {
      return ", but the value ends here";
    }
    char c = src.charAt(pos);
    if (c < 0x20 || c == 0x7F) {
      return ", but found " + codePoint(c);
    }
    return ", but found " + quote(snippet());
  }

  static String quote(String s) {
    return "'" + s + "'";
  }

  static String codePoint(int c) {
    return String.format(java.util.Locale.ROOT, "U+%04X", c);
  }

  /**
   * A character for a message, by code point, so that an emoji is U+1F600, not half of one: quoted
   * when it is printable ASCII, quoted and numbered when it is another letter or digit, else only
   * numbered (a control character, an emoji, a bidi override a terminal would act on).
   */
  static String describe(int codePoint) {
    if (codePoint >= 0xA0 && Character.isLetterOrDigit(codePoint)) {
      // A letter is shown as well as numbered: 'é' (U+00E9) is what the learner typed.
      return "'" + Character.toString(codePoint) + "' (" + codePoint(codePoint) + ")";
    }
    return codePoint < 0x20 || codePoint >= 0x7F ? codePoint(codePoint)
        : "'" + (char) codePoint + "'";
  }

  /** {@link #describe} of the character at {@code index}, or "nothing" at the end. */
  String describeAt(int index) {
    return index >= end ? "nothing" : describe(src.codePointAt(index));
  }
}
