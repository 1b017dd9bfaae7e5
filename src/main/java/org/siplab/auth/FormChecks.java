package org.siplab.auth;

import static org.siplab.auth.VerificationOutcome.Kind.MALFORMED_CREDENTIALS;
import static org.siplab.auth.VerificationOutcome.Kind.OPAQUE_MISMATCH;
import static org.siplab.auth.VerificationOutcome.Kind.REALM_MISMATCH;
import static org.siplab.auth.VerificationOutcome.Kind.UNSUPPORTED_ALGORITHM;
import static org.siplab.auth.VerificationOutcome.Kind.UNSUPPORTED_QOP;
import static org.siplab.auth.VerificationOutcome.Kind.URI_MISMATCH;
import static org.siplab.auth.VerificationOutcome.failure;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of credentials that need no server state: do they answer this server's realm and
 * challenge, and are they well formed? Each returns the failure it finds, or empty.
 */
final class FormChecks {

  /** RFC 2617 section 3.2.2: nc-value = 8LHEX. Upper case is accepted, as many stacks are. */
  private static final Pattern NC_VALUE = Pattern.compile("[0-9a-fA-F]{8}");

  private final DigestPolicy policy;
  private final DigestRequest request;
  private final DigestCredentials credentials;

  FormChecks(DigestPolicy policy, DigestRequest request, DigestCredentials credentials) {
    this.policy = policy;
    this.request = request;
    this.credentials = credentials;
  }

  /** The first failure in the order realm, algorithm, qop, shape, opaque, uri. */
  Optional<VerificationOutcome> firstFailure() {
    return realm().or(this::algorithm).or(this::qop).or(this::shape).or(this::opaque).or(this::uri);
  }

  /** The algorithm the credentials name (MD5 when absent), if known. */
  Optional<DigestAlgorithm> algorithmUsed() {
    return credentials
        .algorithm()
        .map(DigestAlgorithm::fromToken)
        .orElse(Optional.of(DigestAlgorithm.WHEN_ABSENT));
  }

  /** The qop the credentials name ({@link Qop#NONE} when absent), if known. */
  Optional<Qop> qopUsed() {
    return credentials.qop().map(Qop::fromToken).orElse(Optional.of(Qop.NONE));
  }

  /**
   * RFC 3261 section 22.3: a credential "MUST NOT be consumed by any proxy whose realm does not
   * match the "realm" parameter", since it may be meant for another proxy on the path.
   */
  private Optional<VerificationOutcome> realm() {
    if (credentials.realm().equals(policy.realm())) {
      return Optional.empty();
    }
    return fail(
        REALM_MISMATCH,
        "The credentials are for realm \"%s\" but this server protects \"%s\"; they may be meant"
            + " for another server on the path.",
        credentials.realm(),
        policy.realm());
  }

  /** RFC 2617 section 3.2.2: the algorithm "must be those supplied in the WWW-Authenticate". */
  private Optional<VerificationOutcome> algorithm() {
    if (algorithmUsed().filter(policy.algorithm()::equals).isPresent()) {
      return Optional.empty();
    }
    return fail(
        UNSUPPORTED_ALGORITHM,
        "The credentials use algorithm %s, but this server challenged with %s and the credentials"
            + " must use the challenge's algorithm.",
        credentials.algorithm().orElse(DigestAlgorithm.WHEN_ABSENT.token()),
        policy.algorithm().token());
  }

  /**
   * RFC 2617 section 3.2.2: the qop "MUST be one of the alternatives the server indicated". No qop
   * at all is the RFC 2069 form, which RFC 3261 section 22.4 says SIP servers MUST still accept.
   */
  private Optional<VerificationOutcome> qop() {
    Optional<Qop> used = qopUsed();
    if (used.filter(qop -> qop == Qop.NONE || policy.qopOffered().contains(qop)).isPresent()) {
      return Optional.empty();
    }
    return fail(
        UNSUPPORTED_QOP,
        "The credentials use qop=%s, but this server offered only %s.",
        credentials.qop().orElseThrow(),
        policy.qopOffered().stream().map(Qop::token).toList());
  }

  private Optional<VerificationOutcome> shape() {
    if (qopUsed().orElseThrow() == Qop.NONE) {
      return sessionWithoutQop();
    }
    // RFC 2617 section 3.2.2: cnonce and nc "MUST be specified if a qop directive is sent".
    if (credentials.cnonce().isEmpty() || credentials.nc().isEmpty()) {
      return fail(
          MALFORMED_CREDENTIALS,
          "The credentials say qop=%s but lack cnonce or nc, which must come with a qop.",
          credentials.qop().orElseThrow());
    }
    if (!NC_VALUE.matcher(credentials.nc().orElseThrow()).matches()) {
      return fail(
          MALFORMED_CREDENTIALS,
          "The nonce count nc=%s is not 8 hexadecimal digits such as 00000001.",
          credentials.nc().orElseThrow());
    }
    return Optional.empty();
  }

  /** RFC 3261 section 22.4 item 8: algorithms that use the cnonce ("-sess") require a qop. */
  private Optional<VerificationOutcome> sessionWithoutQop() {
    DigestAlgorithm algorithm = algorithmUsed().orElseThrow();
    if (!algorithm.isSession()) {
      return Optional.empty();
    }
    return Optional.of(
        failure(
            MALFORMED_CREDENTIALS,
            String.format(
                Locale.ROOT,
                "Algorithm %s mixes the client's cnonce into the key, so the credentials must carry"
                    + " a qop and a cnonce; these carry neither.",
                algorithm.token()),
            "RFC 3261 section 22.4"));
  }

  /** RFC 2617 section 3.2.1: opaque "should be returned by the client unchanged". */
  private Optional<VerificationOutcome> opaque() {
    if (policy.opaque().isEmpty() || policy.opaque().equals(credentials.opaque())) {
      return Optional.empty();
    }
    return fail(
        OPAQUE_MISMATCH,
        "The credentials return opaque \"%s\" but the challenge gave \"%s\"; the client must send"
            + " it back unchanged.",
        credentials.opaque().orElse(""),
        policy.opaque().orElseThrow());
  }

  /**
   * RFC 2617 section 3.2.2.5: the digest-uri "MUST agree with the Request-URI". RFC 3261 section
   * 22.4 item 6 allows a SIP server to skip this; {@link DigestPolicy#requireUriMatch()} decides.
   */
  private Optional<VerificationOutcome> uri() {
    if (!policy.requireUriMatch() || credentials.uri().equals(request.requestUri())) {
      return Optional.empty();
    }
    return fail(
        URI_MISMATCH,
        "The credentials were computed for uri \"%s\" but the request is for \"%s\".",
        credentials.uri(),
        request.requestUri());
  }

  private static Optional<VerificationOutcome> fail(
      VerificationOutcome.Kind kind, String template, Object... values) {
    return Optional.of(failure(kind, String.format(Locale.ROOT, template, values)));
  }
}
