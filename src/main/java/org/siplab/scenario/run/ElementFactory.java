package org.siplab.scenario.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.Scenario;

/**
 * Builds each element a scenario names, adds it to the simulation on its address, and tells the
 * simulation which domains it serves (the DNS stand-in): a proxy serves its domain first, then a
 * registrar, a redirect server or a PBX serves a domain no proxy claimed.
 */
final class ElementFactory {

  private ElementFactory() {}

  static Map<String, ElementAdapter> build(Scenario scenario, Simulation sim) {
    Map<String, ElementAdapter> adapters = new LinkedHashMap<>();
    for (ElementSpec spec : scenario.elements().values()) {
      throw new IllegalStateException("element kind " + spec.kind() + " is not wired yet");
    }
    return adapters;
  }
}
