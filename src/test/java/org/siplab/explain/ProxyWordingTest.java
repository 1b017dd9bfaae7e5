package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("the wording of proxies, a B2BUA and a redirect server (RFC 3261 16, 8.3)")
class ProxyWordingTest {

  private static final String ALICE_VIA = "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKa";
  private static final String FROM = "From: <sip:alice@atlanta.example.com>;tag=a1";
  private static final String TO = "To: <sip:bob@biloxi.example.com>";

  private static String invite(String uri, String maxForwards, String callId, String... vias) {
    String[] head = {"INVITE " + uri + " SIP/2.0"};
    String[] rest = {"Max-Forwards: " + maxForwards, FROM, TO, "Call-ID: " + callId,
        "CSeq: 1 INVITE", "Contact: <sip:alice@192.0.2.1:5060>"};
    return Sip.msg(Sip.concat(Sip.concat(head, vias), rest));
  }

  private static String response(String status, String callId, String... vias) {
    String[] head = {"SIP/2.0 " + status};
    String[] rest = {FROM, TO + ";tag=b1", "Call-ID: " + callId, "CSeq: 1 INVITE"};
    return Sip.msg(Sip.concat(Sip.concat(head, vias), rest));
  }

  /** alice's INVITE reaches the proxy, which sends 100 Trying and forks it to bob and carol. */
  private static final class Forked {
    final TraceBuilder b = new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("proxy", "proxy", "192.0.2.3:5060").element("bob", "phone", "192.0.2.2:5060")
        .element("carol", "phone", "192.0.2.4:5060");
    final long sent = b.send(0, b.script(0, "alice", "call bob"), "alice", "proxy",
        invite("sip:bob@biloxi.example.com", "70", "c1", ALICE_VIA), "z9hG4bKa/INVITE", null);
    final long arrived = b.deliver(10_000, sent);
    final long trying = b.send(10_000, arrived, "proxy", "alice",
        response("100 Trying", "c1", ALICE_VIA).replace(";tag=b1", ""), "z9hG4bKa/INVITE", null);
    final long toBob = b.send(10_000, arrived, "proxy", "bob", invite("sip:bob@192.0.2.2:5060",
        "69", "c1", "Via: SIP/2.0/UDP 192.0.2.3:5060;branch=z9hG4bKp1", ALICE_VIA)
        .replace("Max-Forwards: 69", "Max-Forwards: 69\r\nRecord-Route: <sip:192.0.2.3;lr>"),
        "z9hG4bKp1/INVITE", null);
    final long toCarol = b.send(10_000, arrived, "proxy", "carol", invite("sip:carol@192.0.2.4",
        "69", "c1", "Via: SIP/2.0/UDP 192.0.2.3:5060;branch=z9hG4bKp2", ALICE_VIA),
        "z9hG4bKp2/INVITE", null);
    final long ringing = b.send(20_000, b.deliver(20_000, toBob), "bob", "proxy",
        response("180 Ringing", "c1", "Via: SIP/2.0/UDP 192.0.2.3:5060;branch=z9hG4bKp1",
            ALICE_VIA), "z9hG4bKp1/INVITE", null);
    final long ringingArrived = b.deliver(30_000, ringing);
    final long relayed = b.send(30_000, ringingArrived, "proxy", "alice",
        response("180 Ringing", "c1", ALICE_VIA), "z9hG4bKa/INVITE", null);
    final Map<Long, String> text = Annotator.annotate(b.trace());
  }

  @Test
  @DisplayName("a proxy forwards a request with its own Via, Max-Forwards less one (16.6)")
  void forwardsRequest() {
    Forked f = new Forked();
    assertEquals("proxy forwards the INVITE delivered at seq 3 to bob (one of 2 copies: the proxy"
        + " forks): it adds its own Via (branch z9hG4bKp1), Max-Forwards 70 -> 69, adds a"
        + " Record-Route so that later requests of the dialog pass it too, Request-URI"
        + " sip:bob@biloxi.example.com -> sip:bob@192.0.2.2:5060 (RFC 3261 16.6).",
        f.text.get(f.toBob));
    assertTrue(f.text.get(f.toCarol).startsWith("proxy forwards the INVITE delivered at seq 3 to"
        + " carol (one of 2 copies: the proxy forks): it adds its own Via (branch z9hG4bKp2)"),
        f.text.get(f.toCarol));
    assertEquals("notes/forking.md", Annotator.notes(f.b.trace()).get(f.toBob));
  }

  @Test
  @DisplayName("a proxy forwards a response with its own Via taken off (16.7)")
  void forwardsResponse() {
    Forked f = new Forked();
    assertEquals("proxy forwards the 180 Ringing to INVITE delivered at seq " + f.ringingArrived
        + " back to alice: it takes its own Via off the top, and the next Via names where the"
        + " response goes (RFC 3261 16.7 steps 3 and 9).", f.text.get(f.relayed));
  }

