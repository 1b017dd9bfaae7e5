package org.siplab.element.redirect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.element.registrar.RegisteringPhone;
import org.siplab.element.registrar.RegistrarLab;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.SipMessage;
import org.siplab.message.SipUri;
import org.siplab.trace.TraceEvent;

/**
 * The redirect server (RFC 3261 section 8.3) on the registrar's network: reading the registrar's
 * location service or a fixed table, answered by a caller that follows redirects.
 */
@DisplayName("the redirect server (RFC 3261 section 8.3)")
class RedirectServerTest {

  private static final long SECOND = 1_000_000;
  private static final SipUri BOB = SipUri.of("bob", RegistrarLab.DOMAIN);

  /** The registrar's network with the redirect server at 192.0.2.11 and alice at .101. */
  private static final class Net {
    final RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers());
    final Caller alice = new Caller("alice", "alice");

    /** With the redirect server reading the registrar, or {@code config} when not null. */
    Net(RedirectConfig config) {
      RedirectServer redirect = new RedirectServer("redirect",
          config == null ? RedirectConfig.reading(lab.registrar) : config);
      lab.sim.add(redirect, "192.0.2.11", 5060);
      lab.sim.add(alice, "192.0.2.101", 5060);
    }

    void call(long atUs, SipUri target) {
      lab.at(atUs, "alice", "call " + target, () -> alice.call(Method.INVITE, target,
          lab.sim.node("redirect").endpoint()));
    }

