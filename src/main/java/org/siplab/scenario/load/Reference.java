package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.spelling.Suggest;

/**
 * A name that must be an element of one of {@code kinds} (any kind when empty), checked once every
 * element is known. A reference to a name that was refused, or nearly so, has no problem of its
 * own.
 */
record Reference(String name, SourcePosition position, Set<ElementKind> kinds) {

  /** The problem with this reference, if any. */
  Optional<String> problem(ElementIndex elements) {
    if (!elements.contains(name) && elements.meansRefused(name)) {
      // The element's name was refused where it is written; saying so again at each reference,
      // or suggesting the refused spelling, would bury that one error.
      return Optional.empty();
    }
    if (!elements.contains(name)) {
      String hint = Suggest.hint(name, elements.namesOf(kinds), "the name of " + kindsPhrase(kinds)
          + ", and the scenario has none");
      return Optional.of("unknown element " + Nodes.quote(name) + hint);
    }
    Optional<ElementKind> kind = elements.kindOf(name);
    if (kind.isEmpty() || kinds.isEmpty() || kinds.contains(kind.get())) {
      return Optional.empty();
    }
    return Optional.of(Nodes.quote(name) + " is a " + kind.get().yamlName() + "; expected "
        + kindsPhrase(kinds) + " here");
  }

  /** {@code a proxy or a pbx}; {@code an element} for any kind. */
  static String kindsPhrase(Set<ElementKind> kinds) {
    return kinds.isEmpty() ? "an element" : join(kinds, "a ");
  }

  /** {@code proxy or pbx}; {@code element} for any kind. */
  static String kindsList(Set<ElementKind> kinds) {
    return kinds.isEmpty() ? "element" : join(kinds, "");
  }

  private static String join(Set<ElementKind> kinds, String article) {
    List<String> names = new ArrayList<>();
    for (ElementKind kind : ElementKind.values()) {
      if (kinds.contains(kind)) {
        names.add(article + kind.yamlName());
      }
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or "
        + names.get(names.size() - 1);
  }
}
