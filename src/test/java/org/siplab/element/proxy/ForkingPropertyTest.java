package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.SipUri;
import org.siplab.testkit.Draw;
import org.siplab.trace.TraceEvent;

/**
 * Section 16.7's promise, as a property over generated forks: "a stateful proxy will forward ...
 * either exactly one non-2xx response or one or more 2xx responses to an INVITE request", and the
 * non-2xx is the one step 6 selects.
 */
@DisplayName("forking properties (RFC 3261 section 16.7)")
class ForkingPropertyTest {

  private static final long SEED = 20261127L;

  /** What a registered contact does with the INVITE it gets. */
  enum Answer {
    RING_THEN_OK(200), BUSY(486), DECLINE(603), NOT_FOUND(404), SERVER_ERROR(500), NEVER(0);

    final int status;

    Answer(int status) {
      this.status = status;
    }
  }

  record Contact(double q, Answer answer) {
    @Override
    public String toString() {
      return answer + "(q=" + q + ")";
    }
  }

  record Fork(Forking mode, List<Contact> contacts) {}

  private static Gen<Fork> forks() {
    Gen<Fork> gen = in -> {
      Draw d = new Draw(in);
      int n = d.between(1, 4);
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        contacts.add(new Contact(d.between(1, 10) / 10.0, d.pick(Answer.values())));
      }
      return new Fork(d.pick(Forking.values()), contacts);
    };
    return gen.describedAs(f -> f.mode().key() + " " + f.contacts());
  }

  @Test
  @DisplayName("for any contacts and answers, upstream gets exactly one non-2xx final response,"
      + " the one section 16.7 selects, or every 2xx, and the checker finds nothing wrong")
  void exactlyOneNonSuccessOrEverySuccess() {
    qt().withFixedSeed(SEED).withExamples(150).forAll(forks()).checkAssert(fork -> {
      List<Integer> upstream = run(fork);
      List<Integer> expected = expected(fork);
      assertEquals(expected, upstream, fork::toString);
      boolean allSuccess = upstream.stream().allMatch(s -> s / 100 == 2);
      assertTrue(upstream.size() == 1 || allSuccess && !upstream.isEmpty(), fork::toString);
    });
  }

  /** The statuses of the final responses the proxy sent Alice, first transmissions only. */
  private static List<Integer> run(Fork fork) {
    Lab lab = new Lab();
    MemoryLocation location = new MemoryLocation();
    TestPhone alice = lab.add(new TestPhone("alice", "alice", "example.com"), "192.0.2.101");
    lab.add(new StatefulProxy("proxy", ProxyConfig.defaults().withForking(fork.mode())
        .withDomain("example.com", location)), "192.0.2.10");
    lab.serve("example.com", "proxy");
    for (int i = 0; i < fork.contacts().size(); i++) {
      Contact c = fork.contacts().get(i);
      String name = "c" + (i + 1);
      String address = "192.0.2." + (21 + i);
      TestPhone phone = lab.add(new TestPhone(name, "bob", "example.com"), address);
      phone.answers = c.answer() == Answer.RING_THEN_OK ? List.of(180, 200)
          : c.answer() == Answer.NEVER ? List.of() : List.of(c.answer().status);
      if (c.answer() == Answer.NEVER) {
        lab.dropEvery(name, "proxy");
      }
      location.bind("sip:bob@example.com", SipUri.of("bob", address), c.q());
    }
    lab.at(0, "alice", "call bob", () -> alice.call("sip:bob@example.com"));
    lab.runUntil(40_000_000);
    assertEquals(List.of(), lab.findings(), fork::toString);
    List<Integer> finals = new ArrayList<>();
    for (TraceEvent.Send s : lab.sendEvents()) {
      if (s.from().equals("proxy") && s.to().equals("alice") && !s.isRetransmission()
          && s.firstLine().startsWith("SIP/2.0 ") && s.cseq() != null
          && s.cseq().endsWith("INVITE")) {
        int status = Integer.parseInt(s.firstLine().substring(8, 11));
        if (status >= 200) {
          finals.add(status);
        }
      }
    }
    return finals;
  }

  /**
   * The reference: which finals reach Alice. Contacts are tried highest q first (ties in
   * registration order), every answer arrives in that order, a sequential fork stops at a 2xx or
   * a 6xx, and a contact that never answers times out without a response in the context.
   */
  static List<Integer> expected(Fork fork) {
    List<Contact> order = new ArrayList<>(fork.contacts());
    order.sort(Comparator.comparingDouble(Contact::q).reversed());
    List<Integer> stored = new ArrayList<>();
    List<Integer> successes = new ArrayList<>();
    for (Contact c : order) {
      if (c.answer() == Answer.RING_THEN_OK) {
        successes.add(200);
      } else if (c.answer() != Answer.NEVER) {
        stored.add(c.answer().status);
      }
      boolean stops = c.answer() == Answer.RING_THEN_OK || c.answer().status / 100 == 6;
      if (fork.mode() == Forking.SEQUENTIAL && stops) {
        break;
      }
    }
    return successes.isEmpty() ? List.of(select(stored)) : successes;
  }

  /**
   * Section 16.7 step 6, for the statuses the contacts give: 408 when the context is empty, a 6xx
   * if there is one, else the first of the lowest class (none of 404, 486, 500 is a hint that
   * step 6 prefers).
   */
  static int select(List<Integer> stored) {
    if (stored.isEmpty()) {
      return 408;
    }
    for (int status : stored) {
      if (status / 100 == 6) {
        return status;
      }
    }
    int lowestClass = stored.stream().mapToInt(s -> s / 100).min().orElseThrow();
    return stored.stream().filter(s -> s / 100 == lowestClass).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("the reference selection prefers 6xx, then the lowest class, then the first"
      + " received")
  void referenceSelection() {
    assertEquals(408, select(List.of()));
    assertEquals(603, select(List.of(486, 500, 603)));
    assertEquals(486, select(List.of(500, 486, 404)));
    assertEquals(500, select(List.of(500)));
  }
}
