package org.siplab.element.phone;

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
import org.siplab.message.HeaderName;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;

/** The digest side of the test registrar and proxy: challenge, and verify the answer. */
final class Challenges {

  private final DigestServer server;
  private final PasswordLookup passwords;

  Challenges(String realm, Map<String, String> passwords, RandomGenerator random) {
    this(realm, passwords, random, 3_600_000_000L);
  }

  /** @param nonceLifetimeUs how long a nonce is fresh; it is forgotten after twice that */
  Challenges(String realm, Map<String, String> passwords, RandomGenerator random,
      long nonceLifetimeUs) {
    this.server = new DigestServer(DigestPolicy.of(realm).withRequireUriMatch(false),
        new NonceService(NonceSource.hex(random, 8), nonceLifetimeUs, 64));
    this.passwords = PasswordLookup.of(passwords);
  }

  /** Verifies the credentials of {@code request} found in {@code header}. */
  VerificationOutcome verify(SipRequest request, HeaderName header, long nowUs) {
    List<Map<String, String>> values = new ArrayList<>();
    for (Credentials c : request.values(header, Credentials.class)) {
      Map<String, String> map = new LinkedHashMap<>();
      for (Parameter p : c.parameters()) {
        map.put(p.name(), p.value());
      }
      values.add(map);
    }
    return server.verify(new DigestRequest(request.method().name(), request.requestUri().text(),
        request.body()), values, passwords, nowUs);
  }

  /** A fresh challenge, as a header value. */
  Challenge challenge(long nowUs) {
    DigestChallenge c = server.challenge(nowUs);
    List<Parameter> parameters = new ArrayList<>();
    c.toParameters().forEach((name, value) -> parameters.add(DigestChallenge.isQuoted(name)
        ? Parameter.quoted(name, value) : Parameter.of(name, value)));
    return new Challenge("Digest", Parameters.of(parameters));
  }
}
