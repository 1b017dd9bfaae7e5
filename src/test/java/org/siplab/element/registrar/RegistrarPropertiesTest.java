package org.siplab.element.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.codec.SipParser;
import org.siplab.element.LocationService.Binding;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.TraceEvent;

/**
 * Properties of the registrar over many generated runs: three phones (two of alice's, one of
 * bob's) register, refresh, remove one contact, remove all and query in any order over a lossy
 * link, and the registrar's bindings are compared with {@link ReferenceRegistrar}'s at many
 * instants. The link's delay is a whole number of milliseconds and the probes fall half-way
 * between milliseconds, so no probe ties with an arrival or an expiry.
 */
@DisplayName("registrar properties")
class RegistrarPropertiesTest {

  private static final long QT_SEED = 0x5EED_10C5L;
  private static final long SECOND = 1_000_000;
  private static final long MIN_US = 60 * SECOND;
  private static final long MAX_US = 1800 * SECOND;
  private static final long END_US = 400 * SECOND;
  private static final String[] USERS = {"alice", "alice", "bob"};
  private static final long[] EXPIRES = {-1, 0, 30, 60, 90, 300, 7200};
  private static final String[] QS = {null, "0.5", "1"};

  enum Kind { REGISTER, REMOVE, REMOVE_ALL, QUERY, LATE_REGISTER }

  /** One thing a phone does: the contacts are indexes (0 and 1 its own, 2 one they share). */
  record Op(long atMs, int phone, Kind kind, List<Integer> contacts, int expires,
      boolean asParameter, int q) {}

  record Run(long seed, double loss, List<Op> ops) {}

  private static Gen<Op> ops() {
    return in -> new Op(
        integers().between(0, 150_000).generate(in),
        integers().between(0, 2).generate(in),
        Kind.values()[integers().between(0, Kind.values().length - 1).generate(in)],
        lists().of(integers().between(0, 2)).ofSizeBetween(1, 2).generate(in).stream()
            .distinct().toList(),
        integers().between(0, EXPIRES.length - 1).generate(in),
        integers().between(0, 1).generate(in) == 1,
        integers().between(0, QS.length - 1).generate(in));
  }

  private static Gen<Run> runs() {
    return longs().all().zip(doubles().between(0, 0.3),
        lists().of(ops()).ofSizeBetween(1, 12), Run::new);
  }

