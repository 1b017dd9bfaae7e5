package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.siplab.auth.DigestChallenge;
import org.siplab.auth.DigestPolicy;
import org.siplab.auth.DigestRequest;
import org.siplab.auth.DigestServer;
import org.siplab.auth.NonceService;
import org.siplab.auth.NonceSource;
import org.siplab.auth.PasswordLookup;
import org.siplab.auth.VerificationOutcome;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;

/**
 * Proxy-to-user authentication, RFC 3261 section 22.3 (the Proxy-Authorization check of section
 * 16.3 step 6) with Digest (RFC 2617).
 *
 * <ul>
 *   <li>a request without valid credentials for this proxy's realm is answered 407 with a
 *       Proxy-Authenticate challenge: "The proxy MUST populate the 407 ... with a
 *       Proxy-Authenticate header field value applicable to the proxy";
 *   <li>credentials for other realms are left alone: a value "MUST NOT be consumed by any proxy
 *       whose realm does not match the "realm" parameter";
 *   <li>once accepted, this proxy's own credentials are consumed, removed from the copy it
 *       forwards (as Proxy 1 does in RFC 3665 section 3.3, F13), and RFC 3261 section 22.3:
 *       "Proxies MUST NOT add values to the Proxy-Authorization header field".
 * </ul>
 *
 * Only requests that start something are challenged: section 22.1 says servers "MUST NOT attempt
 * to challenge an ACK" and a CANCEL cannot be resubmitted either; requests inside a dialog (with a
 * To tag) pass, as the BYE of RFC 3665 section 3.2 (F18 to F20) passes Proxy 1.
 */
final class ProxyAuthentication {

  private static final long NONCE_LIFETIME_US = 300_000_000L;
  private static final int NONCES_KEPT = 1024;

  private final String realm;
  private final DigestServer server;
  private final PasswordLookup passwords;

  /** What the proxy does with a request after looking at its credentials. */
  sealed interface Outcome {}

  /** The credentials are good: forward {@code request}, which no longer carries them. */
  record Accepted(SipRequest request, String explanation) implements Outcome {}

  /** Answer the request with {@code refusal} (407 with a challenge, or 400). */
  record Refused(Refusal refusal) implements Outcome {}

  ProxyAuthentication(ProxyConfig.Auth auth, RandomGenerator random) {
    this.realm = auth.realm();
    // RFC 3261 section 22.4 item 6: a proxy may have retargeted the request, so a digest-uri
    // different from the Request-URI "is not necessarily a failure"; the digest covers the
    // digest-uri either way.
    this.server = new DigestServer(DigestPolicy.of(realm).withRequireUriMatch(false),
        new NonceService(NonceSource.hex(random, 16), NONCE_LIFETIME_US, NONCES_KEPT));
    this.passwords = PasswordLookup.of(auth.users());
  }

  String realm() {
    return realm;
  }

  /** Whether {@code request} is one this proxy authenticates. */
  static boolean applies(SipRequest request) {
    Method method = request.method();
    return !method.equals(Method.ACK) && !method.equals(Method.CANCEL)
        && (request.to() == null || !request.to().hasTag());
  }

  Outcome check(SipRequest request, long nowUs) {
    DigestRequest digested = new DigestRequest(request.method().name(),
        request.requestUri().toString(), request.body());
    VerificationOutcome outcome = server.verify(digested, digestValues(request), passwords, nowUs);
    switch (outcome.reaction()) {
      case ACCEPT:
        return new Accepted(withoutOwnCredentials(request), outcome.explanation());
      case BAD_REQUEST:
        return new Refused(Refusal.of(400, outcome.explanation() + " (" + outcome.rfcSection()
            + ")"));
      case CHALLENGE_STALE:
        return new Refused(challenge(nowUs, true, outcome));
      case CHALLENGE:
      default:
        return new Refused(challenge(nowUs, false, outcome));
    }
  }

  private Refusal challenge(long nowUs, boolean stale, VerificationOutcome outcome) {
    DigestChallenge challenge = server.challenge(nowUs, stale);
    List<Parameter> parameters = new ArrayList<>();
    for (Map.Entry<String, String> p : challenge.toParameters().entrySet()) {
      parameters.add(new Parameter(p.getKey(), p.getValue(), DigestChallenge.isQuoted(p.getKey())));
    }
    Challenge value = new Challenge("Digest", Parameters.of(parameters));
    return new Refusal(407, outcome.explanation() + " (" + outcome.rfcSection() + ")",
        List.of(HeaderField.of(HeaderName.PROXY_AUTHENTICATE, value)));
  }

  /** The parameters of each Digest Proxy-Authorization value, as the auth package reads them. */
  private static List<Map<String, String>> digestValues(SipRequest request) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Credentials credentials : request.proxyAuthorization()) {
      if (credentials.isDigest()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : credentials.parameters()) {
          values.put(p.name(), p.value());
        }
        out.add(values);
      }
    }
    return out;
  }

  private SipRequest withoutOwnCredentials(SipRequest request) {
    return withoutCredentialsFor(realm, request);
  }

  /**
   * {@code request} without the Proxy-Authorization values for {@code realm}: a proxy consumes
   * the credentials of its own realm, and only those ("a Proxy-Authorization header field value
   * MUST NOT be consumed by any proxy whose realm does not match", section 22.3; the table of
   * section 20 marks the field "d" for proxies, "A proxy can delete a header field value").
   */
  static SipRequest withoutCredentialsFor(String realm, SipRequest request) {
    return HeaderEdits.removeValues(request, HeaderName.PROXY_AUTHORIZATION,
        value -> value instanceof Credentials c && realm.equals(c.parameter("realm")));
  }
}
