package org.siplab.element.proxy;

import org.siplab.dialog.Resolver;
import org.siplab.message.HostPort;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;

/**
 * How the proxy names itself: the sent-by of its Via values, the URI it puts into Record-Route,
 * and whether a URI someone else wrote leads to it.
 */
final class ProxyAddress {

  private final HostPort sentBy;
  private final Endpoint endpoint;
  private final Resolver resolver;
  private final SipUri recordRouteUri;

  ProxyAddress(HostPort sentBy, Endpoint endpoint, Resolver resolver) {
    this.sentBy = sentBy;
    this.endpoint = endpoint;
    this.resolver = resolver;
    // Section 16.6 step 4: the URI "MUST be a SIP or SIPS URI", "MUST contain an lr parameter"
    // and "MUST resolve to the element inserting it"; this proxy's address does.
    HostPort where = sentBy.portOr(5060) == 5060 ? HostPort.of(sentBy.host()) : sentBy;
    this.recordRouteUri = new SipUri(false, null, null, where,
        Parameters.of(Parameter.flag("lr")), Parameters.NONE);
  }

  HostPort sentBy() {
    return sentBy;
  }

  Endpoint endpoint() {
    return endpoint;
  }

  /** The URI of this proxy's Record-Route values. */
  SipUri recordRouteUri() {
    return recordRouteUri;
  }

  /** Whether {@code uri} leads to this proxy when resolved (RFC 3263, the scenario's DNS). */
  boolean isMe(Uri uri) {
    return resolver.resolve(uri).map(endpoint::equals).orElse(false);
  }

  /** Whether this proxy wrote {@code via}: its sent-by is this proxy's (section 16.3 step 4). */
  boolean wrote(Via via) {
    return via.sentBy().sameHostAs(sentBy) && via.sentBy().portOr(5060) == sentBy.portOr(5060);
  }
}
