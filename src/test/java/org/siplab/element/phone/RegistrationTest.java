package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;
import org.siplab.trace.TraceEvent;

@DisplayName("a phone registers (RFC 3261 section 10.2, RFC 3665 section 2)")
class RegistrationTest {

  private static final String AOR = "sip:bob@biloxi.example.com";

  /** Bob asks for 7200 s; the registrar grants at most {@code maxExpires}. */
  private static PhoneLab lab(String password, long maxExpires) {
    PhoneLab lab = new PhoneLab();
    lab.registrar("registrar", "192.0.2.10", "biloxi.example.com", Map.of("bob", "zanzibar"),
        maxExpires);
    lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR).withPassword(password)
        .withRegistrar("registrar").withRegister(new PhoneConfig.Register(7200, true)));
    return lab;
  }

  @Test
  @DisplayName("a phone with no registrar and no other element serving its domain does not send"
      + " REGISTER to itself: the registration fails, saying why")
  void noRegistrarButItself() {
    PhoneLab lab = new PhoneLab();
    Phone bob = lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR));
    lab.at(0, "bob", "register", bob::register);
    lab.runUntil(1_000_000);
    assertEquals(List.of(), lab.sends());
    assertTrue(lab.notes("bob").stream().anyMatch(n -> n.contains("no registrar")),
        lab.notes("bob").toString());
  }

  @Test
  @DisplayName("the 401 is answered with credentials: same Call-ID and From tag, CSeq one up"
      + " (RFC 3665 2.1)")
  void successfulRegistration() {
    PhoneLab lab = lab("zanzibar", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.runUntil(1_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401", "bob>registrar REGISTER",
        "registrar>bob 200"), lab.sends());
    List<SipMessage> registers = lab.messages("bob>registrar REGISTER");
    SipMessage first = registers.get(0);
    SipMessage retry = registers.get(1);
    assertEquals(first.callId(), retry.callId());
    assertEquals(first.from().tag(), retry.from().tag());
    assertEquals(first.cseq().number() + 1, retry.cseq().number());
    assertFalse(first.has(HeaderName.AUTHORIZATION));
    assertTrue(retry.has(HeaderName.AUTHORIZATION));
    assertEquals("sip:biloxi.example.com", retry.startLine().split(" ")[1],
        "the Request-URI names the domain, without user (section 10.2)");
    assertEquals(List.of("idle -> registered"), lab.states("bob"));
    assertEquals(List.of("bob registered"), lab.events());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a wrong password gets a second 401, and the phone gives up saying so (RFC 3665"
      + " 2.5)")
  void wrongPassword() {
    PhoneLab lab = lab("wrong", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.runUntil(1_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401", "bob>registrar REGISTER",
        "registrar>bob 401"), lab.sends());
    assertTrue(lab.notes("bob").stream().anyMatch(n -> n.startsWith("gives up: the server"
        + " refused the credentials") && n.contains("password is wrong")),
        lab.notes("bob").toString());
    assertEquals("idle", phone(lab).state());
    assertEquals(List.of("bob registration-failed"), lab.events());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a phone without a password gives up on the first 401")
  void noPassword() {
    PhoneLab lab = new PhoneLab();
    lab.registrar("registrar", "192.0.2.10", "biloxi.example.com", Map.of("bob", "zanzibar"),
        3600);
    lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR).withRegistrar("registrar"));
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.runUntil(1_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401"), lab.sends());
    assertEquals(List.of("bob registration-failed"), lab.events());
  }

  @Test
  @DisplayName("whatever expiry the registrar grants, the phone refreshes 64*T1 before it runs"
      + " out (or halfway through a short one), with the same Call-ID and the next CSeq (section"
      + " 10.2.4)")
  void refreshBeforeExpiry() {
    qt().withFixedSeed(102L).withExamples(12)
        .forAll(longs().between(2, 7200))
        .checkAssert(granted -> {
          PhoneLab lab = lab("zanzibar", granted);
          lab.at(0, "bob", "register", () -> phone(lab).register());
          lab.runUntil(granted * 1_000_000L + 1_000_000);
          List<TraceEvent.Send> registers = lab.sendEvents().stream()
              .filter(s -> s.firstLine().startsWith("REGISTER")).toList();
          assertTrue(registers.size() >= 3, lab.sends().toString());
          long okAt = lab.sendEvents().get(3).timeUs() + 10_000;
          long lifeUs = granted * 1_000_000L;
          long expected = okAt + lifeUs - Math.min(32_000_000, lifeUs / 2);
          assertEquals(expected, registers.get(2).timeUs(), "refresh time for " + granted + " s");
          List<SipMessage> sent = lab.messages("bob>registrar REGISTER");
          assertEquals(sent.get(1).callId(), sent.get(2).callId());
          assertEquals(sent.get(1).cseq().number() + 1, sent.get(2).cseq().number());
          assertTrue(sent.get(2).has(HeaderName.AUTHORIZATION), "the refresh reuses the"
              + " credentials (section 22.2), so the registrar does not challenge it again");
          assertEquals(List.of(), lab.findings());
        });
  }

  @Test
  @DisplayName("unregister sends the phone's Contact with Expires: 0, and the phone is idle again"
      + " (section 10.2.2)")
  void unregister() {
    PhoneLab lab = lab("zanzibar", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.at(1_000_000, "bob", "unregister", () -> phone(lab).unregister());
    lab.runUntil(2_000_000);
    SipMessage last = lab.messages("bob>registrar REGISTER").get(2);
    assertEquals(0, last.expires());
    assertEquals(phone(lab).contact().uri(), last.contacts().get(0).uri());
    assertEquals(3, last.cseq().number());
    assertEquals(List.of(), registrar(lab).contacts("sip:bob@biloxi.example.com"));
    assertEquals(List.of("idle -> registered", "registered -> idle"), lab.states("bob"));
    assertTrue(lab.notes("bob").contains("unregistered: the registrar lists no binding (section"
        + " 10.2.2)"), lab.notes("bob").toString());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("unregister-all sends Contact: * with Expires: 0, and every binding of the AOR"
      + " goes (RFC 3665 2.4)")
  void unregisterAll() {
    PhoneLab lab = lab("zanzibar", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.at(1_000_000, "bob", "move", () -> phone(lab).move("192.0.2.99"));
    lab.at(1_000_001, "bob", "register again", () -> phone(lab).register());
    lab.at(2_000_000, "bob", "unregister all", () -> phone(lab).unregisterAll());
    lab.runUntil(3_000_000);
    SipMessage last = lab.messages("bob>registrar REGISTER").get(3);
    assertTrue(last.hasWildcardContact());
    assertEquals(0, last.expires());
    assertEquals(List.of(), registrar(lab).contacts("sip:bob@biloxi.example.com"));
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("registering again after a move adds the new Contact, and the 200 lists both"
      + " bindings (RFC 3665 2.2)")
  void updateOfContactList() {
    PhoneLab lab = lab("zanzibar", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.at(1_000_000, "bob", "move", () -> phone(lab).move("192.0.2.99"));
    lab.at(1_000_001, "bob", "register again", () -> phone(lab).register());
    lab.runUntil(2_000_000);
    assertEquals(List.of("<sip:bob@192.0.2.2:5060>", "<sip:bob@192.0.2.99:5060>"),
        registrar(lab).contacts("sip:bob@biloxi.example.com"));
    assertEquals(2, lab.messages("registrar>bob 200").get(1).contacts().size());
  }

  @Test
  @DisplayName("a query is a REGISTER without Contact, and the trace notes the bindings the 200"
      + " lists (RFC 3665 2.3)")
  void query() {
    PhoneLab lab = lab("zanzibar", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.at(1_000_000, "bob", "query", () -> phone(lab).query());
    lab.runUntil(2_000_000);
    SipMessage query = lab.messages("bob>registrar REGISTER").get(2);
    assertTrue(query.contacts().isEmpty() && !query.hasWildcardContact());
    assertEquals(-1, query.expires());
    assertTrue(lab.notes("bob").contains("bindings: the registrar lists"
        + " <sip:bob@192.0.2.2:5060>;expires=3599 (section 10.2.3)"), lab.notes("bob").toString());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a REGISTER asked for while another is pending waits for its final response"
      + " (section 10.2)")
  void oneRegisterAtATime() {
    PhoneLab lab = lab("zanzibar", 3600);
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.at(1, "bob", "query", () -> phone(lab).query());
    lab.runUntil(1_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401", "bob>registrar REGISTER",
        "registrar>bob 200", "bob>registrar REGISTER", "registrar>bob 200"), lab.sends());
    assertTrue(lab.notes("bob").stream().anyMatch(n -> n.startsWith("waits: query the"
        + " bindings waits")), lab.notes("bob").toString());
  }

  @Test
  @DisplayName("a refresh whose remembered nonce the registrar has forgotten is challenged once"
      + " more, and the phone answers the new challenge")
  void forgottenNonce() {
    PhoneLab lab = new PhoneLab();
    lab.sim.add(new TestRegistrar("registrar", new Challenges("biloxi.example.com",
        Map.of("bob", "zanzibar"), new java.util.SplittableRandom(3), 10_000_000L), 60),
        "192.0.2.10", 5060);
    lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR).withPassword("zanzibar")
        .withRegistrar("registrar"));
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.runUntil(40_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401", "bob>registrar REGISTER",
        "registrar>bob 200", "bob>registrar REGISTER", "registrar>bob 401",
        "bob>registrar REGISTER", "registrar>bob 200"), lab.sends());
    assertEquals(List.of("bob registered", "bob registered"), lab.events());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a 423 Interval Too Brief makes the phone ask again for the Min-Expires (section"
      + " 10.2.8)")
  void intervalTooBrief() {
    PhoneLab lab = new PhoneLab();
    lab.registrar("registrar", "192.0.2.10", null, Map.of(), 3600).minExpires(300);
    lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR).withRegistrar("registrar")
        .withRegister(new PhoneConfig.Register(60, true)));
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.runUntil(1_000_000);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 423", "bob>registrar REGISTER",
        "registrar>bob 200"), lab.sends());
    assertEquals(300, lab.messages("bob>registrar REGISTER").get(1).expires());
    assertEquals("registered", phone(lab).state());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("after a 423, the phone's refreshes ask for the Min-Expires, not the interval that"
      + " was refused (section 10.2.8)")
  void refreshAfterIntervalTooBrief() {
    PhoneLab lab = new PhoneLab();
    lab.registrar("registrar", "192.0.2.10", null, Map.of(), 3600).minExpires(300);
    lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR).withRegistrar("registrar")
        .withRegister(new PhoneConfig.Register(60, true)));
    lab.at(0, "bob", "register", () -> phone(lab).register());
    lab.runUntil(700_000_000);
    List<SipMessage> registers = lab.messages("bob>registrar REGISTER");
    assertTrue(registers.size() >= 3, lab.sends().toString());
    assertEquals(60, registers.get(0).expires());
    for (SipMessage later : registers.subList(1, registers.size())) {
      assertEquals(300, later.expires(), lab.sends().toString());
    }
    assertEquals(1, java.util.Collections.frequency(lab.sends(), "registrar>bob 423"));
  }

  private static TestRegistrar registrar(PhoneLab lab) {
    return (TestRegistrar) lab.sim.node("registrar").element();
  }

  private static Phone phone(PhoneLab lab) {
    return (Phone) lab.sim.node("bob").element();
  }
}
