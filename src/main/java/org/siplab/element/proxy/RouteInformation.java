package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;

/**
 * The Route processing of a proxy: section 16.4 on the request received, and section 16.6 steps 6
 * and 7 on each copy forwarded. Loose routing (the {@code lr} parameter) leaves the Request-URI
 * alone and pops Route values; strict routers (RFC 2543) expect their own URI in the Request-URI.
 */
final class RouteInformation {

  private RouteInformation() {}

  /** Section 16.4, route information preprocessing. */
  static SipRequest preprocess(SipRequest request, ProxyAddress self) {
    SipRequest out = request;
    List<NameAddress> routes = out.routes();
    // The value placed in Record-Route carries lr, and a strict router copies it whole into the
    // Request-URI; a request merely addressed to this proxy (an OPTIONS to sip:its-address) does
    // not, and is not rewritten (URI comparison would ignore a parameter only one side has).
    if (out.requestUri() instanceof SipUri uri && uri.equivalentTo(self.recordRouteUri())
        && uri.parameters().has("lr") && !routes.isEmpty()) {
      // "If the Request-URI of the request contains a value this proxy previously placed into a
      // Record-Route header field ..., the proxy MUST replace the Request-URI in the request
      // with the last value from the Route header field, and remove that value": the element
      // before was a strict router.
      List<NameAddress> rest = new ArrayList<>(routes.subList(0, routes.size() - 1));
      out = HeaderEdits.replaceValues(out, HeaderName.ROUTE, rest)
          .withRequestUri(routes.get(routes.size() - 1).uri());
    }
    out = withoutOwnMaddr(out, self);
    List<NameAddress> remaining = out.routes();
    if (!remaining.isEmpty() && self.isMe(remaining.get(0).uri())) {
      // "If the first value in the Route header field indicates this proxy, the proxy MUST
      // remove that value from the request."
      out = out.withoutFirstValue(HeaderName.ROUTE);
    }
    return out;
  }

  /**
   * Section 16.4: "If the Request-URI has a maddr parameter with a value the proxy is responsible
   * for, and the request was received using the port and transport indicated (explicitly or by
   * default) in the Request-URI, the proxy MUST strip the maddr and any non-default port or
   * transport parameter and continue processing as if those values had not been present in the
   * request." The values this proxy is responsible for are its own address and its domain (both
   * lead to it); it receives on UDP at its own port. Left in, the maddr would make the target set
   * the Request-URI alone (16.5) and send the request back to this proxy until it looped to 482.
   */
  private static SipRequest withoutOwnMaddr(SipRequest request, ProxyAddress self) {
    if (!(request.requestUri() instanceof SipUri uri) || uri.parameter("maddr") == null) {
      return request;
    }
    String transport = uri.parameter("transport");
    int port = uri.hostPort().portOr(5060);
    SipUri maddr = new SipUri(false, null, null,
        new HostPort(uri.parameter("maddr"), uri.hostPort().port()), Parameters.NONE,
        Parameters.NONE);
    boolean ours = self.isMe(maddr) && port == self.endpoint().port()
        && (transport == null || transport.equalsIgnoreCase("udp"));
    if (!ours) {
      return request;
    }
    SipUri stripped = uri.withoutParameter("maddr").withoutParameter("transport");
    if (uri.hostPort().hasPort() && port != 5060) {
      stripped = stripped.withHostPort(HostPort.of(uri.hostPort().host()));
    }
    return request.withRequestUri(stripped);
  }

  /**
   * Section 16.6 step 6: "If the copy contains a Route header field, the proxy MUST inspect the
   * URI in its first value. If that URI does not contain an lr parameter", the next hop is a
   * strict router: the Request-URI goes to the end of the Route, and the first Route value
   * becomes the Request-URI.
   */
  static SipRequest forStrictRouter(SipRequest copy) {
    List<NameAddress> routes = copy.routes();
    if (routes.isEmpty() || isLoose(routes.get(0).uri())) {
      return copy;
    }
    List<NameAddress> rest = new ArrayList<>(routes.subList(1, routes.size()));
    rest.add(NameAddress.of(copy.requestUri()));
    return HeaderEdits.replaceValues(copy, HeaderName.ROUTE, rest)
        .withRequestUri(asRequestUri(routes.get(0).uri()));
  }

  /**
   * Section 16.6 step 7: the URI whose server the copy is sent to: the Request-URI when it was
   * reformatted for a strict router, "Otherwise ... the first value in the Route header field, if
   * present, else the Request-URI".
   */
  static Uri nextHop(SipRequest copy) {
    List<NameAddress> routes = copy.routes();
    if (!routes.isEmpty() && isLoose(routes.get(0).uri())) {
      return routes.get(0).uri();
    }
    return copy.requestUri();
  }

  /**
   * Section 16.6 step 2: "If the URI contains any parameters not allowed in a Request-URI, they
   * MUST be removed"; section 19.1.1, table 1, allows there no method parameter and no headers.
   */
  static Uri asRequestUri(Uri uri) {
    if (uri instanceof SipUri s) {
      return new SipUri(s.secure(), s.user(), s.password(), s.hostPort(),
          s.parameters().without("method"), Parameters.NONE);
    }
    return uri;
  }

  private static boolean isLoose(Uri uri) {
    return uri instanceof SipUri s && s.isLooseRouter();
  }
}
