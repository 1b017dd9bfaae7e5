package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Challenge;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;

/** Proxy-to-user authentication (RFC 3261 sections 16.3 step 6 and 22.3). */
@DisplayName("proxy authentication (RFC 3261 section 22.3)")
class AuthenticationTest {

  private static OneProxy authenticating() {
    OneProxy net = new OneProxy(ProxyConfig.defaults()
        .withAuth("example.com", Map.of("alice", "secret")));
    net.bob("bob", 201, 1.0).answers = List.of(180);
    return net;
  }

  @Test
  @DisplayName("a request without credentials is answered 407 with a Digest challenge for the"
      + " proxy's realm and a To tag")
  void challengeWith407() {
    OneProxy net = authenticating();
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy INVITE", "proxy>alice 407", "alice>proxy ACK"),
        net.lab.sends());
    SipMessage challenge = net.lab.first("proxy", "alice", "SIP/2.0 407");
    Challenge digest = challenge.proxyAuthenticate().get(0);
    assertEquals("example.com", digest.parameter("realm"));
    assertEquals("auth", digest.parameter("qop"));
    assertEquals(32, digest.parameter("nonce").length());
    assertTrue(challenge.to().hasTag(), "section 8.2.6.2: the proxy answers as a UAS");
    assertTrue(net.lab.notes("proxy").get(0).startsWith("challenges: The request carries no"
        + " credentials"), net.lab.notes("proxy").toString());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("credentials with a wrong password are challenged again, and the request never"
      + " leaves the proxy")
  void wrongPasswordIsChallengedAgain() {
    OneProxy net = authenticating();
    net.alice.password = "guess";
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    assertEquals(5, net.lab.sends().stream().filter(s -> s.equals("proxy>alice 407")).count());
    assertTrue(net.lab.sends().stream().noneMatch(s -> s.startsWith("proxy>bob")));
    assertTrue(net.lab.notes("proxy").stream().anyMatch(n -> n.contains("wrong password")),
        net.lab.notes("proxy").toString());
  }

  @Test
  @DisplayName("accepted credentials are consumed, and the CANCEL that follows is not challenged")
  void acceptedCredentialsAreConsumedAndCancelPasses() {
    OneProxy net = authenticating();
    net.alice.password = "secret";
    net.call(0, "sip:bob@example.com");
    net.lab.at(1_000_000, "alice", "cancel", net.alice::cancel);
    net.lab.runUntil(3_000_000);
    assertFalse(net.lab.first("proxy", "bob", "INVITE").has(HeaderName.PROXY_AUTHORIZATION));
    assertTrue(net.lab.notes("proxy").contains("authenticated: User \"alice\" proved knowledge"
        + " of the password for realm \"example.com\"."), net.lab.notes("proxy").toString());
    List<String> sends = net.lab.sends();
    assertEquals(List.of("alice>proxy CANCEL", "proxy>alice 200"),
        sends.subList(sends.indexOf("alice>proxy CANCEL"), sends.indexOf("alice>proxy CANCEL")
            + 2));
    assertEquals(1, sends.stream().filter(s -> s.equals("proxy>alice 407")).count());
    assertTrue(sends.contains("proxy>alice 487"), sends.toString());
  }
}
