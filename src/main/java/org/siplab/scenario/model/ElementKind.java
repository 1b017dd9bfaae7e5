package org.siplab.scenario.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of element a scenario can put on the network, as {@code kind:} names them. */
public enum ElementKind {
  PHONE,
  PROXY,
  REGISTRAR,
  REDIRECT,
  PBX;

  /** The name written in a scenario file: {@code phone}, {@code proxy}... */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind a scenario file names, compared exactly ({@code Phone} is not a kind). */
  public static Optional<ElementKind> fromYaml(String name) {
    for (ElementKind kind : values()) {
      if (kind.yamlName().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