    TraceEvent.Send sent(String from, String firstLineStart) {
      return lab.sendEvents().stream()
          .filter(s -> s.from().equals(from) && s.firstLine().startsWith(firstLineStart))
          .findFirst().orElseThrow(() -> new AssertionError(lab.sends().toString()));
    }
  }

  private final Net net = new Net(null);
  private final RegistrarLab lab = net.lab;
  private final Caller alice = net.alice;

  private void call(long atUs, SipUri target) {
    net.call(atUs, target);
  }

  private TraceEvent.Send sent(String from, String firstLineStart) {
    return net.sent(from, firstLineStart);
  }

  private static SipMessage parsed(TraceEvent.Send send) {
    return SipParser.parse(send.message()).orThrow();
  }

  @Test
  @DisplayName("RFC 3665 3.6: INVITE, 302 with the registered contact, ACK from the client"
      + " transaction, then the caller's new INVITE reaches the contact")
  void rfc3665Flow36() {
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    call(SECOND, BOB);
    lab.runUntil(3 * SECOND);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401",
        "bob>registrar REGISTER", "registrar>bob 200",
        "alice>redirect INVITE", "redirect>alice 302", "alice>redirect ACK",
        "alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK"), lab.sends());
    SipMessage moved = parsed(sent("redirect", "SIP/2.0 302"));
    assertEquals(List.of(bob.contact().withParameter(Parameter.of("expires", "3599"))),
        moved.contacts());
    assertTrue(moved.to().hasTag());
    SipMessage invite = parsed(sent("alice", "INVITE"));
    SipMessage ack = parsed(sent("alice", "ACK"));
    // Section 17.1.1.3: the ACK for a non-2xx has the INVITE's branch and CSeq number.
    assertEquals(invite.topVia().branch(), ack.topVia().branch());
    assertEquals("1 ACK", ack.cseq().toString());
    SipMessage retried = SipParser.parse(lab.sendEvents().get(7).message()).orThrow();
    assertEquals("INVITE sip:bob@192.0.2.20:5060 SIP/2.0", retried.startLine());
    assertEquals(invite.callId(), retried.callId());
    assertEquals(invite.from(), retried.from());
    assertEquals("2 INVITE", retried.cseq().toString());
    assertEquals(List.of("302 INVITE", "180 INVITE", "200 INVITE"), alice.seen);
  }

  @Test
  @DisplayName("several bindings are redirected to in q order, each with the seconds it has left")
  void qOrder() {
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register two contacts", () -> bob.register("register",
        b -> b.header(HeaderName.CONTACT, List.of(bob.contact("desk")
            .withParameter(Parameter.of("q", "0.2")), bob.contact("mobile")
            .withParameter(Parameter.of("q", "0.9"))))));
    call(10 * SECOND, BOB);
    lab.runUntil(11 * SECOND);
    assertEquals(List.of("<sip:mobile@192.0.2.20:5060>;q=0.9;expires=3590",
        "<sip:desk@192.0.2.20:5060>;q=0.2;expires=3590"),
        parsed(sent("redirect", "SIP/2.0 302")).contacts().stream()
            .map(NameAddress::toString).toList());
  }

  @Test
  @DisplayName("an address-of-record the location service does not know is answered 404")
  void unknown() {
    call(0, SipUri.of("nobody", RegistrarLab.DOMAIN));
    lab.runUntil(SECOND);
    assertEquals(List.of("alice>redirect INVITE", "redirect>alice 404", "alice>redirect ACK"),
        lab.sends());
    assertTrue(lab.lastSent("SIP/2.0 404").contains("sip:nobody@example.com is not an"
        + " address-of-record this server knows"));
  }

  @Test
  @DisplayName("a known address-of-record without a binding now is answered 480")
  void knownButAway() {
    call(0, SipUri.of("carol", RegistrarLab.DOMAIN));
    lab.runUntil(SECOND);
    assertEquals(List.of("alice>redirect INVITE", "redirect>alice 480", "alice>redirect ACK"),
        lab.sends());
    assertTrue(lab.events(TraceEvent.Action.class).stream().anyMatch(a ->
        a.element().equals("redirect") && a.detail().contains("no binding for"
            + " sip:carol@example.com")));
  }

  @Test
  @DisplayName("a fixed table redirects to its URIs in order, and an address mapped to none is"
      + " answered 480")
  void fixedTable() {
    Net t = new Net(RedirectConfig.withContacts(Map.of(
        SipUri.of("help", RegistrarLab.DOMAIN), List.of(SipUri.of("bob", "192.0.2.30"),
            SipUri.of("carol", "192.0.2.31")),
        SipUri.of("closed", RegistrarLab.DOMAIN), List.of())));
    t.alice.followsRedirects = false;
    t.call(0, SipUri.of("help", RegistrarLab.DOMAIN));
    t.call(0, SipUri.of("closed", RegistrarLab.DOMAIN));
    t.lab.runUntil(SECOND);
    List<String> contacts = parsed(t.sent("redirect", "SIP/2.0 302")).contacts().stream()
        .map(NameAddress::toString).toList();
    assertEquals(List.of("<sip:bob@192.0.2.30>", "<sip:carol@192.0.2.31>"), contacts);
    assertTrue(t.lab.sends().contains("redirect>alice 480"), t.lab.sends().toString());
  }

  @Test
  @DisplayName("a binding equal to the Request-URI is never redirected to: with no other, 404")
  void neverToItself() {
    SipUri self = SipUri.of("bob", "192.0.2.30");
    Net t = new Net(
        RedirectConfig.withContacts(Map.of(self, List.of(self))));
    t.alice.followsRedirects = false;
    t.call(0, self);
    t.lab.runUntil(SECOND);
    assertEquals("redirect>alice 404", t.lab.sends().get(1));
    assertTrue(t.lab.lastSent("SIP/2.0 404").contains("would loop"));
  }

  @Test
  @DisplayName("with a domain set, a request for another domain is answered 404")
  void otherDomain() {
    Net t = new Net(RedirectConfig.withContacts(Map.of(
        SipUri.of("help", "example.org"), List.of(SipUri.of("bob", "192.0.2.30"))))
        .withDomain(RegistrarLab.DOMAIN));
    t.alice.followsRedirects = false;
    t.call(0, SipUri.of("help", "example.org"));
    t.lab.runUntil(SECOND);
    assertEquals("redirect>alice 404", t.lab.sends().get(1));
    assertTrue(t.lab.lastSent("SIP/2.0 404").contains("redirects requests for example.com"
        + " only"));
  }

  @Test
  @DisplayName("a request other than INVITE is redirected too, and its 302 needs no ACK")
  void optionsRedirected() {
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.at(SECOND, "alice", "ask bob's options",
        () -> alice.call(Method.OPTIONS, BOB, lab.sim.node("redirect").endpoint()));
    lab.runUntil(2 * SECOND);
    assertEquals(List.of("alice>redirect OPTIONS", "redirect>alice 302",
        "alice>bob OPTIONS", "bob>alice 200"), lab.sends().subList(4, 8));
  }

  @Test
  @DisplayName("an OPTIONS addressed to the redirect server itself is answered 200 with an empty"
      + " Supported and no Allow, as a proxy answers one (RFC 3261 section 11.2)")
  void optionsToItself() {
    SipUri itself = SipUri.of(null, "192.0.2.11");
    lab.at(0, "alice", "ask the server's options",
        () -> alice.call(Method.OPTIONS, itself, lab.sim.node("redirect").endpoint()));
    lab.runUntil(SECOND);
    assertEquals(List.of("alice>redirect OPTIONS", "redirect>alice 200"), lab.sends());
    SipMessage ok = parsed(sent("redirect", "SIP/2.0 200"));
    assertEquals(List.of(), ok.supported());
    assertTrue(!ok.has(HeaderName.ALLOW));
    String text = org.siplab.explain.Annotator.annotate(lab.sim.trace())
        .get(sent("redirect", "SIP/2.0 200").seq());
    assertTrue(text.contains("the OPTIONS is addressed to the redirect server itself"), text);
  }

  @Test
  @DisplayName("an INVITE addressed to the redirect server itself is still refused, as section 8.3"
      + " says of a request it cannot redirect")
  void inviteToItselfRefused() {
    call(0, SipUri.of(null, "192.0.2.11"));
    lab.runUntil(SECOND);
    assertEquals(List.of("alice>redirect INVITE", "redirect>alice 404", "alice>redirect ACK"),
        lab.sends());
  }
}
