package org.siplab.scenario.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.auth.DigestAlgorithm;
import org.siplab.message.SipUri;

/**
 * A registrar and its location service (RFC 3261 section 10.3).
 *
 * @param users name to password; empty to accept every REGISTER without a challenge
 * @param realm the digest realm (default: the domain)
 * @param permissions which AORs each user may register; a user not listed may register only
 *     {@code sip:user@domain}
 */
public record RegistrarSpec(
    ElementCore core,
    String domain,
    Map<String, String> users,
    String realm,
    DigestAlgorithm algorithm,
    Duration minExpires,
    Optional<Duration> maxExpires,
    Optional<Duration> nonceLifetime,
    Map<String, List<SipUri>> permissions)
    implements ElementSpec {

  public RegistrarSpec {
    users = Copies.ordered(users);
    permissions = Copies.ordered(permissions);
  }
}
