package org.siplab.element.pbx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;

/**
 * The PBX's digest check of a REGISTER, chan_sip's {@code check_auth}: with no credentials it
 * draws a random nonce and answers 401 with {@code WWW-Authenticate: Digest realm="asterisk",
 * nonce="..."}; with credentials it computes MD5(MD5(user:realm:secret):nonce:MD5(method:uri))
 * and compares. ({@code build_reply_digest} is the same sum from the client's side, used when
 * Asterisk itself registers with a provider.)
 *
 * <p>Unlike chan_sip, which sent no {@code qop}, the challenge offers {@code qop="auth"}: RFC 3261
 * section 22.4 item 8 says servers "MUST always send a "qop" parameter in WWW-Authenticate and
 * Proxy-Authenticate header field values". The work is done by {@link DigestServer}, which
 * remembers each nonce for {@link #NONCE_LIFETIME_US} and refuses a replayed nonce count.
 */
final class DigestCheck {

  /**
   * How long a nonce stays fresh: five minutes of virtual time. chan_sip forgot its nonce after
   * one use; here a client may reuse a fresh nonce with a higher nonce count (RFC 2617 section
   * 3.2.2), which lets RFC 3665 flow 2.2 refresh a registration without a new challenge.
   */
  static final long NONCE_LIFETIME_US = 300_000_000L;

  private static final int REMEMBERED_NONCES = 1024;

  private final DigestServer server;
  private final PasswordLookup secrets;

  /**
   * @param nonces where nonces come from: the element's own seeded randomness
   * @param secretsByAccount each account's secret, by account name (the digest username)
   */
  DigestCheck(String realm, NonceSource nonces, Map<String, String> secretsByAccount) {
    this.server = new DigestServer(DigestPolicy.of(realm),
        new NonceService(nonces, NONCE_LIFETIME_US, REMEMBERED_NONCES));
    this.secrets = PasswordLookup.of(secretsByAccount);
  }

  /** Verifies the Authorization of {@code request} (RFC 3261 section 22.4, RFC 2617 3.2.2). */
  VerificationOutcome checkAuth(SipRequest request, long nowUs) {
    DigestRequest covered = new DigestRequest(request.method().name(),
        request.requestUri().toString(), request.body());
    return server.verify(covered, digestCredentials(request), secrets, nowUs);
  }

  /**
   * A WWW-Authenticate value with a fresh nonce, {@code stale=true} when only the nonce was old.
   * RFC 3261 section 22.2: "The WWW-Authenticate response-header field MUST be included in 401
   * (Unauthorized) response messages."
   */
  Challenge challenge(long nowUs, boolean stale) {
    DigestChallenge digest = server.challenge(nowUs, stale);
    List<Parameter> parameters = new ArrayList<>();
    for (Map.Entry<String, String> p : digest.toParameters().entrySet()) {
      parameters.add(DigestChallenge.isQuoted(p.getKey())
          ? Parameter.quoted(p.getKey(), p.getValue())
          : Parameter.of(p.getKey(), p.getValue()));
    }
    return new Challenge("Digest", Parameters.of(parameters));
  }

  /** The parameters of each Digest Authorization value, as the auth package reads them. */
  private static List<Map<String, String>> digestCredentials(SipRequest request) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Credentials c : request.authorization()) {
      if (c.isDigest()) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Parameter p : c.parameters()) {
          values.putIfAbsent(p.name(), p.value());
        }
        out.add(values);
      }
    }
    return out;
  }
}
