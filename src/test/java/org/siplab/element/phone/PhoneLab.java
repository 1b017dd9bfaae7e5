package org.siplab.element.phone;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.siplab.check.Checker;
import org.siplab.codec.SipParser;
import org.siplab.message.SipMessage;
import org.siplab.message.SipUri;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.RunLimit;
import org.siplab.sim.TargetedFault;
import org.siplab.trace.Finding;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/**
 * A simulated network for phone tests: phones, a test registrar, test proxies and a redirect
 * server over the real codec and transaction layer, and what the trace says happened.
 */
final class PhoneLab {

  final Simulation sim;
  private final Map<String, Phone> phones = new LinkedHashMap<>();
  private final List<String> events = new ArrayList<>();

  PhoneLab(long seed) {
    sim = new Simulation("phone", seed, TimerSettings.DEFAULT, LinkProfile.ofDelay(10_000));
  }

  PhoneLab() {
    this(1);
  }

  /** A phone at {@code address}:5060 whose listener events land in {@link #events()}. */
  Phone phone(String name, String address, PhoneConfig config) {
    Phone phone = new Phone(name, config, this::aorOf);
    phone.listen((p, event, detail) -> events.add(p.name() + " " + event.label()));
    sim.add(phone, address, 5060);
    phones.put(name, phone);
    return phone;
  }

  private Optional<SipUri> aorOf(String element) {
    Phone p = phones.get(element);
    return p == null ? Optional.empty() : Optional.of(p.config().aor());
  }

  TestRegistrar registrar(String name, String address, String realm,
      Map<String, String> passwords, long maxExpires) {
    TestRegistrar registrar = new TestRegistrar(name, realm == null ? null
        : new Challenges(realm, passwords, new java.util.SplittableRandom(7)), maxExpires);
    sim.add(registrar, address, 5060);
    return registrar;
  }

  TestProxy proxy(String name, String address, String realm, Map<String, String> passwords,
      boolean recordRoute, Function<SipUri, Optional<SipUri>> location) {
    TestProxy proxy = new TestProxy(name, realm == null ? null
        : new Challenges(realm, passwords, new java.util.SplittableRandom(name.hashCode())),
        recordRoute, location);
    sim.add(proxy, address, 5060);
    return proxy;
  }

  /** A location function that leads {@code aor} to the current Contact of {@code phone}. */
  static Function<SipUri, Optional<SipUri>> locate(String aor, Phone phone) {
    return uri -> uri.aorKey().equals(SipUris.require(aor, "aor").aorKey())
        ? Optional.of(phone.contact().sipUri()) : Optional.empty();
  }

  void at(long timeUs, String element, String what, Runnable action) {
    sim.at(timeUs, element, what, action);
  }

  void runUntil(long timeUs) {
    sim.run(RunLimit.untilTime(timeUs));
  }

  /** Drops every datagram from {@code from} to {@code to}. */
  void dropAll(String from, String to) {
    sim.network().addFault(TargetedFault.every(from, to, bytes -> true, "everything",
        new FaultAction.Drop()));
  }

  /** Drops the {@code nth} datagram from {@code from} to {@code to} whose text starts so. */
  void dropNth(int nth, String from, String to, String start) {
    sim.network().addFault(TargetedFault.nth(nth, from, to,
        bytes -> new String(bytes, 0, Math.min(bytes.length, start.length()),
            StandardCharsets.ISO_8859_1).equals(start), start, new FaultAction.Drop()));
  }

  /** Listener events in order: {@code alice registered}. */
  List<String> events() {
    return events;
  }

  /** Every datagram sent, as {@code from>to INVITE} or {@code from>to 200}. */
  List<String> sends() {
    return sendEvents().stream().map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine()))
        .toList();
  }

  /** The datagrams sent, without retransmissions. */
  List<String> firstSends() {
    return sendEvents().stream().filter(s -> !s.isRetransmission())
        .map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine())).toList();
  }

  List<TraceEvent.Send> sendEvents() {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }

  /** The messages sent whose {@code from>to LABEL} is {@code what}, parsed, in order. */
  List<SipMessage> messages(String what) {
    return sendEvents().stream().filter(s -> !s.isRetransmission())
        .filter(s -> (s.from() + ">" + s.to() + " " + label(s.firstLine())).equals(what))
        .map(s -> SipParser.parse(s.message().getBytes(StandardCharsets.UTF_8)).orThrow())
        .toList();
  }

  SipMessage message(String what) {
    List<SipMessage> found = messages(what);
    if (found.isEmpty()) {
      throw new AssertionError("no " + what + " in " + sends());
    }
    return found.get(0);
  }

  /** The element's notes (actions other than state), as {@code action: detail}. */
  List<String> notes(String element) {
    return actions(element, a -> !a.action().equals("state"));
  }

  /** The element's states in order, from the trace: {@code idle -> registered}. */
  List<String> states(String element) {
    return actions(element, a -> a.action().equals("state")).stream()
        .map(s -> s.substring("state: ".length())).toList();
  }

  private List<String> actions(String element, Predicate<TraceEvent.Action> which) {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Action)
        .map(e -> (TraceEvent.Action) e).filter(a -> element.equals(a.element()))
        .filter(which).map(a -> a.action() + ": " + a.detail()).toList();
  }

  /** The element's media events as {@code action codec local remote}. */
  List<String> media(String element) {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Media)
        .map(e -> (TraceEvent.Media) e).filter(m -> m.element().equals(element))
        .map(m -> m.action() + " " + m.codec() + " " + m.localRtp() + " " + m.remoteRtp())
        .toList();
  }

  /** The rule checker's findings above info. */
  List<Finding> findings() {
    return Checker.check(sim.trace()).stream().filter(f -> !f.severity().equals("info"))
        .toList();
  }

  /** The rule ids of {@link #findings()}, each once, in order. */
  List<String> rules() {
    return findings().stream().map(Finding::rule).distinct().toList();
  }

  /** The whole trace in text, for a failing test's message. */
  String dump() {
    StringBuilder out = new StringBuilder();
    for (TraceEvent e : sim.trace().events()) {
      if (e instanceof TraceEvent.Send s) {
        out.append(s.timeUs()).append(' ').append(s.from()).append('>').append(s.to())
            .append('\n').append(s.message()).append('\n');
      } else if (e instanceof TraceEvent.Action a) {
        out.append(a.timeUs()).append(" [").append(a.element()).append("] ").append(a.action())
            .append(": ").append(a.detail()).append('\n');
      } else if (e instanceof TraceEvent.Media m) {
        out.append(m.timeUs()).append(" [").append(m.element()).append("] media ")
            .append(m.action()).append(' ').append(m.codec()).append(' ').append(m.localRtp())
            .append(' ').append(m.remoteRtp()).append('\n');
      }
    }
    return out.toString();
  }

  static String label(String firstLine) {
    if (firstLine.startsWith("SIP/2.0 ")) {
      return firstLine.substring(8, 11);
    }
    return firstLine.substring(0, firstLine.indexOf(' '));
  }
}
