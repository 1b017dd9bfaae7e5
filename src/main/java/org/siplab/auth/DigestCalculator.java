package org.siplab.auth;

/**
 * The three digest computations of RFC 2617 section 3.2.2 (and RFC 7616 section 3.4), as pure
 * functions returning lowercase hex.
 *
 * <pre>
 *   HA1      = H(username ":" realm ":" password)                       algorithm without -sess
 *   HA1      = H( H(username ":" realm ":" password) ":" nonce ":" cnonce )   the -sess variants
 *   HA2      = H(method ":" digest-uri)                                   qop absent or auth
 *   HA2      = H(method ":" digest-uri ":" H(entity-body))                qop auth-int
 *   response = H(HA1 ":" nonce ":" nc ":" cnonce ":" qop ":" HA2)       qop present
 *   response = H(HA1 ":" nonce ":" HA2)                                   qop absent (RFC 2069)
 * </pre>
 */
public final class DigestCalculator {

  private DigestCalculator() {}

  /**
   * HA1, RFC 2617 section 3.2.2.2 (A1). For the -sess algorithms the cnonce is required: RFC 3261
   * section 22.4 item 8 notes they depend on the cnonce, so they need a qop.
   */
  public static String ha1(
      DigestAlgorithm algorithm,
      String username,
      String realm,
      String password,
      String nonce,
      String cnonce) {
    String secret = algorithm.hash(username + ":" + realm + ":" + password);
    if (!algorithm.isSession()) {
      return secret;
    }
    if (cnonce == null) {
      throw new IllegalArgumentException(algorithm.token() + " needs a cnonce, so it needs a qop");
    }
    return algorithm.hash(secret + ":" + nonce + ":" + cnonce);
  }

  /**
   * HA2, RFC 2617 section 3.2.2.3 (A2). With auth-int the body is hashed as sent; RFC 3261 section
   * 22.4 item 7: an absent body hashes as the empty string.
   */
  public static String ha2(
      DigestAlgorithm algorithm, Qop qop, String method, String digestUri, byte[] entityBody) {
    String a2 = method + ":" + digestUri;
    if (qop == Qop.AUTH_INT) {
      a2 = a2 + ":" + algorithm.hash(entityBody == null ? new byte[0] : entityBody);
    }
    return algorithm.hash(a2);
  }

  /**
   * The request-digest, RFC 2617 section 3.2.2.1. With {@link Qop#NONE} the nc and cnonce are not
   * used (pass null); with a qop both are required.
   */
  public static String response(
      DigestAlgorithm algorithm,
      String ha1,
      String nonce,
      String nc,
      String cnonce,
      Qop qop,
      String ha2) {
    if (qop == Qop.NONE) {
      return algorithm.hash(ha1 + ":" + nonce + ":" + ha2);
    }
    if (nc == null || cnonce == null) {
      throw new IllegalArgumentException("qop=" + qop.token() + " needs both nc and cnonce");
    }
    return algorithm.hash(
        ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":" + qop.token() + ":" + ha2);
  }

  /**
   * The hashed username of RFC 7616 section 3.4.4, sent in place of the username when the challenge
   * says {@code userhash=true}: H(username ":" realm).
   */
  public static String userhash(DigestAlgorithm algorithm, String username, String realm) {
    return algorithm.hash(username + ":" + realm);
  }
}
