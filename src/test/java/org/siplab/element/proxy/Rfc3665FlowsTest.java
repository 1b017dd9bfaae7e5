package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The proxies' part of RFC 3665's flows, in the simulator: the exact sequence of messages, and a
 * trace the rule checker finds nothing wrong with.
 */
@DisplayName("RFC 3665 flows through stateful proxies")
class Rfc3665FlowsTest {

  @Test
  @DisplayName("3.2: Proxy 1 challenges with 407, then the call goes through both proxies and Bob hangs up")
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
}
