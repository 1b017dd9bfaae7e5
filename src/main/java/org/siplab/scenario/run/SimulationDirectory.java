package org.siplab.scenario.run;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.siplab.dialog.Resolver;
import org.siplab.element.Directory;
import org.siplab.message.HostPort;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.sim.Endpoint;

/**
 * The scenario's stand-in for DNS (RFC 3263): element names, the domains elements serve, and IP
 * addresses lead to endpoints. A URI's host is looked up in that order; an IP literal leads to
 * itself with the URI's port or 5060.
 */
final class SimulationDirectory implements Directory, Resolver {

  private record Entry(String name, String kind, Endpoint endpoint) {}

  private final Map<String, Entry> byName = new LinkedHashMap<>();
  private final Map<String, Entry> byDomain = new LinkedHashMap<>();

  void add(String name, String kind, Endpoint endpoint) {
    byName.put(name, new Entry(name, kind, endpoint));
  }

  /** Requests for {@code domain} go to {@code element} (a domain's proxy or registrar). */
  void serveDomain(String domain, String element) {
    Entry e = byName.get(element);
    if (e == null) {
      throw new IllegalArgumentException("no element named " + element);
    }
    byDomain.putIfAbsent(domain.toLowerCase(Locale.ROOT), e);
  }

  @Override
  public Optional<Endpoint> endpointOf(String element) {
    Entry e = byName.get(element);
    return e == null ? Optional.empty() : Optional.of(e.endpoint());
  }

  @Override
  public Optional<String> elementAt(Endpoint endpoint) {
    for (Entry e : byName.values()) {
      if (e.endpoint().equals(endpoint)) {
        return Optional.of(e.name());
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> kindOf(String element) {
    Entry e = byName.get(element);
    return e == null ? Optional.empty() : Optional.of(e.kind());
  }

  @Override
  public Optional<Endpoint> resolve(Uri uri) {
    if (!(uri instanceof SipUri sip)) {
      return Optional.empty();
    }
    String maddr = sip.parameter("maddr");
    HostPort hp = sip.hostPort();
    String host = (maddr != null ? maddr : hp.address()).toLowerCase(Locale.ROOT);
    Entry named = byName.get(host);
    if (named == null) {
      named = byDomain.get(host);
    }
    if (named != null) {
      return Optional.of(hp.hasPort() ? new Endpoint(named.endpoint().address(), hp.port())
          : named.endpoint());
    }
    for (Entry e : byName.values()) {
      if (e.endpoint().address().equalsIgnoreCase(host)) {
        return Optional.of(new Endpoint(e.endpoint().address(), hp.portOr(5060)));
      }
    }
    return Optional.empty();
  }
}
