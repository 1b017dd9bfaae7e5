package org.siplab.auth;

import java.util.Map;
import java.util.Optional;

/** The server's view of its users: username to password, as the scenario file defines them. */
@FunctionalInterface
public interface PasswordLookup {

  Optional<String> passwordOf(String username);

  /**
   * The user whose H(username ":" realm) is {@code userhash} (RFC 7616 section 3.4.4). A lookup
   * that cannot enumerate its users finds none, and hashed usernames are then reported as unknown.
   */
  default Optional<String> usernameForHash(
      DigestAlgorithm algorithm, String realm, String userhash) {
    return Optional.empty();
  }

  /** A lookup over a fixed table; it can also resolve hashed usernames. */
  static PasswordLookup of(Map<String, String> passwordsByUsername) {
    return new PasswordTable(passwordsByUsername);
  }
}
