package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.HeaderName;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;

/** Sections 16.4 to 16.6: routes, targets, and the copy the proxy forwards. */
@DisplayName("routing and forwarding (RFC 3261 sections 16.4 to 16.6)")
class RoutingTest {

  private static final Endpoint PROXY = new Endpoint("192.0.2.10", 5060);

  @Test
  @DisplayName("a user the location service does not know is answered 404")
  void unknownUserIs404() {
    OneProxy net = new OneProxy();
    net.call(0, "sip:nobody@example.com");
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy INVITE", "proxy>alice 404", "alice>proxy ACK"),
        net.lab.sends());
    assertTrue(net.lab.notes("proxy").get(0).contains("is not a user of example.com"));
  }

  @Test
  @DisplayName("a known user with no binding is answered 480")
  void userWithoutBindingIs480() {
    OneProxy net = new OneProxy();
    net.location.user("sip:carol@example.com");
    net.call(0, "sip:carol@example.com");
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy INVITE", "proxy>alice 480", "alice>proxy ACK"),
        net.lab.sends());
    assertTrue(net.lab.notes("proxy").get(0).contains("no binding for sip:carol@example.com"));
  }

  @Test
  @DisplayName("the copy has the contact as Request-URI, Max-Forwards one less, the proxy's"
      + " Record-Route and Via on top, its own Route value gone, the body untouched")
  void theForwardedCopy() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.serve("proxy.example.com", "proxy");
    net.alice.outboundProxy = SipUri.of(null, "proxy.example.com")
        .withParameter(Parameter.flag("lr"));
    net.alice.mediaPort = 49172;
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(1_000_000);
    SipMessage received = net.lab.first("alice", "proxy", "INVITE");
    SipRequest copy = (SipRequest) net.lab.first("proxy", "bob", "INVITE");
    assertEquals("sip:bob@192.0.2.201", copy.requestUri().toString());
    assertEquals(69, copy.maxForwards());
    assertEquals(List.of("<sip:192.0.2.10;lr>"),
        copy.recordRoutes().stream().map(NameAddress::toString).toList());
    assertEquals(List.of(), copy.routes());
    Via top = copy.vias().get(0);
    assertEquals("192.0.2.10:5060", top.sentBy().toString());
    assertTrue(top.branch().matches("z9hG4bK[0-9a-z]+\\.[0-9a-f]{10}"), top.branch());
    assertEquals(received.topVia().branch(), copy.vias().get(1).branch());
    assertEquals("192.0.2.101", copy.vias().get(1).received());
    assertEquals(received.bodyText(), copy.bodyText());
    assertEquals(received.callId(), copy.callId());
  }

  @Test
  @DisplayName("without record-route the proxy stays out of the dialog: the ACK goes straight to"
      + " Bob")
  void withoutRecordRouteTheAckBypassesTheProxy() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withRecordRoute(false));
    net.bob("bob", 201, 1.0);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy INVITE", "proxy>bob INVITE", "proxy>alice 100",
        "bob>proxy 180", "bob>proxy 200", "proxy>alice 180", "proxy>alice 200",
        "alice>bob ACK"), net.lab.sends());
    assertFalse(net.lab.first("proxy", "bob", "INVITE").has(HeaderName.RECORD_ROUTE));
  }

  @Test
  @DisplayName("from a strict router, a Request-URI that is the proxy's Record-Route URI is"
      + " replaced by the last Route value")
  void requestFromAStrictRouter() {
    OneProxy net = new OneProxy();
    TestPhone bob = net.bob("bob", 201, 1.0);
    net.lab.at(0, "alice", "send OPTIONS as a strict router would", () -> net.alice.sendRaw(
        "OPTIONS sip:192.0.2.10;lr SIP/2.0\nMax-Forwards: 70\nRoute: <sip:bob@192.0.2.201>\n"
            + "To: <sip:bob@example.com>\nFrom: <sip:alice@example.com>;tag=a1\n"
            + "Call-ID: strict@192.0.2.101\nCSeq: 1 OPTIONS\nContent-Length: 0\n\n", PROXY));
    net.lab.runUntil(1_000_000);
    SipRequest copy = (SipRequest) net.lab.first("proxy", "bob", "OPTIONS");
    assertEquals("sip:bob@192.0.2.201", copy.requestUri().toString());
    assertEquals(List.of(), copy.routes());
    assertEquals(List.of("alice>proxy OPTIONS", "proxy>bob OPTIONS", "bob>proxy 200",
        "proxy>alice 200"), net.lab.sends());
    assertTrue(bob.seen.contains("request OPTIONS"));
  }

  @Test
  @DisplayName("towards a strict router, the Request-URI goes to the end of the Route and the"
      + " router's URI becomes the Request-URI")
  void requestToAStrictRouter() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.at(0, "alice", "send OPTIONS routed through a strict router", () ->
        net.alice.sendRaw("OPTIONS sip:bob@example.com SIP/2.0\nMax-Forwards: 70\n"
            + "Route: <sip:192.0.2.10;lr>, <sip:192.0.2.201>\nTo: <sip:bob@example.com>\n"
            + "From: <sip:alice@example.com>;tag=a1\nCall-ID: strict2@192.0.2.101\n"
            + "CSeq: 1 OPTIONS\nContent-Length: 0\n\n", PROXY));
    net.lab.runUntil(1_000_000);
    SipRequest copy = (SipRequest) net.lab.first("proxy", "bob", "OPTIONS");
    assertEquals("sip:192.0.2.201", copy.requestUri().toString());
    assertEquals(List.of("<sip:bob@192.0.2.201>"),
        copy.routes().stream().map(NameAddress::toString).toList());
  }
}