  /** A registrar with alice and bob, nonces that outlive the run, and the three phones. */
  private static RegistrarLab lab(Run run, List<RegisteringPhone> phones) {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers().withMinExpiresUs(MIN_US)
        .withMaxExpiresUs(MAX_US).withNonceLifetimeUs(3600 * SECOND), run.seed(),
        LinkProfile.ofDelay(10_000).withLossRatio(run.loss()));
    for (int i = 0; i < USERS.length; i++) {
      phones.add(lab.phone("phone" + i, USERS[i]));
    }
    for (Op op : run.ops()) {
      RegisteringPhone phone = phones.get(op.phone());
      lab.at(op.atMs() * 1000, phone.name(), op.kind().name(), () -> perform(phone, op));
    }
    return lab;
  }

  private static void perform(RegisteringPhone phone, Op op) {
    switch (op.kind()) {
      case REMOVE_ALL:
        phone.removeAll();
        return;
      case QUERY:
        phone.query();
        return;
      case LATE_REGISTER:
        phone.registerLate(op.kind().name(), b -> fields(phone, op, EXPIRES[op.expires()], b));
        return;
      default:
        long expires = op.kind() == Kind.REMOVE ? 0 : EXPIRES[op.expires()];
        phone.register(op.kind().name(), b -> fields(phone, op, expires, b));
    }
  }

  private static void fields(RegisteringPhone phone, Op op, long expires,
      SipRequest.Builder b) {
    for (int index : op.contacts()) {
      NameAddress contact = index == 2 ? NameAddress.of(SipUri.of("shared", "192.0.2.99", 5060))
          : phone.contact("c" + index);
      if (QS[op.q()] != null) {
        contact = contact.withParameter(Parameter.of("q", QS[op.q()]));
      }
      if (expires >= 0 && op.asParameter()) {
        contact = contact.withParameter(Parameter.of("expires", Long.toString(expires)));
      }
      b.header(HeaderName.CONTACT, contact);
    }
    if (expires >= 0 && !op.asParameter()) {
      b.header(HeaderName.EXPIRES, new Numeric(expires));
    }
  }

  private static List<String> described(List<Binding> bindings) {
    return bindings.stream().map(b -> ReferenceRegistrar.describe(b.contact().uri().toString(),
        b.q(), b.expiresAtUs())).toList();
  }

  /** A REGISTER the registrar took in, and when. */
  record Arrival(long atUs, SipRequest register) {}

  /**
   * The REGISTERs that reached the registrar, each once (a retransmission or a copy that arrives
   * later is absorbed by its server transaction), in the order they arrived.
   */
  private static List<Arrival> arrivals(RegistrarLab lab) {
    Map<Long, TraceEvent.Send> sends = new HashMap<>();
    for (TraceEvent.Send s : lab.sendEvents()) {
      sends.put(s.seq(), s);
    }
    Set<String> branches = new HashSet<>();
    List<Arrival> arrivals = new ArrayList<>();
    for (TraceEvent.Deliver d : lab.events(TraceEvent.Deliver.class)) {
      if (!d.to().equals("registrar")) {
        continue;
      }
      SipRequest register = (SipRequest) SipParser.parse(sends.get(d.cause()).message()).orThrow();
      if (branches.add(register.topVia().branch())) {
        arrivals.add(new Arrival(d.timeUs(), register));
      }
    }
    return arrivals;
  }

  @Test
  @DisplayName("for any order of REGISTER, refresh and removal from several phones, and any loss"
      + " up to 0.3, the registrar's bindings equal the reference model's at every instant")
  void bindingsFollowTheReferenceModel() {
    qt().withFixedSeed(QT_SEED).withExamples(60).forAll(runs()).checkAssert(run -> {
      List<RegisteringPhone> phones = new ArrayList<>();
      RegistrarLab lab = lab(run, phones);
      List<Long> probes = new ArrayList<>();
      List<List<String>> seen = new ArrayList<>();
      for (long t = 500; t < END_US; t += 2_500_000) {
        long at = t;
        lab.sim.scheduler().scheduleAt(at, () -> {
          probes.add(at);
          seen.add(described(lab.registrar.lookup("sip:alice@example.com")));
          seen.add(described(lab.registrar.lookup("sip:bob@example.com")));
        });
      }
      lab.runUntil(END_US);
      ReferenceRegistrar model = new ReferenceRegistrar(MIN_US, MAX_US);
      List<Arrival> arrivals = arrivals(lab);
      int taken = 0;
      for (int p = 0; p < probes.size(); p++) {
        while (taken < arrivals.size() && arrivals.get(taken).atUs() < probes.get(p)) {
          model.receive(arrivals.get(taken).register(), arrivals.get(taken).atUs());
          taken++;
        }
        assertEquals(model.lookup("sip:alice@example.com", probes.get(p)), seen.get(2 * p),
            "alice at " + probes.get(p) + " us, " + run);
        assertEquals(model.lookup("sip:bob@example.com", probes.get(p)), seen.get(2 * p + 1),
            "bob at " + probes.get(p) + " us, " + run);
      }
    });
  }

  /** One phone's registration: which of its contacts, for how long, when. */
  record Timed(long atMs, int contact, long expiresSeconds) {}

  record Schedule(long seed, double loss, List<Timed> registrations) {}

  private static Gen<Schedule> schedules() {
    Gen<Timed> timed = integers().between(0, 200_000).zip(integers().between(0, 2),
        integers().between(60, 600), (at, contact, expires) -> new Timed(at, contact, expires));
    return longs().all().zip(doubles().between(0, 0.3),
        lists().of(timed).ofSizeBetween(1, 8), Schedule::new);
  }

  /** A run of the schedule against a registrar without users, probing at {@code probes}. */
  private static RegistrarLab expiryRun(Schedule schedule, List<Long> probes,
      List<List<Binding>> seen) {
    RegistrarLab lab = new RegistrarLab(RegistrarConfig.of(RegistrarLab.DOMAIN), schedule.seed(),
        LinkProfile.ofDelay(10_000).withLossRatio(schedule.loss()));
    RegisteringPhone bob = lab.phone("bob", "bob");
    for (Timed t : schedule.registrations()) {
      lab.at(t.atMs() * 1000, "bob", "register", () -> bob.register("register",
          b -> b.header(HeaderName.CONTACT, bob.contact("c" + t.contact())
              .withParameter(Parameter.of("expires", Long.toString(t.expiresSeconds()))))));
    }
    for (long at : probes) {
      lab.sim.scheduler().scheduleAt(at,
          () -> seen.add(lab.registrar.lookup("sip:bob@example.com")));
    }
    lab.runUntil(END_US + 900 * SECOND);
    return lab;
  }

  @Test
  @DisplayName("for any registrations and refreshes, a binding is visible until its expiry"
      + " instant and never from that instant on, and the trace says it expired exactly then")
  void neverVisibleAfterExpiry() {
    qt().withFixedSeed(QT_SEED).withExamples(40).forAll(schedules()).checkAssert(schedule -> {
      // A first run finds the expiry instants; the second probes at each, just before and after
      // (the probes are queued before the expiry timers, so at the instant itself they run first).
      List<TraceEvent.Binding> first = expiryRun(schedule, List.of(), new ArrayList<>())
          .events(TraceEvent.Binding.class);
      List<Long> probes = new ArrayList<>();
      for (TraceEvent.Binding b : first) {
        if (b.expiresUs() > 0) {
          probes.addAll(List.of(b.expiresUs() - 1, b.expiresUs(), b.expiresUs() + 1));
        }
      }
      probes.sort(null);
      List<List<Binding>> seen = new ArrayList<>();
      RegistrarLab lab = expiryRun(schedule, probes, seen);
      List<TraceEvent.Binding> changes = lab.events(TraceEvent.Binding.class);
      assertEquals(first, changes, "the probes change nothing");
      for (int p = 0; p < probes.size(); p++) {
        for (Binding b : seen.get(p)) {
          assertTrue(b.expiresAtUs() > probes.get(p), b + " visible at " + probes.get(p));
        }
      }
      for (int i = 0; i < changes.size(); i++) {
        if (changes.get(i).action().equals("expired")) {
          TraceEvent.Binding expired = changes.get(i);
          TraceEvent.Binding set = lastSet(changes.subList(0, i), expired.contact());
          assertEquals(set.expiresUs(), expired.timeUs(), "expired at its expiry instant");
          List<Binding> before = seen.get(probes.indexOf(expired.timeUs() - 1));
          assertTrue(before.stream().anyMatch(b -> b.contact().uri().toString()
              .equals(expired.contact())), expired.contact() + " visible until it expires");
        }
      }
    });
  }

  /** The last event that added or refreshed {@code contact}. */
  private static TraceEvent.Binding lastSet(List<TraceEvent.Binding> changes, String contact) {
    for (int i = changes.size() - 1; i >= 0; i--) {
      TraceEvent.Binding b = changes.get(i);
      if (b.contact().equals(contact) && b.expiresUs() > 0) {
        return b;
      }
    }
    throw new AssertionError("no binding of " + contact + " before it expired");
  }
}
