package org.siplab.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads auth-params by name. RFC 3261 section 7.3.1: parameter names are case-insensitive, so
 * {@code Realm=} and {@code realm=} are the same parameter (RFC 2617 section 1.2 says so of realm).
 * The comparison is by character and does not depend on the locale.
 */
final class ParameterReader {

  private final TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  ParameterReader(Map<String, String> parameters) {
    byName.putAll(parameters);
  }

  Optional<String> get(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** RFC 2617 section 3.2.1: stale is true only when it says TRUE, in any case. */
  boolean flag(String name) {
    return get(name).map(value -> value.equalsIgnoreCase("true")).orElse(false);
  }

  /** Splits a list value such as {@code "auth, auth-int"} on the separator, dropping blanks. */
  List<String> list(String name, String separatorRegex) {
    return get(name)
        .map(
            value ->
                Arrays.stream(value.split(separatorRegex))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList())
        .orElse(List.of());
  }

  Optional<String> firstMissing(List<String> required) {
    return required.stream().filter(name -> !byName.containsKey(name)).findFirst();
  }
}
