package org.siplab.scenario.load;

import java.util.Objects;
import java.util.Optional;
import org.siplab.scenario.model.Options;

/**
 * One row of the schema table: a key, the type of its value, whether it is required or what its
 * default is, and the one line that documents it in scenarios/README.md.
 *
 * @param defaultValue the value when the key is absent; null for none (or computed by the
 *     builder)
 * @param defaultText how the reference shows the default: {@code 3600s}, {@code the first proxy},
 *     {@code required}, or empty when there is none
 */
record Key<T>(
    String name, ValueType<T> type, boolean required, T defaultValue, String defaultText,
    String doc) {

  Key {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultText, "defaultText");
    Objects.requireNonNull(doc, "doc");
  }

  static <T> Key<T> required(String name, ValueType<T> type, String doc) {
    return new Key<>(name, type, true, null, "required", doc);
  }

  /** A key with no value when absent. */
  static <T> Key<T> optional(String name, ValueType<T> type, String doc) {
    return new Key<>(name, type, false, null, "", doc);
  }

  static <T> Key<T> withDefault(String name, ValueType<T> type, T value, String doc) {
    return new Key<>(name, type, false, value, type.format(value), doc);
  }

  /** A key whose default the builder works out from other keys, as {@code defaultText} says. */
  static <T> Key<T> computed(String name, ValueType<T> type, String defaultText, String doc) {
    return new Key<>(name, type, false, null, defaultText, doc);
  }

  /** The value in {@code options} (written or default); empty when neither. */
  @SuppressWarnings("unchecked") // MappingSchema stores only values this key's type read
  Optional<T> in(Options options) {
    return Optional.ofNullable((T) options.raw(name));
  }

  /** The value of a required key, or of one with a default. */
  T from(Options options) {
    return in(options).orElseThrow(() -> new IllegalStateException("no value for " + name));
  }
}
