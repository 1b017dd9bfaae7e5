package org.siplab.auth;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A fixed table of users, kept sorted so that a hashed-username search is deterministic. */
final class PasswordTable implements PasswordLookup {

  private final TreeMap<String, String> passwords;

  PasswordTable(Map<String, String> passwordsByUsername) {
    this.passwords = new TreeMap<>(passwordsByUsername);
  }

  @Override
  public Optional<String> passwordOf(String username) {
    return Optional.ofNullable(passwords.get(username));
  }

  @Override
  public Optional<String> usernameForHash(
      DigestAlgorithm algorithm, String realm, String userhash) {
    return passwords.keySet().stream()
        .filter(
            user -> DigestCalculator.userhash(algorithm, user, realm).equalsIgnoreCase(userhash))
        .findFirst();
  }
}
