package org.siplab.element.registrar;

import java.util.List;
import java.util.Map;
import org.siplab.element.Element;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.RunLimit;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/** A registrar named "registrar" on a simulated network, its phones, and what the trace shows. */
public final class RegistrarLab {

  public static final String DOMAIN = "example.com";
  public static final Map<String, String> USERS =
      Map.of("alice", "wonderland", "bob", "zanzibar", "carol", "c4rol");

  public final Simulation sim;
  public final Registrar registrar;
  private int hosts;

  public RegistrarLab(RegistrarConfig config, long seed, LinkProfile link) {
    sim = new Simulation("registrar-lab", seed, TimerSettings.DEFAULT, link);
    registrar = new Registrar("registrar", config);
    sim.add(registrar, "192.0.2.10", 5060);
    sim.serveDomain(config.domain(), "registrar");
  }

  public RegistrarLab(RegistrarConfig config) {
    this(config, 1, LinkProfile.ofDelay(10_000));
  }

  /** A registrar for example.com with alice, bob and carol as users. */
  public static RegistrarConfig withUsers() {
    return RegistrarConfig.of(DOMAIN).withUsers(USERS);
  }

  /** A phone of {@code user} at the next address, with the user's right password. */
  public RegisteringPhone phone(String name, String user) {
    RegisteringPhone phone = new RegisteringPhone(name, user, registrar.config().domain(),
        USERS.getOrDefault(user, "no password"), "registrar");
    add(phone);
    return phone;
  }

  /** Adds any element at the next free address. */
  public void add(Element element) {
    sim.add(element, "192.0.2." + (20 + hosts++), 5060);
  }

  /** Runs {@code body} at {@code timeUs} as a script step of {@code element}. */
  public void at(long timeUs, String element, String what, Runnable body) {
    sim.at(timeUs, element, what, body);
  }

  public void runUntil(long timeUs) {
    sim.run(RunLimit.untilTime(timeUs));
  }

  /** "from>to FIRSTWORD" of every datagram sent, in order: the method, or the status code. */
  public List<String> sends() {
    return sendEvents().stream().map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine()))
        .toList();
  }

  public List<TraceEvent.Send> sendEvents() {
    return events(TraceEvent.Send.class);
  }

  /** "action contact" of each binding event, in order. */
  public List<String> bindingChanges() {
    return events(TraceEvent.Binding.class).stream().map(b -> b.action() + " " + b.contact())
        .toList();
  }

  /** The details of the registrar's notes with this action. */
  public List<String> notes(String action) {
    return events(TraceEvent.Action.class).stream()
        .filter(a -> a.element().equals("registrar") && a.action().equals(action))
        .map(TraceEvent.Action::detail).toList();
  }

  public <T extends TraceEvent> List<T> events(Class<T> type) {
    return sim.trace().events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The text of the last datagram whose first line starts with {@code start}. */
  public String lastSent(String start) {
    List<TraceEvent.Send> matching = sendEvents().stream()
        .filter(s -> s.firstLine().startsWith(start)).toList();
    if (matching.isEmpty()) {
      throw new AssertionError("nothing sent starts with " + start + ": " + sends());
    }
    return matching.get(matching.size() - 1).message();
  }

  static String label(String firstLine) {
    if (firstLine.startsWith("SIP/2.0 ")) {
      return firstLine.substring(8, 11);
    }
    return firstLine.substring(0, firstLine.indexOf(' '));
  }
}
