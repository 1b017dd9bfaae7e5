package org.siplab.auth;

import static org.siplab.auth.VerificationOutcome.Kind.MALFORMED_CREDENTIALS;
import static org.siplab.auth.VerificationOutcome.Kind.NO_CREDENTIALS_FOR_REALM;
import static org.siplab.auth.VerificationOutcome.Kind.REPLAYED_NONCE_COUNT;
import static org.siplab.auth.VerificationOutcome.Kind.STALE_NONCE;
import static org.siplab.auth.VerificationOutcome.Kind.UNKNOWN_NONCE;
import static org.siplab.auth.VerificationOutcome.Kind.UNKNOWN_USER;
import static org.siplab.auth.VerificationOutcome.Kind.WRONG_RESPONSE;
import static org.siplab.auth.VerificationOutcome.failure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The server side of Digest (a registrar, proxy or UAS): it issues challenges and verifies
 * credentials, RFC 2617 section 3.3 and RFC 3261 sections 22.2 to 22.4.
 *
 * <p>Verification order, so that each outcome names the first real problem:
 *
 * <ol>
 *   <li>realm, algorithm, qop, well-formedness, opaque, uri ({@link FormChecks});
 *   <li>the nonce is one this server issued and still remembers;
 *   <li>the user exists;
 *   <li>the response is right: the digest is checked before staleness because RFC 2617 section
 *       3.2.1 sets stale=true only for "a valid digest for that nonce";
 *   <li>the nonce is not stale;
 *   <li>the nonce count is higher than any seen with this nonce (only then is it recorded).
 * </ol>
 */
public final class DigestServer {

  private final DigestPolicy policy;
  private final NonceService nonces;

  public DigestServer(DigestPolicy policy, NonceService nonces) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  public DigestPolicy policy() {
    return policy;
  }

  /** A challenge with a new nonce issued at {@code nowUs}. */
  public DigestChallenge challenge(long nowUs) {
    return challenge(nowUs, false);
  }

  /**
   * A challenge with a new nonce; {@code stale} after {@link
   * VerificationOutcome.Reaction#CHALLENGE_STALE}. The algorithm is always named, and qop always
   * offered (RFC 3261 section 22.4 item 8: servers MUST always send a qop parameter).
   */
  public DigestChallenge challenge(long nowUs, boolean stale) {
    return new DigestChallenge(
        policy.realm(),
        List.of(),
        nonces.issue(nowUs),
        policy.opaque(),
        stale,
        Optional.of(policy.algorithm().token()),
        policy.qopOffered().stream().map(Qop::token).toList(),
        policy.offerUserhash());
  }

  /**
   * Verifies a request given the parameters of all its Authorization (or Proxy-Authorization)
   * Digest values, as the SIP codec reads them. The first value for this server's realm is
   * verified.
   */
  public VerificationOutcome verify(
      DigestRequest request,
      List<Map<String, String>> credentialValues,
      PasswordLookup passwords,
      long nowUs) {
    List<Map<String, String>> ours =
        credentialValues.stream()
            .filter(
                values ->
                    policy.realm().equals(new ParameterReader(values).get("realm").orElse(null)))
            .toList();
    if (ours.isEmpty()) {
      return failure(NO_CREDENTIALS_FOR_REALM, noCredentialsExplanation(credentialValues));
    }
    Parsed<DigestCredentials> parsed = DigestCredentials.fromParameters(ours.get(0));
    if (parsed instanceof Parsed.Missing<DigestCredentials> missing) {
      return failure(MALFORMED_CREDENTIALS, missing.explanation(), missing.rfcSection());
    }
    return verify(request, ((Parsed.Ok<DigestCredentials>) parsed).value(), passwords, nowUs);
  }

