package org.siplab.message;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * An immutable, ordered list of parameters. Names compare case-insensitively (RFC 3261 section
 * 7.3.1: unless a header field says otherwise, parameter names are case-insensitive); values are
 * kept as written. Changing a parameter returns a copy.
 */
public final class Parameters implements Iterable<Parameter> {

  public static final Parameters NONE = new Parameters(new Parameter[0]);

  private final Parameter[] items;

  private Parameters(Parameter[] items) {
    this.items = items;
  }

  public static Parameters of(List<Parameter> list) {
    return list.isEmpty() ? NONE : new Parameters(list.toArray(new Parameter[0]));
  }

  public static Parameters of(Parameter... list) {
    return list.length == 0 ? NONE : new Parameters(list.clone());
  }

  public int size() {
    return items.length;
  }

  public boolean isEmpty() {
    return items.length == 0;
  }

  public Parameter at(int index) {
    return items[index];
  }

  public List<Parameter> asList() {
    return Collections.unmodifiableList(Arrays.asList(items));
  }

  /** The first parameter with this name, or {@code null}. */
  public Parameter find(String name) {
    for (Parameter p : items) {
      if (p.named(name)) {
        return p;
      }
    }
    return null;
  }

  public boolean has(String name) {
    return find(name) != null;
  }

  /** The value of the first parameter with this name; {@code null} when absent or valueless. */
  public String get(String name) {
    Parameter p = find(name);
    return p == null ? null : p.value();
  }

  /**
   * The first name that appears a second time (names compared ignoring case), or {@code null}:
   * section 7.3.1 says "any given parameter-name MUST NOT appear more than once" in a header value.
   */
  public String repeatedName() {
    for (int i = 1; i < items.length; i++) {
      for (int j = 0; j < i; j++) {
        if (items[j].named(items[i].name())) {
          return items[i].name();
        }
      }
    }
    return null;
  }

  /** A copy with {@code p} replacing the first parameter of the same name, or appended. */
  public Parameters with(Parameter p) {
    for (int i = 0; i < items.length; i++) {
      if (items[i].named(p.name())) {
        Parameter[] copy = items.clone();
        copy[i] = p;
        return new Parameters(copy);
      }
    }
    Parameter[] copy = Arrays.copyOf(items, items.length + 1);
    copy[items.length] = p;
    return new Parameters(copy);
  }

  public Parameters with(String name, String value) {
    return with(Parameter.of(name, value));
  }

  /** A copy without any parameter of this name. */
  public Parameters without(String name) {
    if (!has(name)) {
      return this;
    }
    List<Parameter> kept = new ArrayList<>(items.length);
    for (Parameter p : items) {
      if (!p.named(name)) {
        kept.add(p);
      }
    }
    return of(kept);
  }

  /** Appends each parameter preceded by {@code separator} (";" for header and URI parameters). */
  public void appendTo(PrintSink out, char separator) {
    if (separator == ';') {
      for (Parameter p : items) {
        p.appendAfterSemicolon(out);
      }
      return;
    }
    for (Parameter p : items) {
      out.append(separator);
      p.appendTo(out);
    }
  }

  @Override
  public Iterator<Parameter> iterator() {
    return asList().iterator();
  }

  /** Equal when the same parameters appear in the same order (names compared ignoring case). */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Parameters other) || other.items.length != items.length) {
      return false;
    }
    for (int i = 0; i < items.length; i++) {
      Parameter a = items[i];
      Parameter b = other.items[i];
      if (!a.named(b.name()) || a.quoted() != b.quoted()
          || !java.util.Objects.equals(a.value(), b.value())) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Parameter p : items) {
      h = 31 * h + CaseFolding.hash(p.name());
      h = 31 * h + java.util.Objects.hashCode(p.value());
    }
    return h;
  }

  @Override
  public String toString() {
    PrintSink sb = new PrintSink(32);
    appendTo(sb, ';');
    return sb.toString();
  }
}
