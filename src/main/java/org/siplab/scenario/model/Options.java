package org.siplab.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every value of one mapping in a scenario file, by key, in file order, with defaults filled in
 * and the position each written value came from. The typed records are views of the common keys;
 * a key added to the schema table is here at once, before any record has a component for it.
 * Values have the types the schema gives them ({@link Duration}, {@code Boolean}, {@code
 * List<...>}, nested {@code Options}...).
 */
public final class Options {

  public static final Options EMPTY = new Options(Map.of(), Map.of());

  private final Map<String, Object> values;
  private final Map<String, SourcePosition> positions;

  public Options(Map<String, Object> values, Map<String, SourcePosition> positions) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    this.positions = Collections.unmodifiableMap(new LinkedHashMap<>(positions));
  }

  /** The value of {@code key}, or its default; empty when neither was given. */
  public <T> Optional<T> get(String key, Class<T> type) {
    Object value = values.get(key);
    if (value != null && !type.isInstance(value)) {
      throw new IllegalArgumentException("option '" + key + "' holds a "
          + value.getClass().getSimpleName() + ", not a " + type.getSimpleName());
    }
    return Optional.ofNullable(type.cast(value));
  }

  /** The value as stored, for schema code that knows its type; null when absent. */
  public Object raw(String key) {
    return values.get(key);
  }

  /** Where the value was written; empty for a default. */
  public Optional<SourcePosition> position(String key) {
    return Optional.ofNullable(positions.get(key));
  }

  public boolean isWritten(String key) {
    return positions.containsKey(key);
  }

  /** Every key with a value (written or default), in file order, then defaults. */
  public Map<String, Object> values() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Options other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Options" + values;
  }
}
