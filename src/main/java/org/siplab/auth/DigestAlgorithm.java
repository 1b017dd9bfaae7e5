package org.siplab.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The digest algorithms of RFC 2617 section 3.2.1 and RFC 7616 section 3.3: the hash function H and
 * whether A1 is the "-sess" (session) form of section 3.2.2.2.
 *
 * <p>{@code SHA-512-256} is FIPS 180-4 SHA-512/256 (its own initial values), which is what RFC 7616
 * names; it is not SHA-512 cut to 256 bits. The values printed in RFC 7616 section 3.9.2 were made
 * with the truncated form by mistake (erratum 4897).
 */
public enum DigestAlgorithm {
  MD5("MD5", "MD5", false),
  MD5_SESS("MD5-sess", "MD5", true),
  SHA_256("SHA-256", "SHA-256", false),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true),
  SHA_512_256("SHA-512-256", "SHA-512/256", false),
  SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true);

  private final String token;
  private final String javaName;
  private final boolean session;

  DigestAlgorithm(String token, String javaName, boolean session) {
    this.token = token;
    this.javaName = javaName;
    this.session = session;
  }

  /** RFC 2617 section 3.2.1: "If this is not present it is assumed to be "MD5"". */
  public static final DigestAlgorithm WHEN_ABSENT = MD5;

  /** The token as written in the {@code algorithm} parameter, e.g. {@code MD5-sess}. */
  public String token() {
    return token;
  }

  /** Whether A1 includes the nonce and cnonce (RFC 2617 section 3.2.2.2, the "-sess" variants). */
  public boolean isSession() {
    return session;
  }

  /**
   * Finds the algorithm a token names. Tokens are compared without regard to case, as many stacks
   * send {@code md5}; the comparison is by character, so it does not depend on the locale.
   */
  public static Optional<DigestAlgorithm> fromToken(String token) {
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.token.equalsIgnoreCase(token)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** H(data) in lowercase hex (RFC 2617 section 3.1.3: digests are written as lowercase hex). */
  public String hash(byte[] data) {
    return HexFormat.of().formatHex(newDigest().digest(data));
  }

  /** H(text), the text encoded as UTF-8 (RFC 7616 section 4 with charset=UTF-8). */
  public String hash(String text) {
    return hash(text.getBytes(StandardCharsets.UTF_8));
  }

  private MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(javaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java runtime lacks the " + javaName + " digest", e);
    }
  }
}
