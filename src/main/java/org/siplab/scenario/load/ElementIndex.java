package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.spelling.Suggest;

/**
 * The elements a scenario declares, by name, read before anything that refers to them: their
 * kind is known even when the rest of an element is wrong, so that one typo is reported once.
 */
final class ElementIndex {

  /** The kind is null when the element's {@code kind} is missing or wrong. */
  private record Entry(ElementKind kind, SourcePosition position) {}

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Set<String> duplicated = new HashSet<>();
  private final Set<String> refused = new LinkedHashSet<>();

  /**
   * Adds the element. A name written twice is kept once, with no kind: which of its two elements
   * a script line means is anyone's guess, so checking its actions against either kind would only
   * add errors to the duplicate's own (reported where it is read).
   */
  void add(String name, ElementKind kind, SourcePosition position) {
    Entry first = entries.putIfAbsent(name, new Entry(kind, position));
    if (first != null && duplicated.add(name)) {
      entries.put(name, new Entry(null, first.position()));
    }
  }

  /**
   * Notes a name that is not a valid element name ({@code Alice}); its error is reported where it
   * is written, and the element is known under no name.
   */
  void refuse(String name) {
    refused.add(name);
  }

  /**
   * Whether {@code name} is, or nearly is, a name that was refused: a reference to {@code alice}
   * when the element is written {@code Alice} is the same mistake, reported once already.
   */
  boolean meansRefused(String name) {
    return refused.contains(name) || Suggest.closest(name, refused).isPresent();
  }

  boolean contains(String name) {
    return entries.containsKey(name);
  }

  /** The element's kind; empty when unknown or the kind itself was wrong. */
  Optional<ElementKind> kindOf(String name) {
    Entry entry = entries.get(name);
    return entry == null ? Optional.empty() : Optional.ofNullable(entry.kind());
  }

  Optional<SourcePosition> positionOf(String name) {
    Entry entry = entries.get(name);
    return entry == null ? Optional.empty() : Optional.of(entry.position());
  }

  /** The names of the elements of these kinds (every element for an empty set), in file order. */
  List<String> namesOf(Set<ElementKind> kinds) {
    List<String> names = new ArrayList<>();
    entries.forEach((name, entry) -> {
      if (kinds.isEmpty() || kinds.contains(entry.kind())) {
        names.add(name);
      }
    });
    return names;
  }
}