  @Test
  @DisplayName("a stateful proxy sends 100 Trying itself and never forwards one (16.2)")
  void proxyTrying() {
    Forked f = new Forked();
    assertEquals("proxy answers the INVITE delivered at seq 3 with 100 Trying: a stateful proxy"
        + " sends a provisional response at once, like a UAS, so the INVITE is not retransmitted;"
        + " a 100 is never forwarded (RFC 3261 16.2, 21.1.1).", f.text.get(f.trying));
  }

  @Test
  @DisplayName("a proxy's own responses: 407 (22.3), 408 (16.7), 404 (16.5), and its CANCEL")
  void proxysOwnMessages() {
    Forked f = new Forked();
    long challenge = f.b.send(10_000, f.arrived, "proxy", "alice", response("407 Proxy"
        + " Authentication Required", "c1", ALICE_VIA).replace("CSeq: 1 INVITE", "CSeq: 1 INVITE"
        + "\r\nProxy-Authenticate: Digest realm=\"atlanta.example.com\", nonce=\"f84f1cec41e6\""),
        "z9hG4bKa/INVITE", null);
    long timeout = f.b.send(10_000, f.arrived, "proxy", "alice", response("408 Request Timeout",
        "c1", ALICE_VIA), "z9hG4bKa/INVITE", null);
    long notFound = f.b.send(10_000, f.arrived, "proxy", "alice", response("404 Not Found", "c1",
        ALICE_VIA), "z9hG4bKa/INVITE", null);
    long unavailable = f.b.send(10_000, f.arrived, "proxy", "alice",
        response("480 Temporarily Unavailable", "c1", ALICE_VIA), "z9hG4bKa/INVITE", null);
    long cancel = f.b.send(10_000, f.arrived, "proxy", "carol", Sip.msg("CANCEL sip:carol@192.0.2.4"
        + " SIP/2.0", "Via: SIP/2.0/UDP 192.0.2.3:5060;branch=z9hG4bKp2", "Max-Forwards: 70", FROM,
        TO, "Call-ID: c1", "CSeq: 1 CANCEL"), "z9hG4bKp2/CANCEL", null);
    Map<Long, String> text = Annotator.annotate(f.b.trace());
    assertEquals("proxy challenges the INVITE delivered at seq 3 with 407 Proxy Authentication"
        + " Required: the INVITE carried no Proxy-Authorization header; Proxy-Authenticate gives"
        + " the nonce to answer (RFC 3261 22.3).", text.get(challenge));
    assertTrue(text.get(timeout).endsWith("with 408 Request Timeout: no final response came on"
        + " any branch in time (RFC 3261 16.7 step 6, 21.4.9)."), text.get(timeout));
    assertTrue(text.get(notFound).endsWith("with 404 Not Found: the target is no address of"
        + " record this server knows a way to (a resource that does not exist here); its note"
        + " says why (RFC 3261 16.5, 21.4.5)."), text.get(notFound));
    assertTrue(text.get(unavailable).endsWith("with 480 Temporarily Unavailable: the location"
        + " service has no binding for the target now: the user is known but not registered"
        + " (RFC 3261 16.5, 21.4.18)."), text.get(unavailable));
    assertEquals("proxy cancels its pending branch to carol, on the INVITE delivered at seq 3:"
        + " CANCEL with the Call-ID c1, From tag a1, Request-URI sip:carol@192.0.2.4, branch"
        + " z9hG4bKp2 of the INVITE sent at seq 6, and its CSeq number (CSeq 1 CANCEL)"
        + " (RFC 3261 16.10, 16.7 step 10, 9.1).",
        text.get(cancel));
  }

