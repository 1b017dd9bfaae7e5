package org.siplab.scenario.run;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.siplab.message.SipUri;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.Argument;
import org.siplab.scenario.model.ElementSpec;
import org.siplab.scenario.model.PbxSpec;
import org.siplab.scenario.model.PhoneSpec;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.RegistrarSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.ScriptStep;

/**
 * The script steps that failed before their phone sent anything (a call to a domain no element
 * serves, a REGISTER with nowhere to go), tallied as the run goes and given back as notes. The
 * phone records such a step in the trace as "call failed" or "registration failed" and the run
 * passes, with no message on the ladder to show that the step went nowhere.
 *
 * <p>Why it went nowhere is told from the scenario: a phone without an outbound proxy sends a
 * request where its Request-URI's host leads (RFC 3261 section 8.1.2), and a REGISTER to its
 * registrar, or else to where its AOR's domain leads (section 10.2.6), which in the simulated
 * network is the element whose {@code domain} it is (README: the stand-in for RFC 3263).
 */
final class UnsentSteps {

  private final Scenario scenario;
  private final StepTallies tallies = new StepTallies();

  UnsentSteps(Scenario scenario) {
    this.scenario = scenario;
  }

  /** {@code step} ran at {@code nowUs} and failed at once, its phone saying {@code failure}. */
  void found(ScriptStep step, long nowUs, String failure) {
    tallies.found(step, nowUs, failure);
  }

  /** The notes, one a step, in the order of the script. */
  List<RunResult.UnsentStep> notes() {
    return tallies.notes(scenario.script(), (step, t) -> new RunResult.UnsentStep(
        step.position(), step.action().toString(), t.times(), t.firstUs(),
        why(step.action(), t.detail())));
  }

  /** Why nothing was sent and what to add to the scenario, or the phone's own words. */
  private String why(Action action, String failure) {
    Optional<PhoneSpec> phone = scenario.element(action.element())
        .filter(e -> e instanceof PhoneSpec).map(e -> (PhoneSpec) e);
    if (failure.startsWith(PhoneAdapters.BUSY)) {
      return failure.substring(PhoneAdapters.BUSY.length());
    }
    if (phone.isEmpty() || !phone.get().proxies().isEmpty()) {
      return failure;
    }
    return switch (action.name()) {
      case "call", "options", "message" -> targetHost(action)
          .map(host -> unservedTarget(phone.get(), action.name(), host)).orElse(failure);
      case "register", "unregister", "unregister-all", "query" ->
          phone.get().registrar().isPresent() ? failure : noRegistrar(phone.get());
      default -> failure;
    };
  }

  /**
   * A request to a URI whose host leads nowhere, from a phone with no outbound proxy: {@code no
   * element serves nowhere.com (...), and alice has no outbound proxy ...}.
   */
  private String unservedTarget(PhoneSpec phone, String action, String host) {
    String name = phone.name();
    String noProxy = ", and " + name + " has no proxy: to send it through";
    String throughProxy = firstOf(ProxySpec.class, PbxSpec.class)
        .map(p -> "give " + name + " proxy: " + p)
        .orElse("add a proxy and give " + name + " proxy: with its name");
    if (isIpAddress(host)) {
      String byName = scenario.elementsOf(PhoneSpec.class).stream()
          .filter(p -> !p.name().equals(name)).findFirst()
          .map(p -> ", name the phone instead (" + name + "." + action + " " + p.name() + ")")
          .orElse("");
      return "no element has the address " + host + noProxy + "; check the address" + byName
          + ", or " + throughProxy;
    }
    return "no element serves " + host + " (no proxy, registrar, redirect server or PBX has"
        + " domain: " + host + ", and no phone's aor: is at " + host + ")" + noProxy + "; add"
        + " an element with domain: " + host + ", or " + throughProxy;
  }

  /**
   * A REGISTER with no registrar: none configured, no outbound proxy, and no server for the
   * AOR's domain (section 10.2.6).
   */
  private String noRegistrar(PhoneSpec phone) {
    String domain = phone.aor().hostPort().address().toLowerCase(Locale.ROOT);
    Optional<String> server = firstOf(RegistrarSpec.class, ProxySpec.class, PbxSpec.class);
    return phone.name() + " has no registrar: or proxy:, and no proxy, registrar, redirect server"
        + " or PBX has domain: " + domain + ", the domain of its aor:, so its REGISTER had"
        + " nowhere to go (RFC 3261 section 10.2.6); add a registrar with domain: " + domain
        + server.map(s -> ", or give " + phone.name() + " registrar: " + s).orElse("");
  }

  /** The host the phone's request would go to: the target URI's maddr, else its host. */
  private static Optional<String> targetHost(Action action) {
    Optional<Argument> target = action.arguments().stream().findFirst();
    if (target.isEmpty() || !(target.get() instanceof Argument.UriTarget t)) {
      return Optional.empty();
    }
    SipUri uri = t.uri();
    String maddr = uri.parameter("maddr");
    return Optional.of((maddr != null ? maddr : uri.hostPort().address())
        .toLowerCase(Locale.ROOT));
  }

  /** An IPv4 address (digits and dots) or an IPv6 one (it alone holds a colon). */
  private static boolean isIpAddress(String host) {
    return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9');
  }

  /** The name of the scenario's first element of one of {@code kinds}, in file order. */
  @SafeVarargs
  private Optional<String> firstOf(Class<? extends ElementSpec>... kinds) {
    return scenario.elements().values().stream()
        .filter(e -> Stream.of(kinds).anyMatch(k -> k.isInstance(e)))
        .map(ElementSpec::name).findFirst();
  }
}
