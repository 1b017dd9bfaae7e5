package org.siplab.element.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.auth.ClientAnswer;
import org.siplab.auth.DigestAlgorithm;
import org.siplab.auth.DigestChallenge;
import org.siplab.auth.DigestClient;
import org.siplab.auth.DigestCredentials;
import org.siplab.auth.DigestRequest;
import org.siplab.auth.NonceSource;
import org.siplab.auth.Parsed;
import org.siplab.message.Challenge;
import org.siplab.message.Credentials;
import org.siplab.message.HeaderName;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * The phone's digest credentials (RFC 3261 sections 22.2 and 22.3, RFC 2617). It learns the
 * challenges of each 401 and 407, and signs every later request of the same conversation (a
 * registration, one call) with an answer to each: section 22.2 says UAs "SHOULD cache the
 * credentials ... and attempt to re-use these values on the next request for that destination",
 * and section 22.3 recommends that a UA challenged in a call "incorporate credentials for that
 * realm in all subsequent requests that contain the same Call-ID".
 *
 * <p>Each answer has a fresh cnonce and the next nonce count for its nonce (RFC 2617 section
 * 3.2.2: nc "is the hexadecimal count of the number of requests (including the current request)
 * that the client has sent with the nonce value in this request").
 */
final class Keyring {

  /** More challenges than this in a row, each answered, means the server will never accept. */
  private static final int MAX_ROUNDS = 4;

  /** A challenge to answer, in Authorization (401) or Proxy-Authorization (407). */
  private record Remembered(HeaderName answerIn, DigestChallenge challenge) {}

  private final String username;
  private final Optional<String> password;
  private final NonceSource cnonces;
  private final Misbehaviours misbehaviours;
  private final Map<String, Map<String, Remembered>> byScope = new LinkedHashMap<>();
  private final Map<String, Long> nonceCounts = new LinkedHashMap<>();
  private final Map<String, Integer> rounds = new LinkedHashMap<>();

  Keyring(String username, Optional<String> password, NonceSource cnonces,
      Misbehaviours misbehaviours) {
    this.username = username;
    this.password = password;
    this.cnonces = cnonces;
    this.misbehaviours = misbehaviours;
  }

  /**
   * Learns the challenges of a 401 or 407 to {@code challenged}, to answer in the retry. Returns
   * why the request cannot be retried: no password, a challenge it cannot answer, or a server that
   * refused the credentials the phone had just made for its challenge (RFC 3665 section 2.5: a
   * wrong password). Credentials remembered from earlier requests may be refused once, as their
   * nonce may have expired or been forgotten: the phone answers the new challenge then.
   */
  Optional<String> learn(String scope, SipRequest challenged, SipResponse response) {
    boolean proxy = response.status() == 407;
    HeaderName answerIn = proxy ? HeaderName.PROXY_AUTHORIZATION : HeaderName.AUTHORIZATION;
    List<Challenge> challenges = proxy ? response.proxyAuthenticate() : response.wwwAuthenticate();
    if (password.isEmpty()) {
      return Optional.of("challenged with " + response.status() + ", but it has no password");
    }
    int round = rounds.merge(scope, 1, Integer::sum);
    if (round > MAX_ROUNDS) {
      return Optional.of("challenged " + round + " times in a row; the server never accepts");
    }
    List<Remembered> learned = new ArrayList<>();
    for (Challenge c : challenges) {
      Optional<DigestChallenge> digest = digest(c);
      if (digest.isEmpty()) {
        continue;
      }
      DigestChallenge d = digest.get();
      if (round > 1 && sentFor(challenged, answerIn, d.realm()) && !d.stale()) {
        return Optional.of("the server refused the credentials of user \"" + username
            + "\" for realm \"" + d.realm() + "\" again, without stale=true: the password is"
            + " wrong (RFC 3665 section 2.5)");
      }
      learned.add(new Remembered(answerIn, d));
    }
    if (learned.isEmpty()) {
      return Optional.of("the " + response.status() + " carries no Digest challenge with an"
          + " algorithm and qop this phone knows (sections 22.2 and 22.4)");
    }
    Map<String, Remembered> remembered = byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>());
    for (Remembered r : learned) {
      remembered.put(r.answerIn().canonical() + " " + r.challenge().realm(), r);
    }
    return Optional.empty();
  }

  /** The realms whose challenges the scope answers, for the trace. */
  List<String> realms(String scope) {
    return byScope.getOrDefault(scope, Map.of()).values().stream()
        .map(r -> r.challenge().realm()).toList();
  }

  private static Optional<DigestChallenge> digest(Challenge c) {
    if (!c.isDigest()) {
      return Optional.empty();
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (Parameter p : c.parameters()) {
      parameters.put(p.name(), p.value() == null ? "" : p.value());
    }
    Parsed<DigestChallenge> parsed = DigestChallenge.fromParameters(parameters);
    if (!(parsed instanceof Parsed.Ok<DigestChallenge> ok)) {
      return Optional.empty();
    }
    DigestChallenge d = ok.value();
    Optional<DigestAlgorithm> algorithm = d.knownAlgorithm();
    boolean qopKnown = d.qopOptions().isEmpty() || d.qopOptions().stream()
        .anyMatch(q -> q.equalsIgnoreCase("auth") || q.equalsIgnoreCase("auth-int"));
    return algorithm.isPresent() && qopKnown ? Optional.of(d) : Optional.empty();
  }

  private static boolean sentFor(SipRequest request, HeaderName header, String realm) {
    return request.values(header, Credentials.class).stream()
        .anyMatch(c -> realm.equals(c.parameter("realm")));
  }

  /** A conversation got a final answer other than a challenge: its challenge count restarts. */
  void settled(String scope) {
    rounds.remove(scope);
  }

  /** The conversation is over: its challenges are not used again (section 22.3). */
  void forget(String scope) {
    byScope.remove(scope);
    rounds.remove(scope);
  }

  /** {@code request} with one answer for each challenge remembered in {@code scope}. */
  SipRequest sign(String scope, SipRequest request) {
    Map<String, Remembered> remembered = byScope.get(scope);
    if (remembered == null || remembered.isEmpty()) {
      return request;
    }
    SipRequest signed = request.without(HeaderName.AUTHORIZATION)
        .without(HeaderName.PROXY_AUTHORIZATION);
    for (Remembered r : remembered.values()) {
      Optional<Credentials> answer = answer(r.challenge(), request);
      if (answer.isPresent()) {
        signed = signed.append(r.answerIn(), answer.get());
      }
    }
    return signed;
  }

  private Optional<Credentials> answer(DigestChallenge challenge, SipRequest request) {
    String uri = request.requestUri().text();
    long count = misbehaviours.nonceCount(challenge.nonce(),
        nonceCounts.merge(challenge.nonce(), 1L, Long::sum));
    ClientAnswer answer = DigestClient.answer(challenge, username, password.orElse(""),
        new DigestRequest(request.method().name(), uri, request.body()), cnonces,
        count);
    if (!(answer instanceof ClientAnswer.Answered answered)) {
      return Optional.empty();
    }
    List<Parameter> parameters = new ArrayList<>();
    DigestCredentials credentials = answered.credentials();
    credentials.toParameters().forEach((name, value) -> parameters.add(
        DigestCredentials.isQuoted(name) ? Parameter.quoted(name, value)
            : Parameter.of(name, value)));
    return Optional.of(new Credentials("Digest", Parameters.of(parameters)));
  }
}
