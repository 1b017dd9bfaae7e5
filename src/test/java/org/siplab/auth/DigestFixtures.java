package org.siplab.auth;

import java.util.Map;
import java.util.SplittableRandom;

/** Small helpers shared by the auth tests: seeded nonce sources and a ready server. */
final class DigestFixtures {

  static final String REALM = "biloxi.com";
  static final long LIFETIME_US = 30_000_000L;
  static final PasswordLookup USERS =
      PasswordLookup.of(Map.of("bob", "zanzibar", "alice", "wonderland"));

  private DigestFixtures() {}

  static NonceSource nonces(long seed) {
    return NonceSource.hex(new SplittableRandom(seed), 16);
  }

  static DigestServer server(DigestPolicy policy) {
    return new DigestServer(policy, new NonceService(nonces(1), LIFETIME_US, 64));
  }

  static DigestCredentials answer(
      DigestChallenge challenge, String user, String password, DigestRequest request, long nc) {
    ClientAnswer answer = DigestClient.answer(challenge, user, password, request, nonces(2), nc);
    return ((ClientAnswer.Answered) answer).credentials();
  }
}
