package org.siplab.element.pbx;

import java.util.Optional;
import org.siplab.dialog.Resolver;
import org.siplab.message.HostPort;
import org.siplab.message.SipUri;
import org.siplab.sim.Endpoint;

/**
 * The hosts the PBX takes requests for: its domain, and any host that leads to the PBX itself
 * (its address, or a name the scenario resolves to it). RFC 3261 section 10.3: "A registrar has
 * to know (for example, through configuration) the set of domain(s) for which it maintains
 * bindings"; section 8.2.2.1 has a UAS refuse a Request-URI that "does not identify an address
 * that the UAS is willing to accept requests for".
 */
final class OwnDomain {

  private final Optional<String> domain;
  private final Resolver resolver;
  private final Endpoint self;

  OwnDomain(Optional<String> domain, Resolver resolver, Endpoint self) {
    this.domain = domain;
    this.resolver = resolver;
    this.self = self;
  }

  /** Whether {@code uri}'s host is the PBX's domain or leads to the PBX. */
  boolean names(SipUri uri) {
    if (domain.map(d -> d.equalsIgnoreCase(uri.host())).orElse(false)) {
      return true;
    }
    return resolver.resolve(uri).map(e -> e.address().equals(self.address())).orElse(false);
  }

  /** The PBX's domain, or its address when it has none, for the trace and Warnings. */
  String text() {
    return domain.orElse(HostPort.hostOf(self.address()));
  }
}
