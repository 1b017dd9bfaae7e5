package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;

/** Section 16.3: what the proxy refuses to forward, and what it forwards anyway. */
@DisplayName("request validation (RFC 3261 section 16.3)")
class ValidationTest {

  private static final Endpoint PROXY = new Endpoint("192.0.2.10", 5060);

  private static String request(String method, String uri, String extra) {
    return method + " " + uri + " SIP/2.0\n"
        + "Max-Forwards: 70\n"
        + "To: <sip:bob@example.com>\n"
        + "From: <sip:alice@example.com>;tag=a1\n"
        + "Call-ID: raw-1@192.0.2.101\n"
        + "CSeq: 1 " + method + "\n"
        + extra
        + "Content-Length: 0\n\n";
  }

  @Test
  @DisplayName("a Request-URI whose scheme the proxy does not understand is answered 416")
  void unknownSchemeIs416() {
    OneProxy net = new OneProxy();
    net.lab.at(0, "alice", "send OPTIONS to a tel URI", () ->
        net.alice.sendRaw(request("OPTIONS", "tel:+15555550100", ""), PROXY));
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy OPTIONS", "proxy>alice 416"), net.lab.sends());
    assertTrue(net.lab.notes("proxy").get(0).contains("section 16.3 step 2"));
  }

  @Test
  @DisplayName("a request arriving with Max-Forwards 0 is answered 483 and goes no further")
  void maxForwardsZeroIs483() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.at(0, "alice", "send INVITE with Max-Forwards 0", () -> net.alice.sendRaw(
        request("INVITE", "sip:bob@example.com", "").replace("Max-Forwards: 70",
            "Max-Forwards: 0"), PROXY));
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy INVITE", "proxy>alice 483", "alice>proxy ACK"),
        net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("a Proxy-Require option tag the proxy does not know is answered 420 listing it in"
      + " Unsupported")
  void proxyRequireIs420() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.at(0, "alice", "send OPTIONS requiring an extension", () -> net.alice.sendRaw(
        request("OPTIONS", "sip:bob@example.com", "Proxy-Require: foo\n"), PROXY));
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy OPTIONS", "proxy>alice 420"), net.lab.sends());
    assertEquals(List.of("foo"), net.lab.first("proxy", "alice", "SIP/2.0 420").unsupported());
  }

  @Test
  @DisplayName("a CANCEL carrying Proxy-Require is not answered 420: section 8.2.2.3 says the"
      + " header MUST be ignored in a CANCEL, so one that matches no request of the proxy is"
      + " forwarded as any CANCEL is")
  void proxyRequireIsIgnoredInCancel() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.at(0, "alice", "send a CANCEL with Proxy-Require", () -> net.alice.sendRaw(
        request("CANCEL", "sip:bob@example.com", "Proxy-Require: foo\n"), PROXY));
    net.lab.runUntil(1_000_000);
    assertTrue(!net.lab.sends().contains("proxy>alice 420"), net.lab.sends().toString());
    assertEquals(List.of("alice>proxy CANCEL", "proxy>bob CANCEL"),
        net.lab.sends().subList(0, 2));
  }

  /** Proxies A (a.example) and B (b.example) whose location services send bob to each other. */
  private static Lab twoProxiesRetargeting(String aTarget, String bTarget, String carolAt) {
    Lab lab = new Lab();
    MemoryLocation a = new MemoryLocation().bind("sip:bob@a.example", Lab.sip(aTarget), 1.0);
    MemoryLocation b = new MemoryLocation().bind("sip:" + bTarget.substring(4).replaceAll(
        "@.*", "") + "@b.example", Lab.sip(bTarget), 1.0);
    if (carolAt != null) {
      a.bind("sip:carol@a.example", SipUri.of("carol", carolAt), 1.0);
    }
    TestPhone alice = lab.add(new TestPhone("alice", "alice", "a.example"), "192.0.2.101");
    lab.add(new StatefulProxy("proxyA", ProxyConfig.defaults().withDomain("a.example", a)),
        "192.0.2.10");
    lab.add(new StatefulProxy("proxyB", ProxyConfig.defaults().withDomain("b.example", b)),
        "192.0.2.20");
    lab.serve("a.example", "proxyA").serve("b.example", "proxyB");
    lab.at(0, "alice", "call bob", () -> alice.call("sip:bob@a.example"));
    return lab;
  }

  @Test
  @DisplayName("a request that comes back unchanged carrying the proxy's own Via has looped and is"
      + " answered 482")
  void loopIs482() {
    Lab lab = twoProxiesRetargeting("sip:bob@b.example", "sip:bob@a.example", null);
    lab.runUntil(2_000_000);
    assertEquals(List.of(
        "alice>proxyA INVITE", "proxyA>proxyB INVITE", "proxyA>alice 100",
        "proxyB>proxyA INVITE", "proxyB>proxyA 100", "proxyA>proxyB 482", "proxyB>proxyA ACK",
        "proxyB>proxyA 482", "proxyA>proxyB ACK", "proxyA>alice 482", "alice>proxyA ACK"),
        lab.sends());
    assertTrue(lab.notes("proxyA").stream().anyMatch(n -> n.contains("it has looped")),
        lab.notes("proxyA").toString());
  }

  @Test
  @DisplayName("a request that comes back with a new Request-URI is spiralling, not looping, and"
      + " is forwarded")
  void spiralIsForwarded() {
    TestPhone carol = new TestPhone("carol", "carol", "a.example");
    Lab lab = twoProxiesRetargeting("sip:carol@b.example", "sip:carol@a.example",
        "192.0.2.30");
    lab.add(carol, "192.0.2.30");
    lab.runUntil(2_000_000);
    assertTrue(lab.sends().contains("proxyA>carol INVITE"), lab.sends().toString());
    assertTrue(lab.sends().contains("proxyA>alice 200"), lab.sends().toString());
    assertEquals(List.of(), lab.findings());
  }
}