  /** Verifies one set of credentials against the request at virtual time {@code nowUs}. */
  public VerificationOutcome verify(
      DigestRequest request, DigestCredentials credentials, PasswordLookup passwords, long nowUs) {
    FormChecks form = new FormChecks(policy, request, credentials);
    Optional<VerificationOutcome> formFailure = form.firstFailure();
    if (formFailure.isPresent()) {
      return formFailure.get();
    }
    NonceService.NonceStatus nonceStatus = nonces.status(credentials.nonce(), nowUs);
    if (nonceStatus == NonceService.NonceStatus.UNKNOWN) {
      return failure(
          UNKNOWN_NONCE,
          text(
              "The nonce \"%s\" was not issued by this server, or was forgotten two lifetimes"
                  + " after it was issued.",
              credentials.nonce()));
    }
    Optional<String> user = resolveUser(credentials, passwords);
    Optional<String> password = user.flatMap(passwords::passwordOf);
    if (password.isEmpty()) {
      return failure(
          UNKNOWN_USER,
          text(
              "There is no user \"%s\" in realm \"%s\", so no password to check the response"
                  + " against.",
              credentials.username(), policy.realm()));
    }
    String expected = expectedResponse(request, credentials, form, user.get(), password.get());
    if (!expected.equalsIgnoreCase(credentials.response())) {
      return failure(
          WRONG_RESPONSE,
          text(
              "The response %s is not the digest of user \"%s\" with the right password"
                  + " (expected %s): most likely a wrong password.",
              credentials.response(), user.get(), expected));
    }
    return afterGoodDigest(credentials, nonceStatus, user.get());
  }

  private VerificationOutcome afterGoodDigest(
      DigestCredentials credentials, NonceService.NonceStatus nonceStatus, String user) {
    if (nonceStatus == NonceService.NonceStatus.STALE) {
      return failure(
          STALE_NONCE,
          text(
              "The password is right but the nonce has expired (its lifetime is %d us); the"
                  + " server challenges again with stale=true so the client retries with a new"
                  + " nonce without asking the user.",
              nonces.lifetimeUs()));
    }
    // RFC 2617 section 3.2.2: "if the same nc-value is seen twice, then the request is a replay".
    // Only with a qop: FormChecks has then made sure nc is present and 8 hex digits.
    if (credentials.qop().isPresent()
        && !nonces.acceptCount(
            credentials.nonce(), Long.parseLong(credentials.nc().orElseThrow(), 16))) {
      return failure(
          REPLAYED_NONCE_COUNT,
          text(
              "The nonce count nc=%s was already used with this nonce (or is too far below the"
                  + " highest count used with it to tell), so the request may be a replay of an"
                  + " earlier one.",
              credentials.nc().get()));
    }
    return VerificationOutcome.ok(
        user,
        text(
            "User \"%s\" proved knowledge of the password for realm \"%s\".",
            user, policy.realm()));
  }

  /** RFC 7616 section 3.4.4: with userhash=true the username parameter is H(username ":" realm). */
  private Optional<String> resolveUser(DigestCredentials credentials, PasswordLookup passwords) {
    if (!credentials.userhash()) {
      return Optional.of(credentials.username());
    }
    return passwords.usernameForHash(policy.algorithm(), policy.realm(), credentials.username());
  }

  private String expectedResponse(
      DigestRequest request,
      DigestCredentials credentials,
      FormChecks form,
      String user,
      String password) {
    DigestAlgorithm algorithm = form.algorithmUsed().orElseThrow();
    Qop qop = form.qopUsed().orElseThrow();
    String cnonce = credentials.cnonce().orElse(null);
    String ha1 =
        DigestCalculator.ha1(
            algorithm, user, credentials.realm(), password, credentials.nonce(), cnonce);
    // The digest covers the digest-uri the client sent, not the Request-URI (RFC 2617 3.2.2.5).
    String ha2 =
        DigestCalculator.ha2(algorithm, qop, request.method(), credentials.uri(), request.body());
    return DigestCalculator.response(
        algorithm, ha1, credentials.nonce(), credentials.nc().orElse(null), cnonce, qop, ha2);
  }

  private String noCredentialsExplanation(List<Map<String, String>> credentialValues) {
    if (credentialValues.isEmpty()) {
      return text(
          "The request carries no credentials, so the server challenges it for realm \"%s\".",
          policy.realm());
    }
    List<String> realms =
        credentialValues.stream()
            .map(values -> new ParameterReader(values).get("realm").orElse("(none)"))
            .toList();
    return text(
        "The request carries credentials only for realms %s, none for \"%s\"; credentials for"
            + " another realm must be left for that realm's server.",
        realms, policy.realm());
  }

  private static String text(String template, Object... values) {
    return String.format(Locale.ROOT, template, values);
  }
}
