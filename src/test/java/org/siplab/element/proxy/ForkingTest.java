package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Challenge;
import org.siplab.message.SipMessage;

/** Forking to several contacts and choosing what goes back (sections 16.6, 16.7). */
@DisplayName("forking and response selection (RFC 3261 sections 16.6 and 16.7)")
class ForkingTest {

  /** What the proxy sent Alice, "WORD" each. */
  private static List<String> toAlice(Lab lab) {
    return lab.sends().stream().filter(s -> s.startsWith("proxy>alice "))
        .map(s -> s.substring("proxy>alice ".length())).toList();
  }

  @Test
  @DisplayName("in parallel, a 2xx on one branch is forwarded at once and the branch still ringing"
      + " is cancelled; its 487 stays at the proxy")
  void parallelCancelsTheRestOnA2xx() {
    OneProxy net = new OneProxy();
    TestPhone desk = net.bob("desk", 201, 1.0);
    TestPhone mobile = net.bob("mobile", 202, 0.5);
    desk.answers = List.of(180);
    mobile.answerGapUs = 1_000_000;
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(3_000_000);
    assertEquals(List.of("100", "180", "180", "200"), toAlice(net.lab));
    assertEquals(List.of(
        "alice>proxy INVITE", "proxy>desk INVITE", "proxy>mobile INVITE", "proxy>alice 100",
        "desk>proxy 180", "mobile>proxy 180", "proxy>alice 180", "proxy>alice 180",
        "mobile>proxy 200", "proxy>alice 200", "proxy>desk CANCEL",
        "alice>proxy ACK", "desk>proxy 200", "desk>proxy 487", "proxy>mobile ACK",
        "proxy>desk ACK"), net.lab.sends());
    assertTrue(desk.seen.contains("cancelled"));
    assertTrue(net.lab.notes("proxy").contains("finds targets: the location service has 2"
        + " contacts for sip:bob@example.com: [sip:bob@192.0.2.201, sip:bob@192.0.2.202 (q=0.5)]"
        + " (RFC 3261 section 16.5)"), net.lab.notes("proxy").toString());
    assertTrue(net.lab.notes("proxy").contains("forks: INVITE to 2 targets, parallel (RFC 3261"
        + " section 16.6)"), net.lab.notes("proxy").toString());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("in sequence, the contact with the highest q is tried first, and a 486 moves on to"
      + " the next")
  void sequentialFollowsQ() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withForking(Forking.SEQUENTIAL));
    TestPhone low = net.bob("low", 201, 0.3);
    TestPhone high = net.bob("high", 202, 0.9);
    high.answers = List.of(486);
    low.answers = List.of(200);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    assertEquals(List.of(
        "alice>proxy INVITE", "proxy>high INVITE", "proxy>alice 100", "high>proxy 486",
        "proxy>high ACK", "proxy>low INVITE", "low>proxy 200", "proxy>alice 200",
        "alice>proxy ACK", "proxy>low ACK"), net.lab.sends());
    assertTrue(net.lab.notes("proxy").stream().anyMatch(n -> n.startsWith(
        "tries the next target: sip:bob@192.0.2.201 (q=0.3)")), net.lab.notes("proxy")
        .toString());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("in sequence, a contact that never answers is given up when Timer B fires, and the"
      + " next is tried")
  void sequentialMovesOnAfterATimeout() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withForking(Forking.SEQUENTIAL));
    net.bob("dead", 201, 1.0);
    net.bob("alive", 202, 0.5).answers = List.of(200);
    net.lab.dropEvery("proxy", "dead");
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(34_000_000);
    long sent = net.lab.sendEvents().stream().filter(s -> s.to().equals("alive"))
        .findFirst().orElseThrow().timeUs();
    assertEquals(10_000 + 32_000_000, sent, "Timer B is 64*T1 after the first INVITE");
    assertEquals(List.of("100", "200"), toAlice(net.lab));
  }

  @Test
  @DisplayName("a 6xx ends the fork: the ringing branch is cancelled and the 6xx, not the 487, is"
      + " forwarded")
  void sixHundredEndsTheFork() {
    OneProxy net = new OneProxy();
    net.bob("declines", 201, 1.0).answers = List.of(603);
    net.bob("rings", 202, 0.5).answers = List.of(180);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    assertEquals(List.of("100", "180", "603"), toAlice(net.lab));
    assertTrue(net.lab.sends().contains("proxy>rings CANCEL"));
    assertTrue(net.lab.sends().contains("rings>proxy 487"));
    assertTrue(net.lab.notes("proxy").contains("chooses the best response: 603 of [603, 487]"
        + " (RFC 3261 section 16.7 step 6)"), net.lab.notes("proxy").toString());
  }

  @Test
  @DisplayName("in sequence, a 6xx means no further contact is tried")
  void sixHundredStopsASequence() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withForking(Forking.SEQUENTIAL));
    net.bob("declines", 201, 1.0).answers = List.of(603);
    net.bob("never-tried", 202, 0.5);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    assertEquals(List.of("100", "603"), toAlice(net.lab));
    assertFalse(net.lab.sends().contains("proxy>never-tried INVITE"));
  }

  @Test
  @DisplayName("the challenges of every 401 and 407 reach the caller together in the one 407"
      + " forwarded")
  void challengesAreAggregated() {
    OneProxy net = new OneProxy();
    net.bob("first", 201, 1.0).answers = List.of(407);
    net.bob("second", 202, 0.5).answers = List.of(401);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    assertEquals(List.of("100", "407"), toAlice(net.lab));
    SipMessage challenge = net.lab.first("proxy", "alice", "SIP/2.0 407");
    assertEquals(List.of("first"), challenge.proxyAuthenticate().stream()
        .map(c -> c.parameter("realm")).toList());
    assertEquals(List.of("second"), challenge.wwwAuthenticate().stream()
        .map(Challenge::parameters).map(p -> p.get("realm")).toList());
  }

  @Test
  @DisplayName("a lone 503 is not passed on: the proxy answers 500 itself")
  void serviceUnavailableBecomes500() {
    OneProxy net = new OneProxy();
    net.bob("overloaded", 201, 1.0).answers = List.of(503);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    assertEquals(List.of("100", "500"), toAlice(net.lab));
  }
}
