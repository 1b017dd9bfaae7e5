package org.siplab.message;

import java.util.Objects;

/**
 * A header value kept as text: Call-ID, Subject, User-Agent and any header siplab has no grammar
 * for. Line folds and runs of whitespace are already reduced to single spaces (RFC 3261 section
 * 7.3.1: folded and unfolded forms mean the same).
 */
public record Text(String value) implements HeaderValue {

  public Text {
    Objects.requireNonNull(value, "value");
  }

  /**
   * Where the list item that starts at {@code from} ends: the first comma outside a quoted string
   * and outside angle brackets, or {@code s.length()}; -1 when the text ends inside quotes or
   * brackets, where a comma after it would be read as part of it. RFC 3261 section 7.3.1: a field
   * of a list header is its values joined by commas, and the comma inside {@code
   * <http://h/a,b>} or {@code purpose="a, b"} is not one of those (section 25.1: {@code info =
   * LAQUOT absoluteURI RAQUOT *( SEMI info-param)}, a quoted-string holds any comma). The parser
   * splits a list header's text with the same states.
   */
  public static int listItemEnd(String s, int from) {
    return listItemEnd(s, from, s.length());
  }

  /**
   * {@code text} as the parser reads a header value: without whitespace at either end, and each
   * run of spaces and tabs inside as one space (section 7.3.1).
   */
  public static String laidOut(String text) {
    int from = 0;
    int to = text.length();
    while (from < to && (text.charAt(from) == ' ' || text.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (text.charAt(to - 1) == ' ' || text.charAt(to - 1) == '\t')) {
      to--;
    }
    String stripped = text.substring(from, to);
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c == '\t' || c == ' ' && i + 1 < stripped.length() && stripped.charAt(i + 1) == ' ') {
        return stripped.replaceAll("[ \t]+", " ");
      }
    }
    return stripped;
  }

  /**
   * {@link #listItemEnd(String, int, int)} for a value of {@code header}: In-Reply-To's values are
   * Call-IDs ({@code callid = word [ "@" word ]}), whose words may hold '"', '<' and '>' as plain
   * characters and never a comma, so only a comma ends one.
   */
  public static int listItemEnd(HeaderName header, String s, int from, int end) {
    if (header == HeaderName.IN_REPLY_TO) {
      int comma = s.indexOf(',', from);
      return comma >= 0 && comma < end ? comma : end;
    }
    return listItemEnd(s, from, end);
  }

  /** {@link #listItemEnd(String, int)} within {@code s} up to {@code end} (the parser's field). */
  public static int listItemEnd(String s, int from, int end) {
    boolean quoted = false;
    boolean escaped = false;
    boolean angle = false;
    for (int i = from; i < end; i++) {
      char ch = s.charAt(i);
      if (escaped) {
        escaped = false;
      } else if (quoted) {
        escaped = ch == '\\';
        quoted = ch != '"';
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == '<' || ch == '>') {
        angle = ch == '<';
      } else if (ch == ',' && !angle) {
        return i;
      }
    }
    return quoted || angle ? -1 : end;
  }

  @Override
  public void appendTo(PrintSink out) {
    out.append(value);
  }

  @Override
  public String text() {
    return value;
  }

  @Override
  public String toString() {
    return value;
  }
}
