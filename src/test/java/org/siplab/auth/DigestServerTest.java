package org.siplab.auth;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siplab.auth.DigestFixtures.LIFETIME_US;
import static org.siplab.auth.DigestFixtures.REALM;
import static org.siplab.auth.DigestFixtures.USERS;
import static org.siplab.auth.DigestFixtures.answer;
import static org.siplab.auth.VerificationOutcome.Kind;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Digest server")
class DigestServerTest {

  private static final DigestRequest REGISTER = DigestRequest.of("REGISTER", "sip:biloxi.com");

  private final DigestServer server = DigestFixtures.server(DigestPolicy.of(REALM));

  private VerificationOutcome verify(
      DigestRequest request, DigestCredentials credentials, long nowUs) {
    VerificationOutcome outcome = server.verify(request, credentials, USERS, nowUs);
    assertTrue(outcome.rfcSection().startsWith("RFC "), outcome.rfcSection());
    assertTrue(outcome.explanation().endsWith("."), outcome.explanation());
    return outcome;
  }

  private DigestCredentials bob(String password, DigestRequest request, long nc) {
    return answer(server.challenge(0), "bob", password, request, nc);
  }

  @Test
  @DisplayName("credentials made with the right password are accepted and name the user")
  void rightPasswordIsAccepted() {
    VerificationOutcome outcome = verify(REGISTER, bob("zanzibar", REGISTER, 1), 10);
    assertEquals(Kind.OK, outcome.kind());
    assertEquals(Optional.of("bob"), outcome.user());
    assertEquals(VerificationOutcome.Reaction.ACCEPT, outcome.reaction());
  }

  @Test
  @DisplayName("a wrong password gives a wrong response, answered with a new challenge")
  void wrongPasswordIsWrongResponse() {
    VerificationOutcome outcome = verify(REGISTER, bob("zanzibaR", REGISTER, 1), 10);
    assertEquals(Kind.WRONG_RESPONSE, outcome.kind());
    assertEquals(VerificationOutcome.Reaction.CHALLENGE, outcome.reaction());
  }

  @Test
  @DisplayName("a user the scenario does not define is an unknown user")
  void unknownUser() {
    DigestCredentials carol = answer(server.challenge(0), "carol", "x", REGISTER, 1);
    assertEquals(Kind.UNKNOWN_USER, verify(REGISTER, carol, 10).kind());
  }

  @Test
  @DisplayName("a nonce count used twice is rejected as a replay; a lower one not seen is not")
  void replayedCountIsRejected() {
    DigestChallenge challenge = server.challenge(0);
    DigestCredentials third = answer(challenge, "bob", "zanzibar", REGISTER, 3);
    assertEquals(Kind.OK, verify(REGISTER, third, 10).kind());
    assertEquals(Kind.REPLAYED_NONCE_COUNT, verify(REGISTER, third, 20).kind());
    DigestCredentials second = answer(challenge, "bob", "zanzibar", REGISTER, 2);
    assertEquals(Kind.OK, verify(REGISTER, second, 30).kind());
    assertEquals(Kind.REPLAYED_NONCE_COUNT, verify(REGISTER, second, 35).kind());
    DigestCredentials fourth = answer(challenge, "bob", "zanzibar", REGISTER, 4);
    assertEquals(Kind.OK, verify(REGISTER, fourth, 40).kind());
  }

  @Test
  @DisplayName(
      "after its lifetime a nonce with a right digest is stale, and the new challenge says"
          + " stale=true")
  void staleAfterLifetime() {
    DigestCredentials credentials = bob("zanzibar", REGISTER, 1);
    VerificationOutcome outcome = verify(REGISTER, credentials, LIFETIME_US);
    assertEquals(Kind.STALE_NONCE, outcome.kind());
    assertEquals(VerificationOutcome.Reaction.CHALLENGE_STALE, outcome.reaction());
    assertEquals("true", server.challenge(LIFETIME_US, true).toParameters().get("stale"));
  }

  @Test
  @DisplayName("an expired nonce with a wrong password is a wrong response, not stale")
  void staleOnlyWithRightDigest() {
    assertEquals(
        Kind.WRONG_RESPONSE, verify(REGISTER, bob("guess", REGISTER, 1), LIFETIME_US).kind());
  }

  @Test
  @DisplayName("a nonce this server never issued is an unknown nonce")
  void unknownNonce() {
    DigestChallenge forged =
        new DigestChallenge(
            REALM,
            List.of(),
            "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            Optional.empty(),
            false,
            Optional.of("MD5"),
            List.of("auth"),
            false);
    assertEquals(
        Kind.UNKNOWN_NONCE,
        verify(REGISTER, answer(forged, "bob", "zanzibar", REGISTER, 1), 5).kind());
  }

  @Test
  @DisplayName("a nonce is unknown once two lifetimes have passed and the server has forgotten it")
  void forgottenNonceIsUnknown() {
    assertEquals(
        Kind.UNKNOWN_NONCE, verify(REGISTER, bob("zanzibar", REGISTER, 1), 2 * LIFETIME_US).kind());
  }

