package org.siplab.scenario.load;

import java.util.Optional;

/**
 * Where a key that a mapping does not have belongs, when it is a key of another block that a
 * student puts in the wrong one: a link's delay or loss written on a phone or at the top, a
 * user's password on a registrar. "Expected one of: kind, address, ..." lists what the mapping
 * takes but not where the key meant goes.
 */
final class KeyHomes {

  private KeyHomes() {}

  /**
   * What to say after {@code unknown key 'NAME' in ...}, when NAME has a home elsewhere; {@code
   * noun} is what the mapping is ({@code registrar}, {@code phone}).
   */
  static Optional<String> of(String name, String noun) {
    boolean linkKey = LinkSchema.BEHAVIOUR_KEYS.stream().anyMatch(k -> k.name().equals(name));
    if (linkKey) {
      return Optional.of("; " + Nodes.quote(name) + " is a key of the network's links; expected"
          + " it under network:, for every link as network: { default: { " + name + ": ... } },"
          + " or for one link in network: links: [{ between: [a, b], " + name + ": ... }]");
    }
    boolean server = noun.equals("registrar") || noun.equals("proxy");
    if (server && (name.equals("password") || name.equals("passwords"))) {
      return Optional.of("; a registrar or a proxy with auth: lists each user's password in"
          + " users:; expected such as users: { alice: alice-secret }");
    }
    return Optional.empty();
  }
}
