package org.siplab.auth;

import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Where nonces (server) and cnonces (client) come from. A simulation hands in a generator derived
 * from the run's seed, so the same seed gives the same nonces; never a clock or an unseeded random.
 */
@FunctionalInterface
public interface NonceSource {

  /** The next nonce: printable, without double quotes (RFC 2617 section 3.2.1, nonce). */
  String next();

  /**
   * Nonces of {@code bytes} random bytes in lowercase hex, the form RFC 2617 section 3.2.1
   * recommends ("base64 or hexadecimal data").
   */
  static NonceSource hex(RandomGenerator random, int bytes) {
    Objects.requireNonNull(random, "random");
    if (bytes < 1) {
      throw new IllegalArgumentException("a nonce needs at least one byte, not " + bytes);
    }
    return () -> {
      byte[] data = new byte[bytes];
      random.nextBytes(data);
      return HexFormat.of().formatHex(data);
    };
  }
}
