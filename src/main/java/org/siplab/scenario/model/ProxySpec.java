package org.siplab.scenario.model;

import java.util.Map;
import java.util.Optional;
import org.siplab.sim.Endpoint;

/**
 * A stateful proxy (RFC 3261 section 16).
 *
 * @param registrar the registrar whose location service it routes with
 * @param auth when present, it challenges requests with 407 (section 22.3)
 * @param timerC how long it waits on a proceeding INVITE branch (section 16.6 step 11)
 * @param alg whether it rewrites SDP addresses as a SIP ALG on a network border
 * @param publicAddress the address an ALG writes into the SDP it rewrites
 */
public record ProxySpec(
    ElementCore core,
    Optional<String> domain,
    Optional<String> registrar,
    boolean recordRoute,
    Optional<Auth> auth,
    Forking forking,
    Duration timerC,
    boolean alg,
    Optional<Endpoint> publicAddress)
    implements ElementSpec {

  /** How a request with several targets is forwarded (section 16.6). */
  public enum Forking {
    PARALLEL,
    SEQUENTIAL
  }

  /** Proxy authentication: the realm it challenges in and the users it knows, name to password. */
  public record Auth(String realm, Map<String, String> users) {
    public Auth {
      users = Copies.ordered(users);
    }
  }
}