  @Test
  @DisplayName("a B2BUA's second call leg has its own Call-ID, and it relays the callee's answers")
  void backToBackUserAgent() {
    TraceBuilder b = new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("pbx", "pbx", "192.0.2.6:5060").element("bob", "phone", "192.0.2.2:5060");
    long arrived = b.deliver(10_000, b.send(0, 0, "alice", "pbx", invite("sip:200@192.0.2.6",
        "70", "leg-1", ALICE_VIA), "z9hG4bKa/INVITE", null));
    long leg = b.send(10_000, arrived, "pbx", "bob", invite("sip:bob@192.0.2.2:5060", "70",
        "leg-2", "Via: SIP/2.0/UDP 192.0.2.6:5060;branch=z9hG4bKx"), "z9hG4bKx/INVITE", null);
    long rang = b.deliver(30_000, b.send(20_000, b.deliver(20_000, leg), "bob", "pbx",
        response("180 Ringing", "leg-2", "Via: SIP/2.0/UDP 192.0.2.6:5060;branch=z9hG4bKx"),
        "z9hG4bKx/INVITE", null));
    long relayed = b.send(30_000, rang, "pbx", "alice", response("180 Ringing", "leg-1",
        ALICE_VIA), "z9hG4bKa/INVITE", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("pbx, a B2BUA, places the second call leg to bob, on the INVITE delivered at seq"
        + " 2 from its other call leg: a new INVITE, From tag a1, CSeq 1 INVITE, with its own"
        + " Call-ID leg-2, not a copy of the caller's (Call-ID leg-1) (RFC 3261 6, 8.1.1.4).",
        text.get(leg));
    assertTrue(text.get(relayed).startsWith("pbx answers the INVITE delivered at seq 2 with 180"
        + " Ringing, on the 180 Ringing to INVITE delivered at seq " + rang + " from its other call"
        + " leg: the callee is being alerted"), text.get(relayed));
    assertEquals("notes/proxy-versus-b2bua.md", Annotator.notes(b.trace()).get(leg));
  }

  @Test
  @DisplayName("a PBX's 404 and 405 are chan_sip's get_destination and handle_request")
  void pbxRefusals() {
    TraceBuilder b = new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("pbx", "pbx", "192.0.2.6:5060");
    long arrived = b.deliver(10_000, b.send(0, 0, "alice", "pbx", invite("sip:999@192.0.2.6",
        "70", "c9", ALICE_VIA), "z9hG4bKa/INVITE", null));
    long notFound = b.send(10_000, arrived, "pbx", "alice", response("404 Not Found", "c9",
        ALICE_VIA), "z9hG4bKa/INVITE", null);
    long notAllowed = b.send(10_000, arrived, "pbx", "alice", response("405 Method Not Allowed",
        "c9", ALICE_VIA), "z9hG4bKa/INVITE", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertTrue(text.get(notFound).endsWith("with 404 Not Found: the PBX has nowhere to send the"
        + " call: no extension of its dialplan matches (chan_sip's get_destination), or the"
        + " extension's target is served by no element; its note says which (RFC 3261 21.4.5)."),
        text.get(notFound));
    assertTrue(text.get(notAllowed).endsWith("with 405 Method Not Allowed: it does not handle"
        + " INVITE; its Allow header lists what it does, as chan_sip's handle_request answers"
        + " every method it does not know (RFC 3261 21.4.6)."), text.get(notAllowed));
  }

  @Test
  @DisplayName("a redirect server answers 302 with the Contact to try (8.3)")
  void redirect() {
    TraceBuilder b = new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("redirector", "redirect", "192.0.2.7:5060");
    long arrived = b.deliver(10_000, b.send(0, 0, "alice", "redirector",
        invite("sip:bob@biloxi.example.com", "70", "c3", ALICE_VIA), "z9hG4bKa/INVITE", null));
    long moved = b.send(10_000, arrived, "redirector", "alice", response("302 Moved Temporarily",
        "c3", ALICE_VIA, "Contact: <sip:bob@192.0.2.2:5060>"), "z9hG4bKa/INVITE", null);
    assertEquals("redirector redirects the INVITE delivered at seq 2 with 302 Moved Temporarily:"
        + " the request should be tried at sip:bob@192.0.2.2:5060 instead, with a new request"
        + " from the caller (RFC 3261 8.3, 21.3.3).", Annotator.annotate(b.trace()).get(moved));
  }

  @Test
  @DisplayName("a callee's refusals: 486 Busy Here, 603 Decline, 480 Temporarily Unavailable")
  void calleeRefusals() {
    TraceBuilder b = new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        .element("bob", "phone", "192.0.2.2:5060");
    long arrived = b.deliver(10_000, b.send(0, 0, "alice", "bob", invite("sip:bob@192.0.2.2",
        "70", "c4", ALICE_VIA), "z9hG4bKa/INVITE", null));
    long busy = b.send(10_000, arrived, "bob", "alice", response("486 Busy Here", "c4",
        ALICE_VIA), "z9hG4bKa/INVITE", null);
    long decline = b.send(10_000, arrived, "bob", "alice", response("603 Decline", "c4",
        ALICE_VIA), "z9hG4bKa/INVITE", null);
    long away = b.send(10_000, arrived, "bob", "alice", response("480 Temporarily Unavailable",
        "c4", ALICE_VIA), "z9hG4bKa/INVITE", null);
    Map<Long, String> text = Annotator.annotate(b.trace());
    assertEquals("bob answers the INVITE delivered at seq 2 with 486 Busy Here: the callee is busy"
        + " (RFC 3261 13.3.1.3, 21.4.24).", text.get(busy));
    assertTrue(text.get(decline).endsWith("the callee declines the call (RFC 3261 13.3.1.3,"
        + " 21.6.2)."), text.get(decline));
    assertTrue(text.get(away).endsWith("the callee is known but cannot take the call now (RFC"
        + " 3261 21.4.18)."), text.get(away));
  }
}