  @Test
  @DisplayName("credentials for another realm are a realm mismatch")
  void realmMismatch() {
    DigestServer other = DigestFixtures.server(DigestPolicy.of("atlanta.com"));
    DigestCredentials credentials = answer(other.challenge(0), "bob", "zanzibar", REGISTER, 1);
    assertEquals(Kind.REALM_MISMATCH, verify(REGISTER, credentials, 5).kind());
  }

  @Test
  @DisplayName(
      "a request with no credentials, or none for this realm, has no credentials for this realm")
  void noCredentialsForRealm() {
    DigestServer other = DigestFixtures.server(DigestPolicy.of("atlanta.com"));
    DigestCredentials foreign = answer(other.challenge(0), "bob", "zanzibar", REGISTER, 1);
    VerificationOutcome none = server.verify(REGISTER, List.of(), USERS, 5);
    VerificationOutcome onlyForeign =
        server.verify(REGISTER, List.of(foreign.toParameters()), USERS, 5);
    assertEquals(Kind.NO_CREDENTIALS_FOR_REALM, none.kind());
    assertEquals(Kind.NO_CREDENTIALS_FOR_REALM, onlyForeign.kind());
    assertTrue(onlyForeign.explanation().contains("atlanta.com"), onlyForeign.explanation());
  }

  @Test
  @DisplayName("among several credentials the one for this server's realm is verified")
  void picksCredentialsOfItsRealm() {
    DigestServer other = DigestFixtures.server(DigestPolicy.of("atlanta.com"));
    DigestCredentials foreign = answer(other.challenge(0), "bob", "zanzibar", REGISTER, 1);
    DigestCredentials ours = bob("zanzibar", REGISTER, 1);
    VerificationOutcome outcome =
        server.verify(REGISTER, List.of(foreign.toParameters(), ours.toParameters()), USERS, 5);
    assertEquals(Kind.OK, outcome.kind());
  }

  @Test
  @DisplayName(
      "credentials computed for another uri are a uri mismatch, unless the policy allows it (RFC"
          + " 3261 22.4 item 6)")
  void uriMismatch() {
    DigestCredentials credentials =
        bob("zanzibar", DigestRequest.of("REGISTER", "sip:other.com"), 1);
    assertEquals(Kind.URI_MISMATCH, verify(REGISTER, credentials, 5).kind());
    DigestServer lenient =
        new DigestServer(
            DigestPolicy.of(REALM).withRequireUriMatch(false),
            new NonceService(DigestFixtures.nonces(1), LIFETIME_US, 64));
    DigestCredentials retargeted =
        answer(
            lenient.challenge(0),
            "bob",
            "zanzibar",
            DigestRequest.of("REGISTER", "sip:other.com"),
            1);
    assertEquals(Kind.OK, lenient.verify(REGISTER, retargeted, USERS, 5).kind());
  }

  @Test
  @DisplayName(
      "an algorithm the server does not know, or other than the one it challenged with, is"
          + " unsupported")
  void unsupportedAlgorithm() {
    DigestCredentials good = bob("zanzibar", REGISTER, 1);
    assertEquals(
        Kind.UNSUPPORTED_ALGORITHM,
        verify(REGISTER, withParameter(good, "algorithm", "SHA-1"), 5).kind());
    assertEquals(
        Kind.UNSUPPORTED_ALGORITHM,
        verify(REGISTER, withParameter(good, "algorithm", "SHA-256"), 5).kind());
    assertEquals(
        Kind.OK,
        verify(REGISTER, withParameter(good, "algorithm", "md5"), 5).kind(),
        "algorithm tokens are compared without regard to case");
  }

  @Test
  @DisplayName("a qop the server did not offer is unsupported")
  void unsupportedQop() {
    DigestCredentials good = bob("zanzibar", REGISTER, 1);
    assertEquals(
        Kind.UNSUPPORTED_QOP, verify(REGISTER, withParameter(good, "qop", "auth-conf"), 5).kind());
    assertEquals(
        Kind.UNSUPPORTED_QOP, verify(REGISTER, withParameter(good, "qop", "auth-int"), 5).kind());
  }

  @Test
  @DisplayName(
      "credentials lacking a required parameter, or with a qop but no nc, are malformed (400)")
  void malformedCredentials() {
    Map<String, String> noResponse =
        new LinkedHashMap<>(bob("zanzibar", REGISTER, 1).toParameters());
    noResponse.remove("response");
    VerificationOutcome missing = server.verify(REGISTER, List.of(noResponse), USERS, 5);
    assertEquals(Kind.MALFORMED_CREDENTIALS, missing.kind());
    assertEquals(VerificationOutcome.Reaction.BAD_REQUEST, missing.reaction());
    Map<String, String> noNc = new LinkedHashMap<>(bob("zanzibar", REGISTER, 1).toParameters());
    noNc.remove("nc");
    assertEquals(
        Kind.MALFORMED_CREDENTIALS, server.verify(REGISTER, List.of(noNc), USERS, 5).kind());
    DigestCredentials badNc = withParameter(bob("zanzibar", REGISTER, 1), "nc", "1");
    assertEquals(Kind.MALFORMED_CREDENTIALS, verify(REGISTER, badNc, 5).kind());
  }

