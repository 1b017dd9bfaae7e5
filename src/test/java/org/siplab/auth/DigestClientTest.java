package org.siplab.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Digest client")
class DigestClientTest {

  private static final DigestRequest INVITE = DigestRequest.of("INVITE", "sip:bob@biloxi.com");
  private static final NonceSource CNONCE = () -> "0a4f113b";

  private static DigestChallenge challenge(Optional<String> algorithm, List<String> qop) {
    return new DigestChallenge(
        "biloxi.com",
        List.of(),
        "dcd98b7102dd2f0e8b11d0f600bfb0c093",
        Optional.of("5ccc069c403ebaf9f0171e9517f40e41"),
        false,
        algorithm,
        qop,
        false);
  }

  private static DigestCredentials answer(DigestChallenge challenge, long nc) {
    ClientAnswer answer = DigestClient.answer(challenge, "bob", "zanzibar", INVITE, CNONCE, nc);
    return assertInstanceOf(ClientAnswer.Answered.class, answer).credentials();
  }

  @Test
  @DisplayName("offered auth and auth-int, the client picks auth and reproduces draft-smith 3.2")
  void choosesAuthWhenOffered() {
    DigestCredentials credentials =
        answer(challenge(Optional.empty(), List.of("auth", "auth-int")), 1);
    assertEquals(Optional.of("auth"), credentials.qop());
    assertEquals(Optional.of("00000001"), credentials.nc());
    assertEquals(Optional.of("0a4f113b"), credentials.cnonce());
    assertEquals(Optional.of("5ccc069c403ebaf9f0171e9517f40e41"), credentials.opaque());
    assertEquals("89eb0059246c02b2f6ee02c7961d5ea3", credentials.response());
  }

  @Test
  @DisplayName(
      "offered no qop, the client answers in the RFC 2069 form and reproduces draft-smith 3.1")
  void noQopWhenNoneOffered() {
    DigestCredentials credentials = answer(challenge(Optional.empty(), List.of()), 1);
    assertEquals(Optional.empty(), credentials.qop());
    assertEquals(Optional.empty(), credentials.cnonce(), "no cnonce without qop (RFC 2617 3.2.2)");
    assertEquals(Optional.empty(), credentials.nc(), "no nc without qop (RFC 2617 3.2.2)");
    assertEquals("bf57e4e0d0bffc0fbaedce64d59add5e", credentials.response());
  }

  @Test
  @DisplayName("offered only auth-int, the client must still send a qop and uses auth-int")
  void authIntWhenOnlyOffered() {
    assertEquals(
        Optional.of("auth-int"), answer(challenge(Optional.empty(), List.of("auth-int")), 1).qop());
  }

  @Test
  @DisplayName("the nonce count is written as 8 lowercase hex digits")
  void nonceCountFormat() {
    assertEquals(
        Optional.of("0000001a"), answer(challenge(Optional.empty(), List.of("auth")), 26).nc());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            DigestClient.answer(
                challenge(Optional.empty(), List.of("auth")),
                "bob",
                "zanzibar",
                INVITE,
                CNONCE,
                0));
  }

  @Test
  @DisplayName("the challenge's algorithm token is echoed as supplied")
  void algorithmEchoed() {
    DigestCredentials credentials = answer(challenge(Optional.of("MD5-sess"), List.of("auth")), 1);
    assertEquals(Optional.of("MD5-sess"), credentials.algorithm());
    assertEquals("e4e4ea61d186d07a92c9e1f6919902e9", credentials.response(), "draft-smith 3.4");
  }

  @Test
  @DisplayName(
      "a challenge with an unknown algorithm or only unknown qop values cannot be answered")
  void cannotAnswerUnknowns() {
    ClientAnswer sha1 =
        DigestClient.answer(
            challenge(Optional.of("SHA-1"), List.of("auth")), "bob", "zanzibar", INVITE, CNONCE, 1);
    assertEquals(
        "RFC 2617 section 3.2.1",
        assertInstanceOf(ClientAnswer.CannotAnswer.class, sha1).rfcSection());
    ClientAnswer conf =
        DigestClient.answer(
            challenge(Optional.empty(), List.of("auth-conf")),
            "bob",
            "zanzibar",
            INVITE,
            CNONCE,
            1);
    assertInstanceOf(ClientAnswer.CannotAnswer.class, conf);
  }

  @Test
  @DisplayName(
      "the credentials map prints in the order username, realm, nonce, uri, response, then the"
          + " optional ones")
  void credentialsParameterOrder() {
    Map<String, String> parameters =
        answer(challenge(Optional.of("MD5"), List.of("auth")), 1).toParameters();
    assertEquals(
        List.of(
            "username",
            "realm",
            "nonce",
            "uri",
            "response",
            "algorithm",
            "cnonce",
            "opaque",
            "qop",
            "nc"),
        List.copyOf(parameters.keySet()));
  }
}
