package org.siplab.element.registrar;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.siplab.auth.DigestAlgorithm;
import org.siplab.message.SipUri;

/**
 * How a registrar is set up: one record component for each key of a scenario file's registrar
 * (camelCase here, kebab-case in the file). Start from {@link #of(String)} and change what the
 * scenario gives with the {@code with...} methods.
 *
 * @param domain the domain whose bindings the registrar keeps (RFC 3261 section 10.3: "A registrar
 *     has to know (for example, through configuration) the set of domain(s) for which it maintains
 *     bindings")
 * @param users username to password; empty for a registrar that authenticates nobody and takes
 *     the From address as the identity of the sender (section 10.3 step 3 allows it)
 * @param realm the digest realm shown to users (default: the domain)
 * @param algorithm the digest algorithm of challenges: MD5 or SHA-256 (RFC 7616)
 * @param minExpiresUs the shortest binding accepted (default 60 s): a shorter request is answered
 *     423 Interval Too Brief (step 7)
 * @param maxExpiresUs when present, the longest binding granted: a longer request is shortened
 *     (step 7: "The registrar MAY choose an expiration less than the requested")
 * @param nonceLifetimeUs how long a nonce stays fresh; a correct answer with an older nonce gets
 *     a new challenge with stale=true (default 5 minutes)
 * @param permissions which addresses-of-record each user may register (step 4); a user not listed
 *     may register only {@code sip:user@domain}
 * @param misbehave deliberate RFC violations, for teaching
 */
