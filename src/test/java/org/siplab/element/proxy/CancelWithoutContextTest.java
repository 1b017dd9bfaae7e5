package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.sim.Endpoint;
import org.siplab.testkit.Draw;
import org.siplab.trace.TraceEvent;

/**
 * RFC 3261 section 16.10: "If a response context is not found, the element does not have any
 * knowledge of the request to apply the CANCEL to. It MUST statelessly forward the CANCEL
 * request", which section 16.11 describes: one target, no transaction, no response of its own.
 */
@DisplayName("a CANCEL that matches no response context (RFC 3261 sections 16.10 and 16.11)")
class CancelWithoutContextTest {

  private static final long SEED = 20261201L;
  private static final Endpoint PROXY = new Endpoint("192.0.2.10", 5060);

  private static void cancelForNothing(OneProxy net, String user) {
    net.lab.at(0, "alice", "send a CANCEL for nothing", () -> net.alice.sendRaw(
        "CANCEL sip:" + user + "@example.com SIP/2.0\nMax-Forwards: 70\n"
            + "To: <sip:" + user + "@example.com>\nFrom: <sip:alice@example.com>;tag=a1\n"
            + "Call-ID: none@192.0.2.101\nCSeq: 1 CANCEL\nContent-Length: 0\n\n", PROXY));
  }

  private static List<String> fromProxy(Lab lab) {
    return lab.sends().stream().filter(s -> s.startsWith("proxy>")).toList();
  }

  @Test
  @DisplayName("it goes to one contact only, the one with the highest q, even when the proxy forks")
  void goesToOneContact() {
    OneProxy net = new OneProxy();
    net.bob("bob-desk", 201, 0.5);
    net.bob("bob-mobile", 202, 1.0);
    net.bob("bob-home", 203, 0.7);
    cancelForNothing(net, "bob");
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("proxy>bob-mobile CANCEL", "proxy>alice 481"), fromProxy(net.lab));
    assertEquals(0, net.proxy.openContexts());
  }

  @Test
  @DisplayName("when nothing answers it, the proxy answers nothing itself (no Timer C, no 408)"
      + " and keeps no transaction: each retransmission of the caller's is forwarded in turn")
  void unansweredIsLeftToTheCaller() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.dropEvery("bob", "proxy");
    cancelForNothing(net, "bob");
    net.lab.runUntil(60_000_000);
    long sent = net.lab.sends().stream().filter(s -> s.equals("alice>proxy CANCEL")).count();
    assertTrue(sent > 1, "the caller retransmits: " + net.lab.sends());
    assertEquals(Collections.nCopies((int) sent, "proxy>bob CANCEL"),
        fromProxy(net.lab));
    assertTrue(net.lab.sendEvents().stream().filter(s -> s.from().equals("alice"))
        .allMatch(s -> s.firstLine().startsWith("CANCEL")), "Alice's own timers run out");
    assertEquals(0, net.proxy.serverTransactions(), "nothing is left behind");
  }

  @Test
  @DisplayName("its copy carries a branch computed from the received one, as section 16.11"
      + " recommends, so a retransmission would get the same")
  void copyHasAStatelessBranch() throws Exception {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    cancelForNothing(net, "bob");
    net.lab.runUntil(1_000_000);
    String received = net.lab.first("alice", "proxy", "CANCEL").topVia().branch();
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
        .digest(received.getBytes(StandardCharsets.UTF_8)));
    assertEquals("z9hG4bK" + hash.substring(0, 16),
        net.lab.first("proxy", "bob", "CANCEL").topVia().branch());
  }

  @Test
  @DisplayName("one for a user with no contact is answered with section 16.5's error, not"
      + " forwarded")
  void noTargetIsAnswered() {
    OneProxy net = new OneProxy();
    cancelForNothing(net, "carol");
    net.lab.runUntil(1_000_000);
    List<String> sends = fromProxy(net.lab);
    assertEquals(1, sends.size(), sends.toString());
    assertTrue(sends.get(0).matches("proxy>alice (404|480)"), sends.toString());
  }

  /** The q of each contact registered for sip:bob@example.com, in registration order. */
  record Contacts(Forking mode, List<Double> qs) {}

  private static Gen<Contacts> contacts() {
    Gen<Contacts> gen = in -> {
      Draw d = new Draw(in);
      int n = d.between(1, 4);
      List<Double> qs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        qs.add(d.between(1, 10) / 10.0);
      }
      return new Contacts(d.pick(Forking.values()), qs);
    };
    return gen.describedAs(c -> c.mode().key() + " " + c.qs());
  }

  @Test
  @DisplayName("for any contacts and forking mode, an unknown CANCEL reaches exactly one contact,"
      + " the first of the highest q, and only its answer comes back")
  void exactlyOneCopy() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(contacts()).checkAssert(c -> {
      OneProxy net = new OneProxy(ProxyConfig.defaults().withForking(c.mode()));
      int best = 0;
      for (int i = 0; i < c.qs().size(); i++) {
        net.bob("c" + (i + 1), 21 + i, c.qs().get(i));
        best = c.qs().get(i) > c.qs().get(best) ? i : best;
      }
      cancelForNothing(net, "bob");
      net.lab.runUntil(40_000_000);
      assertEquals(List.of("proxy>c" + (best + 1) + " CANCEL", "proxy>alice 481"),
          fromProxy(net.lab), c::toString);
      assertEquals(0, net.proxy.openContexts(), c::toString);
      assertEquals(List.of(), net.lab.sendEvents().stream()
          .filter(s -> s.from().equals("proxy")).filter(TraceEvent.Send::isRetransmission)
          .toList(), c::toString);
    });
  }
}
