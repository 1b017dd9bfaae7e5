package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;

@DisplayName("a phone calls through outbound proxies, challenges and redirects (RFC 3665"
    + " section 3)")
class ProxyFlowsTest {

  private static final Map<String, String> ALICE_PASSWORD = Map.of("alice", "cleartext");

  /**
   * Alice behind proxy-1 (atlanta.example.com), Bob behind proxy-2 (biloxi.example.com); both
   * proxies record-route; proxy-2 knows where Bob is.
   */
  private static PhoneLab twoProxies(String realm1, String realm2, PhoneConfig bob) {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "192.0.2.101", Phones.alice().withProxies("proxy-1"));
    Phone b = lab.phone("bob", "192.0.2.201", bob.withProxies("proxy-2"));
    lab.proxy("proxy-1", "192.0.2.10", realm1, ALICE_PASSWORD, true, uri -> Optional.empty());
    lab.proxy("proxy-2", "192.0.2.20", realm2, ALICE_PASSWORD, true,
        PhoneLab.locate(Phones.BOB, b));
    lab.sim.serveDomain("atlanta.example.com", "proxy-1");
    lab.sim.serveDomain("biloxi.example.com", "proxy-2");
    return lab;
  }

  @Test
  @DisplayName("through two proxies: the first challenges with 407, the call proceeds, and the"
      + " callee's BYE follows the route set back (RFC 3665 3.2)")
  void twoProxies() {
    PhoneLab lab = twoProxies("atlanta.example.com", null, Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(3_000_000, "bob", "hang up", () -> Phones.phone(lab, "bob").hangup());
    lab.runUntil(5_000_000);
    assertEquals(List.of("alice>proxy-1 INVITE", "proxy-1>alice 407", "alice>proxy-1 ACK",
        "alice>proxy-1 INVITE", "proxy-1>alice 100", "proxy-1>proxy-2 INVITE",
        "proxy-2>proxy-1 100", "proxy-2>bob INVITE", "bob>proxy-2 180", "proxy-2>proxy-1 180",
        "proxy-1>alice 180", "bob>proxy-2 200", "proxy-2>proxy-1 200", "proxy-1>alice 200",
        "alice>proxy-1 ACK", "proxy-1>proxy-2 ACK", "proxy-2>bob ACK",
        "bob>proxy-2 BYE", "proxy-2>proxy-1 BYE", "proxy-1>alice BYE",
        "alice>proxy-1 200", "proxy-1>proxy-2 200", "proxy-2>bob 200"), lab.sends());
    SipMessage first = lab.message("alice>proxy-1 INVITE");
    assertEquals("<sip:192.0.2.10:5060;lr>", first.routes().get(0).text(),
        "the outbound proxy is a pre-existing route set (section 8.1.2)");
    SipMessage bye = lab.message("bob>proxy-2 BYE");
    assertEquals(List.of("<sip:192.0.2.20:5060;lr>", "<sip:192.0.2.10:5060;lr>"),
        bye.routes().stream().map(r -> r.text()).toList());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("two proxies challenge: each 407 is ACKed, and the last INVITE carries every"
      + " Proxy-Authorization so far, with CSeq one up each time, and so does the ACK for its 2xx"
      + " (RFC 3665 3.3, RFC 3261 section 13.2.2.4)")
  void twoChallenges() {
    PhoneLab lab = twoProxies("atlanta.example.com", "biloxi.example.com", Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(3_000_000);
    assertEquals(List.of("alice>proxy-1 INVITE", "proxy-1>alice 407", "alice>proxy-1 ACK",
        "alice>proxy-1 INVITE", "proxy-1>alice 100", "proxy-1>proxy-2 INVITE",
        "proxy-2>proxy-1 407", "proxy-1>proxy-2 ACK", "proxy-1>alice 407", "alice>proxy-1 ACK",
        "alice>proxy-1 INVITE", "proxy-1>alice 100", "proxy-1>proxy-2 INVITE",
        "proxy-2>proxy-1 100", "proxy-2>bob INVITE", "bob>proxy-2 180", "proxy-2>proxy-1 180",
        "proxy-1>alice 180", "bob>proxy-2 200", "proxy-2>proxy-1 200", "proxy-1>alice 200",
        "alice>proxy-1 ACK", "proxy-1>proxy-2 ACK", "proxy-2>bob ACK"), lab.sends());
    List<SipMessage> invites = lab.messages("alice>proxy-1 INVITE");
    assertEquals(List.of(1L, 2L, 3L), invites.stream().map(m -> m.cseq().number()).toList());
    assertEquals(1, invites.stream().map(SipMessage::callId).distinct().count());
    assertEquals(1, invites.stream().map(m -> m.from().tag()).distinct().count());
    assertEquals(List.of("atlanta.example.com", "biloxi.example.com"),
        invites.get(2).values(HeaderName.PROXY_AUTHORIZATION, Credentials.class).stream()
            .map(c -> c.parameter("realm")).toList());
    // Section 13.2.2.4: "The ACK MUST contain the same credentials as the INVITE."
    SipMessage ackFor2xx = lab.messages("alice>proxy-1 ACK").get(2);
    assertEquals(invites.get(2).values(HeaderName.PROXY_AUTHORIZATION, Credentials.class),
        ackFor2xx.values(HeaderName.PROXY_AUTHORIZATION, Credentials.class), ackFor2xx.toString());
    assertEquals("in-call", Phones.phone(lab, "alice").state());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("when the first outbound proxy never answers, Timer B fires after 64*T1 and the"
      + " same INVITE goes to the second in a new transaction (RFC 3665 3.4)")
  void proxyFailover() {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "192.0.2.101", Phones.alice().withProxies("proxy-1", "proxy-2"));
    Phone bob = lab.phone("bob", "192.0.2.201", Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.proxy("proxy-1", "192.0.2.10", null, Map.of(), false, uri -> Optional.empty());
    lab.proxy("proxy-2", "192.0.2.20", "biloxi.example.com", ALICE_PASSWORD, false,
        PhoneLab.locate(Phones.BOB, bob));
    lab.dropAll("alice", "proxy-1");
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(40_000_000);
    List<String> sends = lab.sends();
    assertEquals(7, sends.stream().filter(s -> s.equals("alice>proxy-1 INVITE")).count(),
        "the INVITE and its six Timer A retransmissions");
    assertEquals(List.of("alice>proxy-2 INVITE", "proxy-2>alice 407", "alice>proxy-2 ACK",
        "alice>proxy-2 INVITE", "proxy-2>alice 100", "proxy-2>bob INVITE", "bob>proxy-2 180",
        "proxy-2>alice 180", "bob>proxy-2 200", "proxy-2>alice 200", "alice>bob ACK"),
        sends.subList(7, sends.size()));
    SipMessage toFirst = lab.message("alice>proxy-1 INVITE");
    SipMessage toSecond = lab.message("alice>proxy-2 INVITE");
    assertEquals(32_000_000, lab.sendEvents().get(7).timeUs(), "Timer B = 64*T1");
    assertEquals(toFirst.callId(), toSecond.callId());
    assertEquals(toFirst.cseq(), toSecond.cseq());
    assertTrue(!toFirst.topVia().branch().equals(toSecond.topVia().branch()));
    assertEquals("<sip:192.0.2.20:5060;lr>", toSecond.routes().get(0).text());
    assertTrue(lab.notes("alice").stream().anyMatch(n -> n.startsWith("fails over: proxy-1 did"
        + " not answer (Timer B fired)")), lab.notes("alice").toString());
    assertEquals("in-call", Phones.phone(lab, "alice").state());
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a 302 sends a new INVITE to its Contact with the same Call-ID, From and To and"
      + " the next CSeq; with a delayed offer the ACK carries the answer (RFC 3665 3.6)")
  void redirectAndDelayedOffer() {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "192.0.2.101", Phones.alice().withOffer(PhoneConfig.Offer.NONE));
    Phone bob = lab.phone("bob", "192.0.2.201", Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.sim.add(new TestRedirect("redirect", SipUris.require("sip:bob@chicago.example.com",
        "target")), "192.0.2.30", 5060);
    lab.proxy("proxy-3", "192.0.2.40", null, Map.of(), true,
        PhoneLab.locate("sip:bob@chicago.example.com", bob));
    lab.sim.serveDomain("biloxi.example.com", "redirect");
    lab.sim.serveDomain("chicago.example.com", "proxy-3");
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.at(3_000_000, "bob", "hang up", () -> bob.hangup());
    lab.runUntil(4_000_000);
    assertEquals(List.of("alice>redirect INVITE", "redirect>alice 302", "alice>redirect ACK",
        "alice>proxy-3 INVITE", "proxy-3>alice 100", "proxy-3>bob INVITE", "bob>proxy-3 180",
        "proxy-3>alice 180", "bob>proxy-3 200", "proxy-3>alice 200", "alice>proxy-3 ACK",
        "proxy-3>bob ACK", "bob>proxy-3 BYE", "proxy-3>alice BYE", "alice>proxy-3 200",
        "proxy-3>bob 200"), lab.sends());
    SipRequest first = (SipRequest) lab.message("alice>redirect INVITE");
    SipRequest second = (SipRequest) lab.message("alice>proxy-3 INVITE");
    assertEquals("sip:bob@chicago.example.com", second.requestUri().toString());
    assertEquals(first.callId(), second.callId());
    assertEquals(first.from(), second.from());
    assertEquals(first.to(), second.to());
    assertEquals(first.cseq().number() + 1, second.cseq().number());
    assertTrue(lab.message("alice>proxy-3 ACK").bodyText().startsWith("v=0"));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("an unanswered call through two proxies is CANCELed hop by hop (RFC 3665 3.8)")
  void noAnswerThroughProxies() {
    PhoneLab lab = twoProxies(null, null, Phones.bob().withAnswer(Phones.ringingForever()));
    Phone alice = Phones.phone(lab, "alice");
    lab.at(0, "alice", "call bob", () -> alice.call("bob"));
    lab.at(5_000_000, "alice", "cancel", alice::cancel);
    lab.runUntil(7_000_000);
    List<String> afterRinging = lab.sends().subList(lab.sends().indexOf("proxy-1>alice 180") + 1,
        lab.sends().size());
    assertEquals(List.of("alice>proxy-1 CANCEL", "proxy-1>alice 200", "proxy-1>proxy-2 CANCEL",
        "proxy-2>proxy-1 200", "proxy-2>bob CANCEL", "bob>proxy-2 200", "bob>proxy-2 487",
        "proxy-2>bob ACK", "proxy-2>proxy-1 487", "proxy-1>proxy-2 ACK", "proxy-1>alice 487",
        "alice>proxy-1 ACK"), afterRinging);
    assertEquals(lab.message("alice>proxy-1 INVITE").topVia().branch(),
        lab.message("alice>proxy-1 CANCEL").topVia().branch(), "section 9.1");
    assertEquals(List.of(), lab.findings(), lab.dump());
  }

  @Test
  @DisplayName("a 480 from the callee travels back through both proxies (RFC 3665 3.11)")
  void temporarilyUnavailableThroughProxies() {
    PhoneLab lab = twoProxies(null, null, Phones.bob().withAnswer(Phones.answering(2_000_000,
        480)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(4_000_000);
    assertEquals(List.of("alice>proxy-1 INVITE", "proxy-1>alice 100", "proxy-1>proxy-2 INVITE",
        "proxy-2>proxy-1 100", "proxy-2>bob INVITE", "bob>proxy-2 180", "proxy-2>proxy-1 180",
        "proxy-1>alice 180", "bob>proxy-2 480", "proxy-2>bob ACK", "proxy-2>proxy-1 480",
        "proxy-1>proxy-2 ACK", "proxy-1>alice 480", "alice>proxy-1 ACK"), lab.sends());
    assertTrue(lab.events().contains("alice failed"));
    assertEquals(List.of(), lab.findings(), lab.dump());
  }
}
