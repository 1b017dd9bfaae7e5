package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.SipMessage;

@DisplayName("a phone registers (RFC 3261 section 10.2, RFC 3665 section 2)")
class RegistrationTest {

  private static final String AOR = "sip:bob@biloxi.example.com";

  private static PhoneLab lab(String password, long maxExpires) {
    PhoneLab lab = new PhoneLab();
    lab.registrar("registrar", "192.0.2.10", "biloxi.example.com", Map.of("bob", "zanzibar"),
        maxExpires);
    lab.phone("bob", "192.0.2.2", PhoneConfig.of(AOR).withPassword(password)
        .withRegistrar("registrar"));
    return lab;
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
    assertFalse(first.has(org.siplab.message.HeaderName.AUTHORIZATION));
    assertTrue(retry.has(org.siplab.message.HeaderName.AUTHORIZATION));
    assertEquals("sip:biloxi.example.com", retry.startLine().split(" ")[1],
        "the Request-URI names the domain, without user (section 10.2)");
    assertEquals(List.of("idle -> registered"), lab.states("bob"));
    assertEquals(List.of("bob registered"), lab.events());
    assertEquals(List.of(), lab.findings());
  }

  private static Phone phone(PhoneLab lab) {
    return (Phone) lab.sim.node("bob").element();
  }
}
