package org.siplab.element.pbx;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.siplab.check.Checker;
import org.siplab.element.pbx.PbxConfig.Account;
import org.siplab.element.pbx.PbxConfig.AccountType;
import org.siplab.element.pbx.PbxConfig.Extension;
import org.siplab.element.pbx.PbxConfig.Misbehaviour;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.Endpoint;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.RunLimit;
import org.siplab.sim.TargetedFault;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/**
 * A PBX with three phones on a simulated network. alice, bob and carol are friends with
 * secrets that register; extension 100 dials bob, 200 dials alice, 300 dials carol. Tests change
 * the accounts, extensions and misbehaviours through {@link Setup} before the run starts.
 */
final class PbxLab {

  static final String DOMAIN = "pbx.example.com";

  /** What a test may change before the network is built. */
  static final class Setup {
    long seed = 1;
    LinkProfile link = LinkProfile.ofDelay(10_000);
    final Map<String, Account> accounts = new LinkedHashMap<>();
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    final Set<Misbehaviour> misbehave = new LinkedHashSet<>();
    String context = PbxConfig.DEFAULT_CONTEXT;
    long ringTimeoutUs = PbxConfig.DEFAULT_RING_TIMEOUT_US;

    Setup() {
      accounts.put("alice", Account.dynamicFriend("alice-secret", context));
      accounts.put("bob", Account.dynamicFriend("bob-secret", context));
      accounts.put("carol", Account.dynamicFriend("carol-secret", context));
      extensions.put("100", Extension.toAccount("bob"));
      extensions.put("200", Extension.toAccount("alice"));
      extensions.put("300", Extension.toAccount("carol"));
    }

    Setup account(String name, AccountType type, Optional<Endpoint> host) {
      accounts.put(name, new Account(type, Optional.of(name + "-secret"), host, context));
      return this;
    }
  }

  final Simulation sim;
  final Pbx pbx;
  final TestPhone alice = new TestPhone("alice", DOMAIN, "alice-secret");
  final TestPhone bob = new TestPhone("bob", DOMAIN, "bob-secret");
  final TestPhone carol = new TestPhone("carol", DOMAIN, "carol-secret");

  PbxLab(Setup setup) {
    sim = new Simulation("pbx-lab", setup.seed, TimerSettings.DEFAULT, setup.link);
    pbx = new Pbx("pbx", new PbxConfig(Optional.of(DOMAIN), setup.context, setup.accounts,
        setup.extensions, setup.misbehave, setup.ringTimeoutUs));
    sim.add(pbx, "192.0.2.20", 5060);
    sim.add(alice, "192.0.2.1", 5060);
    sim.add(bob, "192.0.2.2", 5060);
    sim.add(carol, "192.0.2.3", 5060);
    sim.serveDomain(DOMAIN, "pbx");
    Endpoint pbxAt = new Endpoint("192.0.2.20", 5060);
    alice.pbx = pbxAt;
    bob.pbx = pbxAt;
    carol.pbx = pbxAt;
  }

  PbxLab() {
    this(new Setup());
  }

  /** Runs {@code body} now as a script step of {@code element}, then runs for {@code us}. */
  void step(String element, String what, Runnable body, long us) {
    sim.at(sim.scheduler().nowUs(), element, what, body);
    runFor(us);
  }

  void runFor(long us) {
    sim.start();
    sim.run(RunLimit.untilTime(sim.scheduler().nowUs() + us));
  }

  /** Registers each phone (with its 401 round) and clears nothing: the trace keeps it all. */
  void registerAll(TestPhone... phones) {
    for (TestPhone p : phones) {
      step(p.name(), "register", () -> p.register(3600, false), 1_000_000);
    }
  }

  /** "from>to FIRSTWORD" of every first transmission, in order. */
  List<String> sends() {
    return sendEvents().stream().filter(s -> !s.isRetransmission())
        .map(s -> s.from() + ">" + s.to() + " " + label(s.firstLine())).toList();
  }

  /** The sends from the first one matching {@code start} on. */
  List<String> sendsFrom(String start) {
    List<String> all = sends();
    int i = all.indexOf(start);
    return i < 0 ? List.of() : all.subList(i, all.size());
  }

  List<TraceEvent.Send> sendEvents() {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).toList();
  }

  /**
   * The first send whose "from>to LABEL" is {@code what}; a response may name the method it
   * answers too, as in "pbx>alice 200 INVITE".
   */
  TraceEvent.Send send(String what) {
    return sendEvents().stream().filter(s -> !s.isRetransmission())
        .filter(s -> describe(s).equals(what) || (describe(s) + " " + cseqMethod(s)).equals(what))
        .findFirst().orElseThrow(() -> new AssertionError("no " + what + " in " + sends()));
  }

  private static String describe(TraceEvent.Send s) {
    return s.from() + ">" + s.to() + " " + label(s.firstLine());
  }

  private static String cseqMethod(TraceEvent.Send s) {
    String cseq = header(s.message(), "CSeq");
    return cseq == null ? "" : cseq.substring(cseq.indexOf(' ') + 1);
  }

  List<TraceEvent.Action> notes(String element) {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Action)
        .map(e -> (TraceEvent.Action) e).filter(a -> a.element().equals(element)).toList();
  }

  List<TraceEvent.Dialog> dialogs(String element) {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Dialog)
        .map(e -> (TraceEvent.Dialog) e).filter(d -> d.element().equals(element)).toList();
  }

  List<TraceEvent.Binding> bindings() {
    return sim.trace().events().stream().filter(e -> e instanceof TraceEvent.Binding)
        .map(e -> (TraceEvent.Binding) e).toList();
  }

  /** The rule ids the checker finds in the trace, in order, each once. */
  List<String> findings() {
    return Checker.check(sim.trace()).stream().map(f -> f.rule()).distinct().toList();
  }

  void dropEvery(String from, String to, String start) {
    sim.network().addFault(TargetedFault.every(from, to, startsWith(start), start,
        new FaultAction.Drop()));
  }

  static Predicate<byte[]> startsWith(String start) {
    return bytes -> new String(bytes, 0, Math.min(bytes.length, start.length()),
        StandardCharsets.ISO_8859_1).equals(start);
  }

  /** INVITE for a request, "200" for a response. */
  static String label(String firstLine) {
    if (firstLine.startsWith("SIP/2.0 ")) {
      return firstLine.substring(8, 11);
    }
    return firstLine.substring(0, firstLine.indexOf(' '));
  }

  /** The value of the first header called {@code name} in a message's text, or null. */
  static String header(String message, String name) {
    for (String line : message.split("\r\n")) {
      if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
        return line.substring(name.length() + 1).trim();
      }
      if (line.isEmpty()) {
        break;
      }
    }
    return null;
  }

  /** The body of a message's text. */
  static String body(String message) {
    int i = message.indexOf("\r\n\r\n");
    return i < 0 ? "" : message.substring(i + 4);
  }
}
