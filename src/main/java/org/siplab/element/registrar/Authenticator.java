package org.siplab.element.registrar;

import java.util.List;
import org.siplab.auth.DigestPolicy;
import org.siplab.auth.DigestRequest;
import org.siplab.auth.DigestServer;
import org.siplab.auth.NonceService;
import org.siplab.auth.NonceSource;
import org.siplab.auth.PasswordLookup;
import org.siplab.auth.VerificationOutcome;
import org.siplab.message.Challenge;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;

/**
 * Steps 3 and 4 of RFC 3261 section 10.3: who sent the REGISTER, and may they change the bindings
 * of its address-of-record?
 *
 * <p>Step 3, "A registrar SHOULD authenticate the UAC", is Digest (section 22, RFC 2617, RFC 7616)
 * through the same {@link DigestServer} every siplab server uses: a request without good
 * credentials gets 401 with a challenge whose nonce comes from the registrar's seeded random; a
 * replayed nonce count or an unknown nonce gets a fresh challenge, an expired nonce with a correct
 * digest one with {@code stale=true}, and credentials missing a directive 400. In the chan_sip
 * study this is {@code register_verify}, which answers 401 with a challenge or lets the
 * registration through.
 */
final class Authenticator {

  /** How many nonces are remembered at most; older ones are then unknown and challenged anew. */
  private static final int NONCE_CAPACITY = 4096;

  /** What step 3 concluded. */
  sealed interface Result permits Identified, Refused {}

  /** The sender is {@code user}; {@code how} says how the registrar knows. */
  record Identified(String user, String how) implements Result {}

  /**
   * The request is refused with {@code status} (401 or 400); {@code challenge} is the
   * WWW-Authenticate value of a 401, null for a 400.
   */
  record Refused(int status, Challenge challenge, String explanation) implements Result {}

  private final RegistrarConfig config;
  private final DigestServer server;
  private final PasswordLookup passwords;

  Authenticator(RegistrarConfig config, NonceSource nonces) {
    this.config = config;
    DigestPolicy policy = DigestPolicy.of(config.realm()).withAlgorithm(config.algorithm());
    this.server = new DigestServer(policy,
        new NonceService(nonces, config.nonceLifetimeUs(), NONCE_CAPACITY));
    this.passwords = PasswordLookup.of(config.users());
  }

  /** Step 3: the authenticated user, or the 401/400 that refuses the request. */
  Result authenticate(SipRequest request, long nowUs) {
    if (!config.authenticates()) {
      // Step 3: "If no authentication mechanism is available, the registrar MAY take the From
      // address as the asserted identity of the originator of the request."
      return new Identified(fromUser(request), "no users are configured, so the From address"
          + " is taken as the sender's identity (RFC 3261 section 10.3 step 3)");
    }
    DigestRequest covered = new DigestRequest(request.method().name(),
        request.requestUri().toString(), request.body());
    VerificationOutcome outcome = server.verify(covered,
        DigestHeaders.parameterMaps(request.authorization()), passwords, nowUs);
    // A registrar's challenge is a UAS's, a 401 (section 22.2); the library cites section 22.3
    // for a request without credentials for the realm, the proxy's rule it shares.
    String section = outcome.kind() == VerificationOutcome.Kind.NO_CREDENTIALS_FOR_REALM
        ? "RFC 3261 section 22.2" : outcome.rfcSection();
    String why = outcome.explanation() + " (" + section + ")";
    switch (outcome.reaction()) {
      case ACCEPT:
        return new Identified(outcome.user().orElseThrow(), why);
      case CHALLENGE:
        return new Refused(401, DigestHeaders.header(server.challenge(nowUs)), why);
      case CHALLENGE_STALE:
        return new Refused(401, DigestHeaders.header(server.challenge(nowUs, true)), why);
      case BAD_REQUEST:
        return new Refused(400, null, why);
      default:
        throw new IllegalStateException("unknown reaction " + outcome.reaction());
    }
  }

  /**
   * Step 4: "The registrar SHOULD determine if the authenticated user is authorized to modify
   * registrations for this address-of-record", from the permissions table; a user not in it may
   * change only {@code sip:user@domain}. A sips: AOR counts as the sip: one of the same user and
   * host: the scheme asks for a secure path, it does not name another user.
   */
  boolean mayRegister(String user, SipUri aor) {
    if (user == null) {
      return false;
    }
    String wanted = withoutScheme(aor.aorKey());
    List<SipUri> allowed = config.permissions().getOrDefault(user,
        List.of(SipUri.of(user, config.domain())));
    for (SipUri permitted : allowed) {
      if (withoutScheme(permitted.aorKey()).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String fromUser(SipRequest request) {
    SipUri from = request.from() == null ? null : request.from().sipUri();
    return from == null ? null : from.userUnescaped();
  }

  static String withoutScheme(String aorKey) {
    return aorKey.substring(aorKey.indexOf(':') + 1);
  }
}
