package org.siplab.element.registrar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.auth.DigestAlgorithm;
import org.siplab.message.CSeq;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.sim.LinkProfile;

/**
 * Step 3 of RFC 3261 section 10.3 with Digest (RFC 2617, RFC 7616, qop=auth): replays, stale
 * nonces, SHA-256 and broken credentials, through the registrar's {@code DigestServer}.
 */
@DisplayName("a registrar's digest authentication (RFC 3261 section 10.3 step 3)")
class DigestRegistrationTest {

  private static final long SECOND = 1_000_000;
  private static final List<String> CHALLENGED_THEN_REGISTERED = List.of(
      "bob>registrar REGISTER", "registrar>bob 401", "bob>registrar REGISTER",
      "registrar>bob 200");

  @Test
  @DisplayName("a REGISTER that replays a nonce count already used is challenged again and changes"
      + " nothing")
  void replayedNonceCount() {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers());
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.at(SECOND, "bob", "replay the authorized REGISTER with a new CSeq and a new contact",
        () -> {
          SipRequest replay = bob.lastAuthorized();
          bob.sendAsIs(replay.with(HeaderName.CSEQ, new CSeq(7, Method.REGISTER))
              .with(HeaderName.CONTACT, bob.contact("intruder")));
        });
    lab.runUntil(2 * SECOND);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 401"),
        lab.sends().subList(4, 6));
    assertTrue(lab.notes("challenges").get(1)
        .contains("nc=00000001 was already used with this nonce"),
        lab.notes("challenges").toString());
    assertEquals(List.of("added sip:bob@192.0.2.20:5060"), lab.bindingChanges());
  }

  @Test
  @DisplayName("a correct answer to an expired nonce gets 401 with stale=true, and the answer to"
      + " the new nonce is accepted")
  void staleNonce() {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers()
        .withNonceLifetimeUs(30 * SECOND));
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.at(40 * SECOND, "bob", "refresh with the old nonce", () -> bob.register(3600));
    lab.runUntil(41 * SECOND);
    assertEquals(CHALLENGED_THEN_REGISTERED, lab.sends().subList(4, 8));
    assertTrue(lab.lastSent("SIP/2.0 401").contains("stale=true"), lab.lastSent("SIP/2.0 401"));
    assertTrue(lab.notes("challenges").get(1).contains("the nonce has expired"));
    assertEquals(List.of("200", "200"), bob.outcomes);
  }

  @Test
  @DisplayName("with algorithm SHA-256 the challenge names it and the 64-digit answer is accepted")
  void sha256() {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers()
        .withAlgorithm(DigestAlgorithm.SHA_256));
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.runUntil(SECOND);
    assertEquals(CHALLENGED_THEN_REGISTERED, lab.sends());
    assertTrue(lab.lastSent("SIP/2.0 401").contains("algorithm=SHA-256"));
    String response = bob.lastAuthorized().authorization().get(0).parameter("response");
    assertEquals(64, response.length());
    assertEquals(1, lab.registrar.lookup("sip:bob@example.com").size());
  }

  @Test
  @DisplayName("credentials without a response directive are answered 400")
  void malformedCredentials() {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers());
    RegisteringPhone bob = lab.phone("bob", "bob");
    Credentials noResponse = new Credentials("Digest", Parameters.of(
        Parameter.quoted("username", "bob"), Parameter.quoted("realm", "example.com"),
        Parameter.quoted("nonce", "0123"), Parameter.quoted("uri", "sip:example.com")));
    lab.at(0, "bob", "send credentials without response", () -> bob.sendAsIs(
        bob.nextRegister().header(HeaderName.CONTACT, bob.contact())
            .header(HeaderName.AUTHORIZATION, noResponse).build()));
    lab.runUntil(SECOND);
    assertEquals(List.of("bob>registrar REGISTER", "registrar>bob 400"), lab.sends());
    assertTrue(lab.lastSent("SIP/2.0 400").contains("response"));
  }

  @Test
  @DisplayName("nonces come from the registrar's seeded random: the same seed gives the same"
      + " challenge, another seed another one")
  void noncesFollowTheSeed() {
    assertEquals(nonceOfRun(1), nonceOfRun(1));
    assertTrue(!nonceOfRun(1).equals(nonceOfRun(2)));
  }

  private static String nonceOfRun(long seed) {
    RegistrarLab lab = new RegistrarLab(RegistrarLab.withUsers(), seed,
        LinkProfile.ofDelay(10_000));
    RegisteringPhone bob = lab.phone("bob", "bob");
    lab.at(0, "bob", "register", () -> bob.register(3600));
    lab.runUntil(SECOND);
    return bob.lastAuthorized().authorization().get(0).parameter("nonce");
  }
}
