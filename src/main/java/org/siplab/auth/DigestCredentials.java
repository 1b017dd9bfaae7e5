package org.siplab.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Digest credentials, the value of Authorization or Proxy-Authorization: RFC 2617 section 3.2.2,
 * RFC 7616 section 3.4, RFC 3261 section 22.4.
 *
 * <p>Values are unquoted and kept as received (algorithm and qop as tokens), so that a server can
 * say precisely what it did not accept.
 *
 * @param username the user's name, or its hash when {@code userhash} is true
 * @param realm the realm of the challenge being answered
 * @param nonce the server nonce being answered
 * @param uri the digest-uri: the Request-URI as the client sent it
 * @param response the request-digest in hex
 * @param algorithm the algorithm token; absent means MD5
 * @param cnonce the client nonce; present exactly when qop is
 * @param opaque the challenge's opaque, returned unchanged
 * @param qop the single qop applied; absent for the RFC 2069 form
 * @param nc the nonce count, 8 hex digits; present exactly when qop is
 * @param userhash whether {@code username} is H(username ":" realm) (RFC 7616 section 3.4.4)
 */
public record DigestCredentials(
    String username,
    String realm,
    String nonce,
    String uri,
    String response,
    Optional<String> algorithm,
    Optional<String> cnonce,
    Optional<String> opaque,
    Optional<String> qop,
    Optional<String> nc,
    boolean userhash) {

  /**
   * RFC 7616 section 3.4: "a sender MUST only generate the quoted string syntax values for the
   * following parameters: username, realm, nonce, uri, response, cnonce, and opaque"; algorithm,
   * qop and nc (and userhash) MUST NOT be quoted. RFC 3261 section 22.4 item 2: in SIP the uri MUST
   * be quoted.
   */
  private static final List<String> QUOTED =
      List.of("username", "realm", "nonce", "uri", "response", "cnonce", "opaque");

  private static final List<String> REQUIRED =
      List.of("username", "realm", "nonce", "uri", "response");

  public DigestCredentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(cnonce, "cnonce");
    Objects.requireNonNull(opaque, "opaque");
    Objects.requireNonNull(qop, "qop");
    Objects.requireNonNull(nc, "nc");
  }

  /** Whether a credentials parameter of this name is printed as a quoted-string (else a token). */
  public static boolean isQuoted(String parameterName) {
    return QUOTED.stream().anyMatch(name -> name.equalsIgnoreCase(parameterName));
  }

  /**
   * Reads credentials from their parameters (names in any case; unknown ones ignored, RFC 2617
   * section 3.2.2 auth-param). Username, realm, nonce, uri and response are required.
   */
  public static Parsed<DigestCredentials> fromParameters(Map<String, String> parameters) {
    ParameterReader reader = new ParameterReader(parameters);
    Optional<String> missing = reader.firstMissing(REQUIRED);
    if (missing.isPresent()) {
      return new Parsed.Missing<>(
          missing.get(),
          "Digest credentials must carry username, realm, nonce, uri and response; these have no "
              + missing.get(),
          "RFC 2617 section 3.2.2");
    }
    return new Parsed.Ok<>(
        new DigestCredentials(
            reader.get("username").orElseThrow(),
            reader.get("realm").orElseThrow(),
            reader.get("nonce").orElseThrow(),
            reader.get("uri").orElseThrow(),
            reader.get("response").orElseThrow(),
            reader.get("algorithm"),
            reader.get("cnonce"),
            reader.get("opaque"),
            reader.get("qop"),
            reader.get("nc"),
            reader.flag("userhash")));
  }

  /**
   * The parameters in print order (username, realm, nonce, uri, response, algorithm, cnonce,
   * opaque, qop, nc, userhash), unquoted; absent ones and userhash=false are left out.
   */
  public Map<String, String> toParameters() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("username", username);
    parameters.put("realm", realm);
    parameters.put("nonce", nonce);
    parameters.put("uri", uri);
    parameters.put("response", response);
    algorithm.ifPresent(value -> parameters.put("algorithm", value));
    cnonce.ifPresent(value -> parameters.put("cnonce", value));
    opaque.ifPresent(value -> parameters.put("opaque", value));
    qop.ifPresent(value -> parameters.put("qop", value));
    nc.ifPresent(value -> parameters.put("nc", value));
    if (userhash) {
      parameters.put("userhash", "true");
    }
    return parameters;
  }
}
