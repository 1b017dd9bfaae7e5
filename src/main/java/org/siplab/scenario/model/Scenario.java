package org.siplab.scenario.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated scenario file: who is on the network, how the network behaves, what each party does
 * and when, and what is expected. Everything a name refers to exists and has the right kind.
 *
 * @param file the file name the scenario was loaded from, as given
 * @param description Markdown shown at the top of the report; empty when absent
 * @param seed the default seed ({@code --seed} overrides it)
 * @param elements by name, in file order
 */
public record Scenario(
    String file,
    String name,
    String description,
    long seed,
    TimerSpec timers,
    NetworkSpec network,
    Map<String, ElementSpec> elements,
    List<ScriptStep> script,
    List<Expectation> expectations) {

  public Scenario {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(network, "network");
    elements = Copies.ordered(elements);
    script = List.copyOf(script);
    expectations = List.copyOf(expectations);
  }

  public Optional<ElementSpec> element(String elementName) {
    return Optional.ofNullable(elements.get(elementName));
  }

  /** The elements of one kind, in file order. */
  public <T extends ElementSpec> List<T> elementsOf(Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (ElementSpec e : elements.values()) {
      if (kind.isInstance(e)) {
        out.add(kind.cast(e));
      }
    }
    return out;
  }
}
