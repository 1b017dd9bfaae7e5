package org.siplab.scenario.model;

import java.util.List;
import java.util.Objects;
import org.siplab.sim.Endpoint;

/**
 * What every element has, whatever its kind.
 *
 * @param name the element's name in the scenario, {@code [a-z][a-z0-9-]*}
 * @param address where it listens on the simulated network (port 5060 unless written)
 * @param misbehave the deliberate rule breaks switched on, in file order
 * @param options every key of the element's mapping, for keys newer than the typed records
 * @param position where the element's name is written
 */
public record ElementCore(
    String name,
    ElementKind kind,
    Endpoint address,
    List<String> misbehave,
    Options options,
    SourcePosition position) {

  public ElementCore {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(address, "address");
    misbehave = List.copyOf(misbehave);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(position, "position");
  }

  public boolean misbehaves(String behaviour) {
    return misbehave.contains(behaviour);
  }
}
