package org.siplab.scenario.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RedirectSpec;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.scenario.model.Scenario;

/**
 * Builds each element a scenario names and adds it to the simulation on its address, in file
 * order (the ladder's columns). Registrars and PBXs are built first, because proxies and redirect
 * servers read their location service. Then the domains are claimed for the DNS stand-in: a
 * proxy's domain goes to the proxy; a domain no proxy serves goes to its registrar, redirect
 * server or PBX; and a domain no server serves goes to the phone whose AOR names it, so that two
 * phones can call each other directly (RFC 3665 section 3.1).
 */
final class ElementFactory {

  private ElementFactory() {}

  static Map<String, ElementAdapter> build(Scenario scenario, Simulation sim) {
    Map<String, ElementAdapter> built = new LinkedHashMap<>();
    for (ElementSpec spec : scenario.elements().values()) {
      if (spec instanceof RegistrarSpec r) {
        built.put(spec.name(), ServerAdapters.registrar(r));
      } else if (spec instanceof PbxSpec p) {
        built.put(spec.name(), PbxAdapters.adapter(p));
      }
    }
    for (ElementSpec spec : scenario.elements().values()) {
      if (spec instanceof ProxySpec p) {
        built.put(spec.name(), ServerAdapters.proxy(p, built, scenario.elements()));
      } else if (spec instanceof RedirectSpec r) {
        built.put(spec.name(), ServerAdapters.redirect(r, built));
      } else if (spec instanceof PhoneSpec p) {
        built.put(spec.name(), PhoneAdapters.adapter(p, scenario, sim));
      }
    }
    Map<String, ElementAdapter> inFileOrder = new LinkedHashMap<>();
    for (ElementSpec spec : scenario.elements().values()) {
      ElementAdapter adapter = built.get(spec.name());
      sim.add(adapter.element(), spec.address().address(), spec.address().port());
      inFileOrder.put(spec.name(), adapter);
    }
    claimDomains(scenario.elementsOf(ProxySpec.class), sim);
    claimDomains(scenario.elements().values().stream()
        .filter(e -> !(e instanceof ProxySpec) && !(e instanceof PhoneSpec)).toList(), sim);
    claimDomains(scenario.elementsOf(PhoneSpec.class), sim);
    return inFileOrder;
  }

  private static void claimDomains(List<? extends ElementSpec> specs, Simulation sim) {
    for (ElementSpec spec : specs) {
      domainOf(spec).ifPresent(d -> sim.serveDomain(d, spec.name()));
    }
  }

  private static Optional<String> domainOf(ElementSpec spec) {
    if (spec instanceof PhoneSpec p) {
      return Optional.of(p.aor().host());
    }
    return spec.servedDomain();
  }
}