  @Test
  @DisplayName(
      "MD5-sess without a qop is malformed, since the session key needs a cnonce (RFC 3261 22.4"
          + " item 8)")
  void sessionAlgorithmNeedsQop() {
    DigestServer sess =
        DigestFixtures.server(DigestPolicy.of(REALM).withAlgorithm(DigestAlgorithm.MD5_SESS));
    DigestChallenge challenge = sess.challenge(0);
    DigestCredentials credentials =
        new DigestCredentials(
            "bob",
            REALM,
            challenge.nonce(),
            "sip:biloxi.com",
            "00000000000000000000000000000000",
            Optional.of("MD5-sess"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false);
    VerificationOutcome outcome = sess.verify(REGISTER, credentials, USERS, 5);
    assertEquals(Kind.MALFORMED_CREDENTIALS, outcome.kind());
    assertEquals("RFC 3261 section 22.4", outcome.rfcSection());
  }

  @Test
  @DisplayName("an opaque not returned unchanged is an opaque mismatch")
  void opaqueMismatch() {
    DigestServer withOpaque = DigestFixtures.server(DigestPolicy.of(REALM).withOpaque("5ccc069c"));
    DigestCredentials good = answer(withOpaque.challenge(0), "bob", "zanzibar", REGISTER, 1);
    assertEquals(Optional.of("5ccc069c"), good.opaque());
    VerificationOutcome outcome =
        withOpaque.verify(REGISTER, withParameter(good, "opaque", "changed"), USERS, 5);
    assertEquals(Kind.OPAQUE_MISMATCH, outcome.kind());
    assertEquals(Kind.OK, withOpaque.verify(REGISTER, good, USERS, 5).kind());
  }

  @Test
  @DisplayName("RFC 2069 credentials without qop, cnonce and nc are still accepted (RFC 3261 22.4)")
  void rfc2069FormIsAccepted() {
    DigestChallenge challenge = server.challenge(0);
    DigestChallenge withoutQop =
        new DigestChallenge(
            challenge.realm(),
            List.of(),
            challenge.nonce(),
            Optional.empty(),
            false,
            Optional.empty(),
            List.of(),
            false);
    DigestCredentials credentials = answer(withoutQop, "bob", "zanzibar", REGISTER, 1);
    assertEquals(Optional.empty(), credentials.qop());
    assertEquals(Kind.OK, verify(REGISTER, credentials, 5).kind());
  }

  @Test
  @DisplayName("with qop=auth-int a body changed on the way gives a wrong response")
  void authIntCoversTheBody() {
    DigestServer authInt =
        DigestFixtures.server(DigestPolicy.of(REALM).withQopOffered(List.of(Qop.AUTH_INT)));
    DigestRequest sent =
        new DigestRequest(
            "INVITE", "sip:bob@biloxi.com", "v=0\r\n".getBytes(StandardCharsets.UTF_8));
    DigestRequest tampered =
        new DigestRequest(
            "INVITE", "sip:bob@biloxi.com", "v=1\r\n".getBytes(StandardCharsets.UTF_8));
    DigestCredentials credentials = answer(authInt.challenge(0), "bob", "zanzibar", sent, 1);
    assertEquals(Kind.WRONG_RESPONSE, authInt.verify(tampered, credentials, USERS, 5).kind());
    assertEquals(Kind.OK, authInt.verify(sent, credentials, USERS, 6).kind());
  }

  @Test
  @DisplayName("a hashed username (RFC 7616 userhash) is resolved to the user it stands for")
  void userhashIsResolved() {
    DigestServer hashing =
        DigestFixtures.server(
            DigestPolicy.of(REALM).withAlgorithm(DigestAlgorithm.SHA_256).withOfferUserhash(true));
    DigestCredentials credentials =
        answer(hashing.challenge(0), "alice", "wonderland", REGISTER, 1);
    assertTrue(credentials.userhash());
    assertFalse(credentials.username().contains("alice"));
    VerificationOutcome outcome = hashing.verify(REGISTER, credentials, USERS, 5);
    assertEquals(Kind.OK, outcome.kind());
    assertEquals(Optional.of("alice"), outcome.user());
  }

  @Test
  @DisplayName("every challenge names its algorithm and offers a qop (RFC 3261 22.4 item 8)")
  void challengeAlwaysOffersQop() {
    Map<String, String> parameters = server.challenge(0).toParameters();
    assertAll(
        () -> assertEquals("biloxi.com", parameters.get("realm")),
        () -> assertEquals("MD5", parameters.get("algorithm")),
        () -> assertEquals("auth", parameters.get("qop")),
        () -> assertEquals(32, parameters.get("nonce").length()));
  }

  private static DigestCredentials withParameter(
      DigestCredentials credentials, String name, String value) {
    Map<String, String> parameters = new LinkedHashMap<>(credentials.toParameters());
    parameters.put(name, value);
    return ((Parsed.Ok<DigestCredentials>) DigestCredentials.fromParameters(parameters)).value();
  }
}
