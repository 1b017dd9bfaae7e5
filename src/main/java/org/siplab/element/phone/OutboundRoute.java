package org.siplab.element.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.siplab.dialog.Resolver;
import org.siplab.element.Directory;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.sim.Endpoint;

/**
 * Where a request outside a dialog goes first (RFC 3261 section 8.1.2): through the outbound
 * proxies in the order configured, else straight to where its Request-URI leads.
 *
 * <p>Section 8.1.2 prefers "a pre-existing route set with a single URI" to name an outbound proxy,
 * so a request sent through one carries {@code Route: <sip:proxy-address:port;lr>} (as in RFC 3665
 * section 3.2, F1). When a proxy does not answer, section 8.1.2 has the UAC try the next server,
 * and "[e]ach try constitutes a new transaction, and therefore each carries a different topmost Via
 * header field value with a new branch parameter": the same request, routed to the next proxy.
 */
final class OutboundRoute {

  /** One outbound proxy: its element name, its endpoint and the URI its Route names. */
  record Hop(String element, Endpoint endpoint, SipUri uri) {}

  /** A request ready to send: with its Route, and where to. */
  record Routed(SipRequest request, Endpoint destination, Optional<Hop> hop) {}

  private final List<Hop> hops;
  private final Resolver resolver;

  private OutboundRoute(List<Hop> hops, Resolver resolver) {
    this.hops = List.copyOf(hops);
    this.resolver = resolver;
  }

  /** The proxies named in the configuration, found in the scenario's directory. */
  static OutboundRoute of(List<String> proxies, Directory directory, Resolver resolver) {
    List<Hop> hops = new ArrayList<>();
    for (String name : proxies) {
      Endpoint endpoint = directory.endpointOf(name).orElseThrow(() ->
          new IllegalStateException("the outbound proxy " + name + " is not in the scenario"));
      String host = endpoint.address().indexOf(':') >= 0
          ? "[" + endpoint.address() + "]" : endpoint.address();
      SipUri uri = new SipUri(false, null, null, new HostPort(host, endpoint.port()),
          Parameters.of(Parameter.flag("lr")), Parameters.NONE);
      hops.add(new Hop(name, endpoint, uri));
    }
    return new OutboundRoute(hops, resolver);
  }

  /** The request routed through the first proxy, or to where its Request-URI resolves. */
  Optional<Routed> first(SipRequest request) {
    if (!hops.isEmpty()) {
      return Optional.of(through(request, hops.get(0)));
    }
    return resolver.resolve(request.requestUri())
        .map(destination -> new Routed(request, destination, Optional.empty()));
  }

  /** The request routed through the proxy after the one at {@code failed}, if there is one. */
  Optional<Routed> after(SipRequest request, Endpoint failed) {
    for (int i = 0; i + 1 < hops.size(); i++) {
      if (hops.get(i).endpoint().equals(failed)) {
        return Optional.of(through(request, hops.get(i + 1)));
      }
    }
    return Optional.empty();
  }

  /** The element name of the proxy at {@code endpoint}, or the endpoint itself. */
  String nameOf(Endpoint endpoint) {
    return hops.stream().filter(h -> h.endpoint().equals(endpoint)).map(Hop::element)
        .findFirst().orElse(endpoint.toString());
  }

  private static Routed through(SipRequest request, Hop hop) {
    return new Routed(request.with(HeaderName.ROUTE, NameAddress.of(hop.uri())), hop.endpoint(),
        Optional.of(hop));
  }

  /**
   * Section 8.1.2: a request goes to "the first Route header field value in the request (if
   * one exists), or ... the request's Request-URI": where that URI leads in the scenario.
   */
  Optional<Endpoint> nextHop(SipRequest request) {
    List<NameAddress> routes = request.routes();
    Uri target = !routes.isEmpty() && routes.get(0).uri() instanceof SipUri s
        && s.isLooseRouter() ? s : request.requestUri();
    return resolver.resolve(target);
  }
}
