package org.siplab.message;

import java.util.List;
import java.util.Objects;

/**
 * One header field line (after unfolding): the name as written, the name it stands for, and its
 * values. A comma-separated field ({@code Via: a, b}) holds several values; RFC 3261 section 7.3.1
 * makes that the same as one field a value, and message equality treats it so.
 *
 * @param name the field name as written ({@code v}, {@code VIA}); printing uses the canonical name
 * @param headerName the canonical header name
 * @param values the parsed values; empty only for list headers written empty ({@code Supported:})
 */
public record HeaderField(String name, HeaderName headerName, List<HeaderValue> values) {

  public HeaderField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(headerName, "headerName");
    values = List.copyOf(values);
  }

  /**
   * A field written with the canonical name and one value: how code builds a field (the builders
   * and the changed copies of a message come here; the parser does not), so the value is checked
   * to print on one line ({@link #requireOneLine}).
   */
  public static HeaderField of(HeaderName name, HeaderValue value) {
    return new HeaderField(requireFieldName(name), name, List.of(requireValue(name, value)));
  }

  /** A field with several values, each checked as {@link #of(HeaderName, HeaderValue)} does. */
  public static HeaderField of(HeaderName name, List<? extends HeaderValue> values) {
    List<HeaderValue> checked = new java.util.ArrayList<>(values.size());
    for (HeaderValue v : values) {
      checked.add(requireValue(name, v));
    }
    List<HeaderValue> copy = List.copyOf(checked);
    requireCount(name, copy);
    if (name.arity() == HeaderName.Arity.LIST) {
      requireClosedListItems(name, copy);
    }
    return new HeaderField(requireFieldName(name), name, copy);
  }

  /**
   * Refuses a number of values the field cannot print as. Section 7.3.1: only a header whose
   * grammar is a comma-separated list may hold several values in one field; any other would print
   * them as one value of another meaning (a Call-ID {@code a, b}) or not as SIP at all (two
   * credentials in one Authorization). Section 25.1 lets a list be empty only for Accept,
   * Accept-Encoding, Accept-Language, Allow and Supported ({@code HCOLON [ ... ]}). Section 20.10:
   * {@code Contact = ("Contact" / "m") HCOLON ( STAR / (contact-param *(COMMA contact-param)))},
   * so {@code *} stands alone.
   */
  private static void requireCount(HeaderName name, List<HeaderValue> values) {
    if (name.arity() != HeaderName.Arity.LIST && values.size() != 1) {
      throw new IllegalArgumentException(name.canonical() + " holds one value a field, not "
          + values.size() + ": only a header whose grammar is a comma-separated list may hold"
          + " several (RFC 3261 section 7.3.1)");
    }
    if (values.isEmpty() && !MAY_BE_EMPTY.contains(name)) {
      throw new IllegalArgumentException(name.canonical() + " needs at least one value: its"
          + " grammar makes the list optional only for Accept, Accept-Encoding, Accept-Language,"
          + " Allow and Supported (RFC 3261 section 25.1)");
    }
    if (values.size() > 1 && values.contains(Wildcard.INSTANCE)) {
      throw new IllegalArgumentException("Contact: * stands alone in its field (RFC 3261 section"
          + " 20.10: Contact = STAR / contact-param list)");
    }
  }

  private static final List<HeaderName> MAY_BE_EMPTY = List.of(HeaderName.ACCEPT,
      HeaderName.ACCEPT_ENCODING, HeaderName.ACCEPT_LANGUAGE, HeaderName.ALLOW,
      HeaderName.SUPPORTED);

  /**
   * Refuses a value whose printed text holds CR or LF. RFC 3261 section 7.3.1: a header field ends
   * at its CRLF, and a line break inside a value would print as a line of its own, a header field
   * (or a body) nobody wrote; no rule of section 25.1 lets a value hold one (a fold is read as a
   * space). The parser never makes such a value, so only code that builds a message can, and it is
   * told here, once a field, instead of each record's constructor paying for the scan on the
   * parse path. Text and tokens are scanned as they are; other values are printed and scanned.
   */
  public static HeaderValue requireOneLine(HeaderValue value) {
    java.util.Objects.requireNonNull(value, "value");
    if (value instanceof Token k && !Quoting.isToken(k.value())) {
      // Section 25.1: a method, an option tag or a content-coding is a token; "a b" or "a,b"
      // would print as other values or none.
      throw new IllegalArgumentException("a method, option tag or coding is a token (RFC 3261"
          + " section 25.1): '" + k.value().replace("\r", "\\r").replace("\n", "\\n") + "'");
    }
    requireDistinctParameters(value);
    if (!LineBreaks.in(value)) {
      return value;
    }
    // Printed only to say where the line would break.
    String printed = value instanceof Text t ? t.value()
        : value instanceof Token k ? k.value() : value.text();
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException("a header field value cannot hold "
            + (c == '\r' ? "CR" : "LF") + ": the field would end there and the rest print as"
            + " another line (RFC 3261 section 7.3.1): " + printed.substring(0, i));
      }
    }
    return value;
  }

  /**
   * Section 7.3.1: "any given parameter-name MUST NOT appear more than once" in a header field
   * value; the parser refuses a repeat, so a built value with one would not read back.
   */
  private static void requireDistinctParameters(HeaderValue value) {
    Parameters params = value instanceof Via v ? v.parameters()
        : value instanceof NameAddress a ? a.parameters()
        : value instanceof MediaType t ? t.parameters()
        : value instanceof RetryAfter r ? r.parameters() : null;
    String repeated = params == null ? null : params.repeatedName();
    if (repeated != null) {
      throw new IllegalArgumentException("the parameter '" + repeated.replace("\r", "\\r")
          .replace("\n", "\\n") + "' appears twice in one header value; a parameter name may"
          + " appear only once (RFC 3261 section 7.3.1)");
    }
  }

  /**
   * {@link #requireOneLine}, and for From and To a tag that is a tag-param: {@code tag-param =
   * "tag" EQUAL token} (section 25.1), which the parser holds them to; a valueless, quoted or
   * non-token tag ("a b") would print as a From or To that does not read back.
   */
  static HeaderValue requireValue(HeaderName name, HeaderValue value) {
    requireOneLine(value);
    if ((name == HeaderName.FROM || name == HeaderName.TO) && value instanceof NameAddress a) {
      Parameter tag = a.parameters().find("tag");
      if (tag != null && (tag.value() == null || tag.quoted() || !Quoting.isToken(tag.value()))) {
        throw new IllegalArgumentException("a " + name.canonical() + " tag needs a value, a token"
            + " without quotes (RFC 3261 section 25.1, tag-param = \"tag\" EQUAL token)");
      }
    } else if (name == HeaderName.WARNING && value instanceof Warning w) {
      requireWarnAgent(w.agent());
    } else if (value instanceof Text t && name.arity() == HeaderName.Arity.LIST) {
      requireOneListItem(name, t.value());
    }
    if (value instanceof Text t) {
      // Section 7.3.1: whitespace runs mean one space, and the parser reads a text value so; a
      // built one is laid out the same way, or it would print and read back as another value.
      String laidOut = Text.laidOut(t.value());
      return laidOut.equals(t.value()) ? t : new Text(laidOut);
    }
    return value;
  }

  /**
   * Sections 20.43 and 25.1: {@code warn-agent = hostport / pseudonym}, {@code pseudonym = token}.
   * The parser reads an agent of token characters as a pseudonym and any other as a host and port,
   * so an agent that is neither ("a b", "h:x", "[::1") would print as a Warning that does not read
   * back. Checked here, where a built value becomes a field, not in the record, which the parser
   * makes from an agent it has already checked.
   */
  private static void requireWarnAgent(String agent) {
    if (!Quoting.isToken(agent) && !HostSyntax.isHostPort(agent)) {
      throw new IllegalArgumentException("a Warning's agent is a host with an optional port or a"
          + " token (RFC 3261 sections 20.43 and 25.1, warn-agent = hostport / pseudonym): '"
          + agent.replace("\r", "\\r").replace("\n", "\\n") + "'");
    }
  }

  /**
   * Section 7.3.1: a field of a list header is its values joined by commas, so a text value of
   * one (Call-Info, Accept-Language...) holding a comma outside quotes and angle brackets would
   * print as two values and parse back as two. Several values are passed as a list.
   */
  private static void requireOneListItem(HeaderName name, String text) {
    int end = Text.listItemEnd(name, text, 0, text.length());
    if (end >= 0 && end < text.length()) {
      throw listItem(name, text, "hold a comma outside quotes and <...>");
    }
  }

  /**
   * A text value of a list header that ends inside quotes or angle brackets (as the parser may
   * read one, at the end of a field) would swallow the value printed after it; so it can only be
   * the last of its field.
   */
  private static void requireClosedListItems(HeaderName name, List<HeaderValue> values) {
    for (int i = 0; i < values.size() - 1; i++) {
      if (values.get(i) instanceof Text t
          && Text.listItemEnd(name, t.value(), 0, t.value().length()) < 0) {
        throw listItem(name, t.value(), "end inside quotes or <...> unless it is the last value"
            + " of its field");
      }
    }
  }

  private static IllegalArgumentException listItem(HeaderName name, String text, String what) {
    return new IllegalArgumentException("a " + name.canonical() + " value cannot " + what + ": "
        + name.canonical() + " is a comma-separated list, so it would read back as other values"
        + " (RFC 3261 section 7.3.1); pass several values as a list: "
        + text.replace("\r", "\\r").replace("\n", "\\n"));
  }

  /** Section 7.3.1 and 25.1: {@code header-name = token}; an extension name is checked here. */
  private static String requireFieldName(HeaderName name) {
    if (!name.isKnown() && !Quoting.isToken(name.canonical())) {
      throw new IllegalArgumentException("a header name is a token (RFC 3261 section 25.1,"
          + " header-name = token): " + name.canonical().replace("\r", "\\r").replace("\n", "\\n"));
    }
    return name.canonical();
  }

  /**
   * Whether this field is of that header. A known name is one shared constant and no extension
   * name equals it ({@link HeaderName#of}), so for a known name identity decides; the typed views
   * and the validator ask this of every field, many times a message.
   */
  public boolean is(HeaderName other) {
    return headerName == other || !other.isKnown() && headerName.equals(other);
  }

  public HeaderValue first() {
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The first value of the first field of {@code fields} that is of this header and has a value,
   * or null: what {@link SipMessage#first} answers, for fields that are not (yet) a message, such
   * as those read after a start line that could not be read.
   */
  public static HeaderValue firstValue(List<HeaderField> fields, HeaderName name) {
    for (HeaderField f : fields) {
      if (f.is(name) && !f.values.isEmpty()) {
        return f.values.get(0);
      }
    }
    return null;
  }

  /** Appends {@code Canonical-Name: v1, v2} without the line end. */
  public void appendTo(PrintSink out) {
    out.append(headerName.canonical()).append(": ");
    appendValuesTo(out);
  }

  /** Appends {@code v1, v2}: the values as printed after the name. */
  public void appendValuesTo(PrintSink out) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      values.get(i).appendTo(out);
    }
  }

  /** Fields are equal when their names are the same header and their values are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof HeaderField f && headerName.equals(f.headerName) && values.equals(f.values);
  }

  @Override
  public int hashCode() {
    return 31 * headerName.hashCode() + values.hashCode();
  }

  @Override
  public String toString() {
    PrintSink sb = new PrintSink(32);
    appendTo(sb);
    return sb.toString();
  }
}
