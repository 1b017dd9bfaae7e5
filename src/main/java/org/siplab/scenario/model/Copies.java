package org.siplab.scenario.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep file order, because a model's maps reach output (DESIGN.md). */
final class Copies {

  private Copies() {}

  static <K, V> Map<K, V> ordered(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
