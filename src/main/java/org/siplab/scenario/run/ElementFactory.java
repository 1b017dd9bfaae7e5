package org.siplab.scenario.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.Scenario;

/**
 * Builds each element a scenario names, adds it to the simulation on its address, and tells the
 * simulation which domains it serves (the DNS stand-in): proxies claim their domain first, then
 * registrars, redirect servers and PBXs claim a domain no proxy serves. Registrars are built
 * before the proxies and redirect servers that read their location service.
 */
final class ElementFactory {

  private ElementFactory() {}

  static Map<String, ElementAdapter> build(Scenario scenario, Simulation sim) {
    Built built = new Built(scenario, sim);
    for (ElementSpec spec : scenario.elements().values()) {
      built.add(spec);
    }
    return built.adapters();
  }

  /** The adapters made so far, by name, in file order. */
  static final class Built {
    final Scenario scenario;
    final Simulation sim;
    private final Map<String, ElementAdapter> adapters = new LinkedHashMap<>();

    Built(Scenario scenario, Simulation sim) {
      this.scenario = scenario;
      this.sim = sim;
    }

    void add(ElementSpec spec) {
      ElementAdapter adapter = adapt(spec);
      sim.add(adapter.element(), spec.address().address(), spec.address().port());
      adapters.put(spec.name(), adapter);
      PbxAdapters.domainOf(spec).ifPresent(d -> sim.serveDomain(d, spec.name()));
    }

    private ElementAdapter adapt(ElementSpec spec) {
      if (spec instanceof PbxSpec pbx) {
        return PbxAdapters.adapter(pbx);
      }
      throw new IllegalStateException("element kind " + spec.kind() + " is not wired yet");
    }

    Map<String, ElementAdapter> adapters() {
      return adapters;
    }
  }
}
