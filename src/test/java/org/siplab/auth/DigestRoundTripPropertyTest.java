package org.siplab.auth;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

@DisplayName("Digest client and server agree")
class DigestRoundTripPropertyTest {

  /** Any text without surrogates, so that every string has exactly one UTF-8 encoding. */
  private static final Gen<String> TEXT =
      strings().betweenCodePoints(0x20, 0xD7FF).ofLengthBetween(1, 24);

  private static final Gen<String> METHODS =
      Generate.pick(List.of("INVITE", "REGISTER", "BYE", "OPTIONS", "MESSAGE", "SUBSCRIBE"));

  private static final Gen<DigestRequest> REQUESTS =
      METHODS.zip(
          strings().basicLatinAlphabet().ofLengthBetween(1, 40),
          strings().allPossible().ofLengthBetween(0, 60),
          (method, uri, body) ->
              new DigestRequest(method, "sip:" + uri, body.getBytes(StandardCharsets.UTF_8)));

  private static final Gen<DigestPolicy> POLICIES =
      Generate.enumValues(DigestAlgorithm.class)
          .zip(
              Generate.pick(
                  List.of(
                      List.of(Qop.AUTH), List.of(Qop.AUTH_INT), List.of(Qop.AUTH_INT, Qop.AUTH))),
              Generate.booleans(),
              (algorithm, qops, userhash) ->
                  DigestPolicy.of("realm.example")
                      .withAlgorithm(algorithm)
                      .withQopOffered(qops)
                      .withOfferUserhash(userhash));

  @Test
  @DisplayName(
      "credentials made by the client for any user, password, method and uri verify on the server")
  void clientCredentialsVerify() {
    qt().withFixedSeed(20240611L)
        .withExamples(300)
        .forAll(TEXT.zip(TEXT, List::of), REQUESTS, POLICIES, Generate.longRange(1, 0xffffffffL))
        .check(
            (userAndPassword, request, policy, nc) ->
                verify(
                        userAndPassword.get(0),
                        userAndPassword.get(1),
                        userAndPassword.get(1),
                        request,
                        policy,
                        nc)
                    .isOk());
  }

  @Test
  @DisplayName("credentials made with any other password are refused as a wrong response")
  void otherPasswordIsRefused() {
    qt().withFixedSeed(20240612L)
        .withExamples(300)
        .forAll(
            TEXT.zip(TEXT, TEXT, List::of), REQUESTS, POLICIES, Generate.longRange(1, 0xffffffffL))
        .assuming(
            (userAndPasswords, request, policy, nc) ->
                !userAndPasswords.get(1).equals(userAndPasswords.get(2)))
        .check(
            (userAndPasswords, request, policy, nc) ->
                verify(
                            userAndPasswords.get(0),
                            userAndPasswords.get(1),
                            userAndPasswords.get(2),
                            request,
                            policy,
                            nc)
                        .kind()
                    == VerificationOutcome.Kind.WRONG_RESPONSE);
  }

  private static VerificationOutcome verify(
      String user,
      String realPassword,
      String typedPassword,
      DigestRequest request,
      DigestPolicy policy,
      long nc) {
    DigestServer server = DigestFixtures.server(policy);
    DigestChallenge challenge = server.challenge(0);
    DigestCredentials credentials =
        DigestFixtures.answer(challenge, user, typedPassword, request, nc);
    PasswordLookup passwords = PasswordLookup.of(Map.of(user, realPassword));
    return server.verify(request, credentials, passwords, 1_000);
  }
}
