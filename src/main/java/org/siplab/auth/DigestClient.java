package org.siplab.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The client side of Digest: turns a challenge, the user's name and password, and the request being
 * retried into credentials (RFC 2617 section 3.2.2, RFC 3261 sections 22.2 and 22.3).
 *
 * <p>The qop is chosen as follows: {@code auth} when offered; otherwise {@code auth-int} when
 * offered (RFC 3261 section 22.4 item 8: a client that receives a qop MUST send one); no qop when
 * the challenge offers none (the RFC 2069 form).
 */
public final class DigestClient {

  private static final long MAX_NONCE_COUNT = 0xffffffffL;

  private DigestClient() {}

  /**
   * Answers a challenge.
   *
   * @param request the request being retried: method, Request-URI (sent as the digest-uri) and body
   * @param cnonces where the client nonce comes from; used only when a qop is chosen
   * @param nonceCount how many requests, this one included, the client has sent with this nonce (1
   *     for the first); RFC 2617 section 3.2.2 nonce-count
   */
  public static ClientAnswer answer(
      DigestChallenge challenge,
      String username,
      String password,
      DigestRequest request,
      NonceSource cnonces,
      long nonceCount) {
    if (nonceCount < 1 || nonceCount > MAX_NONCE_COUNT) {
      throw new IllegalArgumentException("nc counts from 1 to ffffffff, not " + nonceCount);
    }
    Optional<DigestAlgorithm> algorithm = challenge.knownAlgorithm();
    if (algorithm.isEmpty()) {
      return cannot(
          "RFC 2617 section 3.2.1",
          "The challenge uses algorithm %s, which this client does not know, so it must ignore"
              + " the challenge.",
          challenge.algorithm().orElseThrow());
    }
    Optional<Qop> qop = chooseQop(challenge);
    if (qop.isEmpty()) {
      return cannot(
          "RFC 3261 section 22.4",
          "The challenge offers qop %s but this client knows only auth and auth-int, and it must"
              + " answer with a qop it was offered.",
          challenge.qopOptions());
    }
    if (qop.get() == Qop.NONE && algorithm.get().isSession()) {
      return cannot(
          "RFC 3261 section 22.4",
          "The challenge asks for %s without offering a qop, but that algorithm needs a cnonce,"
              + " which needs a qop.",
          algorithm.get().token());
    }
    // RFC 2617 section 3.2.2: cnonce and nc "MUST NOT be specified" without a qop.
    Choice choice =
        qop.get() == Qop.NONE
            ? new Choice(algorithm.get(), Qop.NONE, Optional.empty(), Optional.empty())
            : new Choice(
                algorithm.get(),
                qop.get(),
                Optional.of(cnonces.next()),
                Optional.of(String.format(Locale.ROOT, "%08x", nonceCount)));
    return new ClientAnswer.Answered(credentials(challenge, choice, username, password, request));
  }

  private static ClientAnswer cannot(String rfcSection, String template, Object... values) {
    return new ClientAnswer.CannotAnswer(String.format(Locale.ROOT, template, values), rfcSection);
  }

  private static Optional<Qop> chooseQop(DigestChallenge challenge) {
    if (challenge.qopOptions().isEmpty()) {
      return Optional.of(Qop.NONE);
    }
    for (Qop preferred : new Qop[] {Qop.AUTH, Qop.AUTH_INT}) {
      if (challenge.qopOptions().stream().anyMatch(preferred.token()::equalsIgnoreCase)) {
        return Optional.of(preferred);
      }
    }
    return Optional.empty();
  }

  /** What the client settled on; cnonce and nc are present exactly when a qop is. */
  private record Choice(
      DigestAlgorithm algorithm, Qop qop, Optional<String> cnonce, Optional<String> nc) {}

  private static DigestCredentials credentials(
      DigestChallenge challenge,
      Choice choice,
      String username,
      String password,
      DigestRequest request) {
    DigestAlgorithm algorithm = choice.algorithm();
    String realm = challenge.realm();
    String cnonce = choice.cnonce().orElse(null);
    String ha1 =
        DigestCalculator.ha1(algorithm, username, realm, password, challenge.nonce(), cnonce);
    String ha2 =
        DigestCalculator.ha2(
            algorithm, choice.qop(), request.method(), request.requestUri(), request.body());
    String response =
        DigestCalculator.response(
            algorithm, ha1, challenge.nonce(), choice.nc().orElse(null), cnonce, choice.qop(), ha2);
    return new DigestCredentials(
        challenge.userhash() ? DigestCalculator.userhash(algorithm, username, realm) : username,
        realm,
        challenge.nonce(),
        request.requestUri(),
        response,
        challenge.algorithm(), // RFC 2617 section 3.2.2: the challenge's algorithm, as supplied
        choice.cnonce(),
        challenge.opaque(), // RFC 2617 section 3.2.1: opaque returned unchanged
        choice.qop() == Qop.NONE ? Optional.empty() : Optional.of(choice.qop().token()),
        choice.nc(),
        challenge.userhash());
  }
}
