package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.element.registrar.Registrar;
import org.siplab.element.registrar.RegistrarConfig;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.SipMessage;

@DisplayName("replay-nonce-count")
class ReplayNonceCountTest {

  /** {@code alice} registers with a real registrar at 0 s and again at 1 s. */
  static PhoneLab registerTwice(PhoneConfig alice) {
    PhoneLab lab = new PhoneLab();
    lab.phone("alice", "192.0.2.101", alice.withRegistrar("registrar"));
    lab.sim.add(new Registrar("registrar", RegistrarConfig.of("atlanta.example.com")
        .withUsers(Map.of("alice", "cleartext"))), "192.0.2.10", 5060);
    lab.at(0, "alice", "register", () -> Phones.phone(lab, "alice").register());
    lab.at(1_000_000, "alice", "register", () -> Phones.phone(lab, "alice").register());
    lab.runUntil(3_000_000);
    return lab;
  }

  private static Credentials credentials(SipMessage register) {
    return register.values(HeaderName.AUTHORIZATION, Credentials.class).get(0);
  }

  @Test
  @DisplayName("a correct phone signs its second REGISTER with the cached nonce and nc=00000002,"
      + " and the registrar accepts it at once")
  void correctPhoneCountsOn() {
    PhoneLab lab = registerTwice(Phones.alice());
    assertEquals(List.of("alice>registrar REGISTER", "registrar>alice 401",
        "alice>registrar REGISTER", "registrar>alice 200",
        "alice>registrar REGISTER", "registrar>alice 200"), lab.sends(), lab.dump());
    List<SipMessage> registers = lab.messages("alice>registrar REGISTER");
    assertEquals("00000002", credentials(registers.get(2)).parameter("nc"));
  }

  @Test
  @DisplayName("with the switch, the second REGISTER repeats nc=00000001 with the same nonce; the"
      + " registrar takes it for a replay and challenges again, and the phone answers the new"
      + " challenge (RFC 2617 section 3.2.2)")
  void replayIsChallenged() {
    PhoneLab lab = registerTwice(Phones.alice().withMisbehave(Misbehaviour.REPLAY_NONCE_COUNT));
    assertEquals(List.of("alice>registrar REGISTER", "registrar>alice 401",
        "alice>registrar REGISTER", "registrar>alice 200",
        "alice>registrar REGISTER", "registrar>alice 401",
        "alice>registrar REGISTER", "registrar>alice 200"), lab.sends(), lab.dump());
    List<SipMessage> registers = lab.messages("alice>registrar REGISTER");
    Credentials first = credentials(registers.get(1));
    Credentials replayed = credentials(registers.get(2));
    assertEquals(first.parameter("nonce"), replayed.parameter("nonce"));
    assertEquals("00000001", first.parameter("nc"));
    assertEquals("00000001", replayed.parameter("nc"));
    Credentials fresh = credentials(registers.get(3));
    assertTrue(!fresh.parameter("nonce").equals(first.parameter("nonce")), "a new nonce");
    assertEquals("00000001", fresh.parameter("nc"));
    assertTrue(lab.notes("alice").stream().anyMatch(n -> n.startsWith(
        "misbehaves: replay-nonce-count: nc=00000001 again with nonce")), lab.dump());
    assertEquals("registered", Phones.phone(lab, "alice").state());
    assertEquals(List.of(), lab.rules(), lab.dump());
  }
}
