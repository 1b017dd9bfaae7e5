package org.siplab.element.proxy;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.siplab.element.LocationService;
import org.siplab.message.SipUri;

/**
 * How a stateful proxy is set up: the keys of a scenario file's proxy, one to one.
 *
 * @param domain the domain the proxy is responsible for (section 16.5: it asks the location
 *     service for Request-URIs there), or null for a proxy that only forwards, such as an
 *     outbound proxy
 * @param locationService where the bindings of {@code domain} are (the registrar's); required
 *     exactly when a domain is given
 * @param registrar where the REGISTER requests for {@code domain} go (the registrar's own URI,
 *     such as {@code sip:192.0.2.11}), or null: a phone may register through its proxy (section
 *     10.2), and a proxy that keeps no bindings passes the request on to the registrar that does
 * @param recordRoute whether the proxy stays on the path of the dialogs it helps create (section
 *     16.6 step 4)
 * @param auth the realm and users the proxy challenges for (section 22.3), or null for none
 * @param forking how several targets are tried
 * @param timerCUs Timer C (section 16.6 step 11), in microseconds
 * @param alg whether the proxy is a SIP ALG on a network border (RFC 3665 section 3.5): it always
 *     record-routes and rewrites the media addresses in the SDP of what it forwards
 * @param publicAddress the address the ALG puts into SDP; null means the proxy's own address
 * @param publicPortBase the first port the ALG opens for media; 0 keeps the ports as they are
 * @param misbehave the deliberate rule violations switched on
 */
public record ProxyConfig(
    String domain,
    LocationService locationService,
    SipUri registrar,
    boolean recordRoute,
    Auth auth,
    Forking forking,
    long timerCUs,
    boolean alg,
    String publicAddress,
    int publicPortBase,
    Set<Misbehaviour> misbehave) {

  /**
   * Section 16.6 step 11: Timer C "MUST be larger than 3 minutes", so the default is one second
   * more than that.
   */
  public static final long DEFAULT_TIMER_C_US = 181_000_000L;

  /**
   * Digest authentication of the requests the proxy forwards (section 22.3).
   *
   * @param realm the protection space named in challenges
   * @param users username to password
   */
  public record Auth(String realm, Map<String, String> users) {
    public Auth {
      Objects.requireNonNull(realm, "realm");
      users = Collections.unmodifiableMap(new TreeMap<>(users));
    }
  }

  public ProxyConfig {
    Objects.requireNonNull(forking, "forking");
    misbehave = misbehave.isEmpty() ? Set.of()
        : Collections.unmodifiableSet(EnumSet.copyOf(misbehave));
    domain = domain == null ? null : domain.toLowerCase(Locale.ROOT);
    if ((domain == null) != (locationService == null)) {
      throw new IllegalArgumentException("a proxy responsible for a domain needs its location"
          + " service, and one without a domain has none (section 16.5)");
    }
    if (registrar != null && domain == null) {
      throw new IllegalArgumentException("a proxy passes REGISTER requests to a registrar only for"
          + " a domain it is responsible for (section 10.2)");
    }
    if (timerCUs <= 0) {
      throw new IllegalArgumentException("Timer C must be positive: " + timerCUs + " us");
    }
    if (publicPortBase < 0 || publicPortBase > 65_000) {
      throw new IllegalArgumentException("publicPortBase is 0 (keep ports) or a port up to"
          + " 65000: " + publicPortBase);
    }
  }

  /**
   * A proxy responsible for no domain, that record-routes, does not authenticate, forks in
   * parallel, with the default Timer C, no ALG and no misbehaviour.
   */
  public static ProxyConfig defaults() {
    return new ProxyConfig(null, null, null, true, null, Forking.PARALLEL, DEFAULT_TIMER_C_US,
        false, null, 0, Set.of());
  }

  /** Responsible for {@code newDomain}, with its bindings in {@code newLocationService}. */
  public ProxyConfig withDomain(String newDomain, LocationService newLocationService) {
    return new ProxyConfig(newDomain, newLocationService, null, recordRoute, auth, forking,
        timerCUs, alg, publicAddress, publicPortBase, misbehave);
  }

  /** REGISTER requests for the domain go on to {@code uri} (see {@link #registrar()}). */
  public ProxyConfig withRegistrar(SipUri uri) {
    return new ProxyConfig(domain, locationService, uri, recordRoute, auth, forking, timerCUs,
        alg, publicAddress, publicPortBase, misbehave);
  }

  public ProxyConfig withRecordRoute(boolean value) {
    return new ProxyConfig(domain, locationService, registrar, value, auth, forking, timerCUs,
        alg, publicAddress, publicPortBase, misbehave);
  }

  public ProxyConfig withAuth(String realm, Map<String, String> users) {
    return new ProxyConfig(domain, locationService, registrar, recordRoute,
        new Auth(realm, users), forking, timerCUs, alg, publicAddress, publicPortBase, misbehave);
  }

  public ProxyConfig withForking(Forking value) {
    return new ProxyConfig(domain, locationService, registrar, recordRoute, auth, value,
        timerCUs, alg, publicAddress, publicPortBase, misbehave);
  }

  public ProxyConfig withTimerCUs(long value) {
    return new ProxyConfig(domain, locationService, registrar, recordRoute, auth, forking, value,
        alg, publicAddress, publicPortBase, misbehave);
  }

  /** An ALG whose media is reached at {@code address} (null: its own) from {@code portBase}. */
  public ProxyConfig withAlg(String address, int portBase) {
    return new ProxyConfig(domain, locationService, registrar, recordRoute, auth, forking,
        timerCUs, true, address, portBase, misbehave);
  }

  public ProxyConfig withMisbehaviour(Misbehaviour... switches) {
    Set<Misbehaviour> all = misbehave.isEmpty() ? EnumSet.noneOf(Misbehaviour.class)
        : EnumSet.copyOf(misbehave);
    all.addAll(Set.of(switches));
    return new ProxyConfig(domain, locationService, registrar, recordRoute, auth, forking,
        timerCUs, alg, publicAddress, publicPortBase, all);
  }

  public boolean misbehaves(Misbehaviour m) {
    return misbehave.contains(m);
  }

  /** Whether the proxy puts itself into Record-Route: when configured to, and always as an ALG. */
  public boolean recordsRoute() {
    return recordRoute || alg;
  }
}
