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

  /** A field written with the canonical name and one value. */
  public static HeaderField of(HeaderName name, HeaderValue value) {
    return new HeaderField(name.canonical(), name, List.of(value));
  }

  public static HeaderField of(HeaderName name, List<? extends HeaderValue> values) {
    return new HeaderField(name.canonical(), name, List.copyOf(values));
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
