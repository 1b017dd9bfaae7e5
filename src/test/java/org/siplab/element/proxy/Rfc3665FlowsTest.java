package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;

/**
 * The proxies' part of RFC 3665's flows, in the simulator: the exact sequence of messages, and a
 * trace the rule checker finds nothing wrong with.
 */
@DisplayName("RFC 3665 flows through stateful proxies")
class Rfc3665FlowsTest {

  @Test
  @DisplayName("3.2: Proxy 1 challenges with 407, then the call goes through both proxies and Bob"
      + " hangs up")
  void sessionThroughTwoProxies() {
    TwoProxies net = new TwoProxies(
        ProxyConfig.defaults().withAuth("atlanta.example.com", Map.of("alice", "secret")),
        ProxyConfig.defaults());
    net.alice.password = "secret";
    net.bob.answerGapUs = 1_000_000;
    net.aliceCallsBob(0);
    net.lab.at(3_000_000, "bob", "hang up", net.bob::hangUp);
    net.lab.runUntil(6_000_000);
    assertEquals(List.of(
        "alice>proxy1 INVITE", "proxy1>alice 407", "alice>proxy1 ACK",
        "alice>proxy1 INVITE", "proxy1>proxy2 INVITE", "proxy1>alice 100",
        "proxy2>bob INVITE", "proxy2>proxy1 100",
        "bob>proxy2 180", "proxy2>proxy1 180", "proxy1>alice 180",
        "bob>proxy2 200", "proxy2>proxy1 200", "proxy1>alice 200",
        "alice>proxy1 ACK", "proxy1>proxy2 ACK", "proxy2>bob ACK",
        "bob>proxy2 BYE", "proxy2>proxy1 BYE", "proxy1>alice BYE",
        "alice>proxy1 200", "proxy1>proxy2 200", "proxy2>bob 200"), net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("3.3: both proxies challenge; Proxy 1 passes Proxy 2's 407 on, and Alice answers"
      + " both realms")
  void sessionWithMultipleProxyAuthentication() {
    TwoProxies net = new TwoProxies(
        ProxyConfig.defaults().withAuth("atlanta.example.com", Map.of("alice", "secret")),
        ProxyConfig.defaults().withAuth("biloxi.example.com", Map.of("alice", "secret")));
    net.alice.password = "secret";
    net.bob.answers = List.of(200);
    net.aliceCallsBob(0);
    net.lab.runUntil(3_000_000);
    // RFC 3665 draws Proxy 1's 100 (F5, F12) before its INVITE (F6, F13), and each ACK for a
    // 407 (F8) before the 407 goes on (F9); both pairs leave at the same instant.
    assertEquals(List.of(
        "alice>proxy1 INVITE", "proxy1>alice 407", "alice>proxy1 ACK",
        "alice>proxy1 INVITE", "proxy1>proxy2 INVITE", "proxy1>alice 100",
        "proxy2>proxy1 407", "proxy1>proxy2 ACK", "proxy1>alice 407", "alice>proxy1 ACK",
        "alice>proxy1 INVITE", "proxy1>proxy2 INVITE", "proxy1>alice 100",
        "proxy2>bob INVITE", "proxy2>proxy1 100",
        "bob>proxy2 200", "proxy2>proxy1 200", "proxy1>alice 200",
        "alice>proxy1 ACK", "proxy1>proxy2 ACK", "proxy2>bob ACK"), net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
    SipRequest toProxy2 = (SipRequest) net.lab.messages("proxy1", "proxy2", "INVITE").get(1);
    assertEquals(List.of("biloxi.example.com"), toProxy2.proxyAuthorization().stream()
        .map(c -> c.parameter("realm")).toList(),
        "Proxy 1 consumed its own credentials and left Proxy 2's (F13)");
  }

  @Test
  @DisplayName("3.4: Proxy 1 never answers; after Timer B Alice calls through Proxy 2, which"
      + " challenges and connects")
  void sessionWithProxyFailure() {
    TwoProxies net = new TwoProxies(ProxyConfig.defaults(),
        ProxyConfig.defaults().withAuth("biloxi.example.com", Map.of("alice", "secret")));
    net.lab.dropEvery("alice", "proxy1");
    net.alice.password = "secret";
    net.alice.fallback = net.lab.sim.node("proxy2").endpoint();
    net.bob.answerGapUs = 1_000_000;
    net.aliceCallsBob(0);
    net.lab.at(36_000_000, "bob", "hang up", net.bob::hangUp);
    net.lab.runUntil(40_000_000);
    List<String> expected = new ArrayList<>(Collections.nCopies(7, "alice>proxy1 INVITE"));
    expected.addAll(List.of(
        "alice>proxy2 INVITE", "proxy2>alice 407", "alice>proxy2 ACK",
        "alice>proxy2 INVITE", "proxy2>bob INVITE", "proxy2>alice 100",
        "bob>proxy2 180", "proxy2>alice 180", "bob>proxy2 200", "proxy2>alice 200",
        "alice>proxy2 ACK", "proxy2>bob ACK",
        "bob>proxy2 BYE", "proxy2>alice BYE", "alice>proxy2 200", "proxy2>bob 200"));
    assertEquals(expected, net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("3.5: an ALG record-routes and rewrites the SDP of the INVITE and of the 200 to its"
      + " own address and ports")
  void sessionThroughAnAlg() {
    Lab lab = new Lab();
    TestPhone alice = lab.add(new TestPhone("alice", "alice", "atlanta.example.com"),
        "192.0.2.101");
    StatefulProxy alg = lab.add(new StatefulProxy("alg",
        ProxyConfig.defaults().withAlg(null, 2000)), "192.0.2.128");
    MemoryLocation biloxi = new MemoryLocation()
        .bind("sip:bob@biloxi.example.com", SipUri.of("bob", "192.0.2.201"), 1.0);
    lab.add(new StatefulProxy("proxy2", ProxyConfig.defaults().withRecordRoute(false)
        .withDomain("biloxi.example.com", biloxi)), "192.0.2.222");
    TestPhone bob = lab.add(new TestPhone("bob", "bob", "biloxi.example.com"), "192.0.2.201");
    lab.serve("alg1.atlanta.example.com", "alg").serve("biloxi.example.com", "proxy2");
    alice.outboundProxy = SipUri.of(null, "alg1.atlanta.example.com")
        .withParameter(Parameter.flag("lr"));
    alice.mediaPort = 49172;
    bob.mediaPort = 3456;
    bob.answerGapUs = 1_000_000;
    lab.at(0, "alice", "call bob", () -> alice.call("sip:bob@biloxi.example.com"));
    lab.at(3_000_000, "alice", "hang up", alice::hangUp);
    lab.runUntil(5_000_000);
    assertEquals(List.of(
        "alice>alg INVITE", "alg>proxy2 INVITE", "alg>alice 100",
        "proxy2>bob INVITE", "proxy2>alg 100",
        "bob>proxy2 180", "proxy2>alg 180", "alg>alice 180",
        "bob>proxy2 200", "proxy2>alg 200", "alg>alice 200",
        "alice>alg ACK", "alg>bob ACK",
        "alice>alg BYE", "alg>bob BYE", "bob>alg 200", "alg>alice 200"), lab.sends());
    String offer = lab.first("alg", "proxy2", "INVITE").bodyText();
    assertTrue(offer.contains("c=IN IP4 192.0.2.128") && offer.contains("m=audio 2000 "), offer);
    String answer = lab.first("alg", "alice", "SIP/2.0 200").bodyText();
    assertTrue(answer.contains("c=IN IP4 192.0.2.128") && answer.contains("m=audio 2002 "),
        answer);
    assertEquals(List.of("<sip:192.0.2.128;lr>"), lab.first("alg", "proxy2", "INVITE")
        .recordRoutes().stream().map(Object::toString).toList(),
        "F2 carries the ALG's Record-Route");
    assertEquals(List.of(
        "alice start PCMU/8000 192.0.2.128:2000 192.0.2.101:49172",
        "bob start PCMU/8000 192.0.2.128:2002 192.0.2.201:3456",
        "alice end PCMU/8000 192.0.2.128:2000 192.0.2.101:49172",
        "bob end PCMU/8000 192.0.2.128:2002 192.0.2.201:3456"), lab.media("alg"));
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("3.8: a CANCEL is answered 200 hop by hop, each proxy cancels its branch, and the"
      + " 487 comes back ACKed hop by hop")
  void unsuccessfulNoAnswer() {
    TwoProxies net = new TwoProxies();
    net.bob.answers = List.of(180);
    net.aliceCallsBob(0);
    net.lab.at(2_000_000, "alice", "cancel", net.alice::cancel);
    net.lab.runUntil(4_000_000);
    assertEquals(List.of(
        "alice>proxy1 INVITE", "proxy1>proxy2 INVITE", "proxy1>alice 100",
        "proxy2>bob INVITE", "proxy2>proxy1 100",
        "bob>proxy2 180", "proxy2>proxy1 180", "proxy1>alice 180",
        "alice>proxy1 CANCEL", "proxy1>alice 200", "proxy1>proxy2 CANCEL",
        "proxy2>proxy1 200", "proxy2>bob CANCEL", "bob>proxy2 200", "bob>proxy2 487",
        "proxy2>bob ACK", "proxy2>proxy1 487", "proxy1>proxy2 ACK", "proxy1>alice 487",
        "alice>proxy1 ACK"), net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
    assertTrue(net.bob.seen.contains("cancelled"));
  }

  @Test
  @DisplayName("3.9: Bob's 486 Busy Here goes back through both proxies, each hop ACKing it")
  void unsuccessfulBusy() {
    TwoProxies net = new TwoProxies();
    net.bob.answers = List.of(486);
    net.aliceCallsBob(0);
    net.lab.runUntil(2_000_000);
    assertEquals(List.of(
        "alice>proxy1 INVITE", "proxy1>proxy2 INVITE", "proxy1>alice 100",
        "proxy2>bob INVITE", "proxy2>proxy1 100",
        "bob>proxy2 486", "proxy2>bob ACK", "proxy2>proxy1 486",
        "proxy1>proxy2 ACK", "proxy1>alice 486", "alice>proxy1 ACK"), net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("3.10: Bob never answers; Proxy 2 retransmits until Timer B and answers 408, not"
      + " RFC 3665's 480")
  void unsuccessfulNoResponse() {
    TwoProxies net = new TwoProxies();
    net.lab.dropEvery("proxy2", "bob");
    net.aliceCallsBob(0);
    net.lab.runUntil(40_000_000);
    List<String> expected = new ArrayList<>(List.of(
        "alice>proxy1 INVITE", "proxy1>proxy2 INVITE", "proxy1>alice 100",
        "proxy2>bob INVITE", "proxy2>proxy1 100"));
    expected.addAll(Collections.nCopies(6, "proxy2>bob INVITE"));
    expected.addAll(List.of(
        "proxy2>proxy1 408", "proxy1>proxy2 ACK", "proxy1>alice 408", "alice>proxy1 ACK"));
    assertEquals(expected, net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
    assertEquals(20_000 + 32_000_000, net.lab.sendEvents().stream()
        .filter(e -> e.firstLine().startsWith("SIP/2.0 408") && e.from().equals("proxy2"))
        .findFirst().orElseThrow().timeUs(), "Timer B is 64*T1 after the INVITE left Proxy 2");
  }

  @Test
  @DisplayName("the same flow run twice with the same seed sends the same bytes at the same times")
  void sameSeedSameTrace() {
    List<String> first = busyCallTrace();
    assertEquals(first, busyCallTrace());
  }

  private static List<String> busyCallTrace() {
    TwoProxies net = new TwoProxies();
    net.bob.answers = List.of(486);
    net.aliceCallsBob(0);
    net.lab.runUntil(2_000_000);
    return net.lab.sendEvents().stream().map(s -> s.timeUs() + " " + s.message()).toList();
  }
}
