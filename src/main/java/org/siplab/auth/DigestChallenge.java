package org.siplab.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A Digest challenge, the value of WWW-Authenticate (401) or Proxy-Authenticate (407): RFC 2617
 * section 3.2.1, RFC 7616 section 3.3, RFC 3261 sections 22.2 and 22.3.
 *
 * <p>Values are unquoted. The algorithm is kept as the token received so that a client can see it
 * does not know it (RFC 2617 section 3.2.1: an unknown algorithm means the challenge is ignored).
 *
 * @param realm the protection space, shown to the user
 * @param domain the URIs of the protection space; empty when absent
 * @param nonce the server's nonce
 * @param opaque returned unchanged by the client
 * @param stale true when the previous request failed only because its nonce had expired
 * @param algorithm the algorithm token; absent means MD5
 * @param qopOptions the qop values offered, e.g. auth and auth-int; empty when absent
 * @param userhash whether the server accepts hashed usernames (RFC 7616 section 3.4.4)
 */
public record DigestChallenge(
    String realm,
    List<String> domain,
    String nonce,
    Optional<String> opaque,
    boolean stale,
    Optional<String> algorithm,
    List<String> qopOptions,
    boolean userhash) {

  /**
   * RFC 7616 section 3.3: "a sender MUST only generate the quoted string syntax values for the
   * following parameters: realm, domain, nonce, opaque, and qop"; stale and algorithm (and
   * userhash) are tokens and MUST NOT be quoted.
   */
  private static final List<String> QUOTED = List.of("realm", "domain", "nonce", "opaque", "qop");

  public DigestChallenge {
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(opaque, "opaque");
    Objects.requireNonNull(algorithm, "algorithm");
    domain = List.copyOf(domain);
    qopOptions = List.copyOf(qopOptions);
  }

  /** Whether a challenge parameter of this name is printed as a quoted-string (else as a token). */
  public static boolean isQuoted(String parameterName) {
    return QUOTED.stream().anyMatch(name -> name.equalsIgnoreCase(parameterName));
  }

  /** The algorithm, if this side knows it; MD5 when the parameter is absent. */
  public Optional<DigestAlgorithm> knownAlgorithm() {
    return algorithm
        .map(DigestAlgorithm::fromToken)
        .orElse(Optional.of(DigestAlgorithm.WHEN_ABSENT));
  }

  /**
   * Reads a challenge from its parameters (names in any case; unknown ones ignored, as RFC 2617
   * section 3.2.1 requires for auth-param). Realm and nonce are required.
   */
  public static Parsed<DigestChallenge> fromParameters(Map<String, String> parameters) {
    ParameterReader reader = new ParameterReader(parameters);
    Optional<String> missing = reader.firstMissing(List.of("realm", "nonce"));
    if (missing.isPresent()) {
      return new Parsed.Missing<>(
          missing.get(),
          "a Digest challenge must carry realm and nonce; this one has no " + missing.get(),
          "RFC 2617 section 3.2.1");
    }
    return new Parsed.Ok<>(
        new DigestChallenge(
            reader.get("realm").orElseThrow(),
            reader.list("domain", "\\s+"),
            reader.get("nonce").orElseThrow(),
            reader.get("opaque"),
            reader.flag("stale"),
            reader.get("algorithm"),
            reader.list("qop", ","),
            reader.flag("userhash")));
  }

  /**
   * The parameters in print order (realm, domain, nonce, opaque, stale, algorithm, qop, userhash),
   * unquoted; absent ones, stale=false and userhash=false are left out. Lists are joined as RFC
   * 2617 writes them: domain with spaces, qop with commas.
   */
  public Map<String, String> toParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("realm", realm);
    if (!domain.isEmpty()) {
      parameters.put("domain", String.join(" ", domain));
    }
    parameters.put("nonce", nonce);
    opaque.ifPresent(value -> parameters.put("opaque", value));
    if (stale) {
      parameters.put("stale", "true");
    }
    algorithm.ifPresent(value -> parameters.put("algorithm", value));
    if (!qopOptions.isEmpty()) {
      parameters.put("qop", String.join(",", qopOptions));
    }
    if (userhash) {
      parameters.put("userhash", "true");
    }
    return parameters;
  }
}
