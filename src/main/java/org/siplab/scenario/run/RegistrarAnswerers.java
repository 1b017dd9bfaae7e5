package org.siplab.scenario.run;

import java.util.List;
import java.util.Optional;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.spelling.Suggest;

/**
 * Who refused a REGISTER, when it was not a registrar. The phone says "the registrar answered
 * 405 Method Not Allowed", as it sees it; but a proxy with no {@code registrar:} answers a
 * REGISTER for its domain itself with 405, and a REGISTER for a domain no element serves reaches
 * the phone of that address of record, which refuses it with 405 too (RFC 3261 section 10.2.6
 * sends a REGISTER to the host of its domain). A student sees a registrar in the scenario and
 * cannot tell which of the two it was; this names the element and what to change.
 */
final class RegistrarAnswerers {

  private final Scenario scenario;

  RegistrarAnswerers(Scenario scenario) {
    this.scenario = scenario;
  }

  /**
   * The hint for {@code phone}'s REGISTER refused by {@code answerer} (empty when it timed out),
   * or empty when the answerer is one that registers: a registrar, a PBX, a proxy that passes
   * REGISTERs on.
   */
  String hint(String phone, String answerer) {
    Optional<ElementSpec> element = scenario.element(answerer);
    if (element.isEmpty()) {
      return "";
    }
    if (element.get() instanceof ProxySpec proxy && proxy.registrar().isEmpty()) {
      return "that answer came from " + answerer + ", a proxy with no registrar: to pass"
          + " REGISTERs on to; expected " + answerer + " given registrar: " + registrarName();
    }
    if (element.get() instanceof PhoneSpec) {
      String who = answerer.equals(phone) ? phone + " itself" : "the phone " + answerer;
      return "that answer came from " + who + ": no registrar serves " + domainOf(phone)
          + ", the domain of " + phone + "'s aor:, so the REGISTER went to the phone of that"
          + " address" + domainHint(phone);
    }
    return "";
  }

  /** The scenario's one registrar by name, else what the key takes. */
  private String registrarName() {
    List<RegistrarSpec> registrars = scenario.elementsOf(RegistrarSpec.class);
    return registrars.size() == 1 ? registrars.get(0).name() : "the name of a registrar";
  }

  private String domainOf(String phone) {
    return scenario.element(phone).filter(e -> e instanceof PhoneSpec)
        .map(e -> ((PhoneSpec) e).aor().host()).orElse("its domain");
  }

  /** {@code ; did you mean example.com?} when a registrar's domain is one slip away. */
  private String domainHint(String phone) {
    List<String> domains = scenario.elementsOf(RegistrarSpec.class).stream()
        .map(RegistrarSpec::domain).toList();
    return Suggest.closest(domainOf(phone), domains).map(d -> "; did you mean " + d + "?")
        .orElse("");
  }
}