public record RegistrarConfig(
    String domain,
    Map<String, String> users,
    String realm,
    DigestAlgorithm algorithm,
    long minExpiresUs,
    OptionalLong maxExpiresUs,
    long nonceLifetimeUs,
    Map<String, List<SipUri>> permissions,
    Set<Misbehaviour> misbehave) {

  public static final long DEFAULT_MIN_EXPIRES_US = 60_000_000L;
  public static final long DEFAULT_NONCE_LIFETIME_US = 300_000_000L;

  /** The deliberate RFC violations a registrar can be switched to, for the rule checker to find. */
  public enum Misbehaviour {
    /**
     * Accepts a REGISTER whose CSeq is not higher than the one stored for the binding with the
     * same Call-ID, which section 10.3 steps 6 and 7 say must fail. The checker's CSEQ-008 then
     * marks the sender's out-of-order REGISTER.
     */
    IGNORE_CSEQ_ORDER("ignore-cseq-order");

    private final String scenarioName;

    Misbehaviour(String scenarioName) {
      this.scenarioName = scenarioName;
    }

    /** The name a scenario file uses: {@code ignore-cseq-order}. */
    public String scenarioName() {
      return scenarioName;
    }

    /** The misbehaviour a scenario file names; throws with the known names for another name. */
    public static Misbehaviour named(String name) {
      for (Misbehaviour m : values()) {
        if (m.scenarioName.equals(name)) {
          return m;
        }
      }
      List<String> known = new ArrayList<>();
      for (Misbehaviour m : values()) {
        known.add(m.scenarioName);
      }
      throw new IllegalArgumentException(
          "a registrar has no misbehaviour '" + name + "'; it knows " + known);
    }
  }

  public RegistrarConfig {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(realm, "realm");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(maxExpiresUs, "maxExpiresUs");
    if (domain.isBlank()) {
      throw new IllegalArgumentException("a registrar needs the domain it keeps bindings for");
    }
    if (algorithm != DigestAlgorithm.MD5 && algorithm != DigestAlgorithm.SHA_256) {
      throw new IllegalArgumentException(
          "a registrar challenges with MD5 or SHA-256, not " + algorithm.token());
    }
    if (minExpiresUs < 0 || nonceLifetimeUs <= 0) {
      throw new IllegalArgumentException("minExpiresUs must be >= 0 and nonceLifetimeUs > 0");
    }
    if (maxExpiresUs.isPresent() && maxExpiresUs.getAsLong() < minExpiresUs) {
      throw new IllegalArgumentException("maxExpiresUs must not be below minExpiresUs");
    }
    // Sorted copies: whatever map the caller hands in, iteration order (and so output) is fixed.
    users = Collections.unmodifiableMap(new TreeMap<>(users));
    permissions = copyOf(permissions);
    misbehave = Collections.unmodifiableSet(misbehave.isEmpty()
        ? EnumSet.noneOf(Misbehaviour.class) : EnumSet.copyOf(misbehave));
  }

  /** A registrar for {@code domain} with every other key at its default, and no users. */
  public static RegistrarConfig of(String domain) {
    return new RegistrarConfig(domain, Map.of(), domain, DigestAlgorithm.MD5,
        DEFAULT_MIN_EXPIRES_US, OptionalLong.empty(), DEFAULT_NONCE_LIFETIME_US, Map.of(),
        Set.of());
  }

  public RegistrarConfig withUsers(Map<String, String> newUsers) {
    return new RegistrarConfig(domain, newUsers, realm, algorithm, minExpiresUs, maxExpiresUs,
        nonceLifetimeUs, permissions, misbehave);
  }

  public RegistrarConfig withRealm(String newRealm) {
    return new RegistrarConfig(domain, users, newRealm, algorithm, minExpiresUs, maxExpiresUs,
        nonceLifetimeUs, permissions, misbehave);
  }

  public RegistrarConfig withAlgorithm(DigestAlgorithm newAlgorithm) {
    return new RegistrarConfig(domain, users, realm, newAlgorithm, minExpiresUs, maxExpiresUs,
        nonceLifetimeUs, permissions, misbehave);
  }

  public RegistrarConfig withMinExpiresUs(long newMinExpiresUs) {
    return new RegistrarConfig(domain, users, realm, algorithm, newMinExpiresUs, maxExpiresUs,
        nonceLifetimeUs, permissions, misbehave);
  }

  public RegistrarConfig withMaxExpiresUs(long newMaxExpiresUs) {
    return new RegistrarConfig(domain, users, realm, algorithm, minExpiresUs,
        OptionalLong.of(newMaxExpiresUs), nonceLifetimeUs, permissions, misbehave);
  }

  public RegistrarConfig withNonceLifetimeUs(long newNonceLifetimeUs) {
    return new RegistrarConfig(domain, users, realm, algorithm, minExpiresUs, maxExpiresUs,
        newNonceLifetimeUs, permissions, misbehave);
  }

  public RegistrarConfig withPermissions(Map<String, List<SipUri>> newPermissions) {
    return new RegistrarConfig(domain, users, realm, algorithm, minExpiresUs, maxExpiresUs,
        nonceLifetimeUs, newPermissions, misbehave);
  }

  public RegistrarConfig withMisbehave(Set<Misbehaviour> newMisbehave) {
    return new RegistrarConfig(domain, users, realm, algorithm, minExpiresUs, maxExpiresUs,
        nonceLifetimeUs, permissions, newMisbehave);
  }

  /** The misbehaviours by their scenario names ({@code ignore-cseq-order}). */
  public RegistrarConfig withMisbehave(List<String> scenarioNames) {
    Set<Misbehaviour> named = EnumSet.noneOf(Misbehaviour.class);
    for (String name : scenarioNames) {
      named.add(Misbehaviour.named(name));
    }
    return withMisbehave(named);
  }

  /** Whether the registrar challenges at all: only when it has users (step 3). */
  public boolean authenticates() {
    return !users.isEmpty();
  }

  public boolean misbehaves(Misbehaviour m) {
    return misbehave.contains(m);
  }

  private static Map<String, List<SipUri>> copyOf(Map<String, List<SipUri>> permissions) {
    Map<String, List<SipUri>> sorted = new LinkedHashMap<>();
    for (Map.Entry<String, List<SipUri>> e : new TreeMap<>(permissions).entrySet()) {
      sorted.put(e.getKey(), List.copyOf(e.getValue()));
    }
    return Collections.unmodifiableMap(sorted);
  }
}
