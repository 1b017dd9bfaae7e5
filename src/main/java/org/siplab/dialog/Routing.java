package org.siplab.dialog;

import java.util.ArrayList;
import java.util.List;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameters;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;

/**
 * The Request-URI and Route header of a request in a dialog, from its remote target and route set
 * (RFC 3261 section 12.2.1.1):
 *
 * <ul>
 *   <li>an empty route set: the remote target is the Request-URI and there is no Route;
 *   <li>a first route with {@code lr} (a loose router): the remote target is the Request-URI and
 *       the Route is the route set;
 *   <li>a first route without {@code lr} (an RFC 2543 strict router): that route's URI, stripped of
 *       parameters not allowed in a Request-URI, is the Request-URI, and the Route is the rest of
 *       the route set followed by the remote target.
 * </ul>
 */
record Routing(Uri requestUri, List<NameAddress> route) {

  static Routing of(Uri remoteTarget, List<NameAddress> routeSet) {
    if (routeSet.isEmpty()) {
      return new Routing(remoteTarget, List.of());
    }
    NameAddress first = routeSet.get(0);
    if (first.uri() instanceof SipUri s && s.isLooseRouter()) {
      return new Routing(remoteTarget, routeSet);
    }
    List<NameAddress> route = new ArrayList<>(routeSet.subList(1, routeSet.size()));
    route.add(NameAddress.of(remoteTarget));
    return new Routing(requestUriOf(first.uri()), route);
  }

  /** Section 19.1.1, table 1: a Request-URI holds no URI headers and no method parameter. */
  private static Uri requestUriOf(Uri uri) {
    if (uri instanceof SipUri s) {
      return new SipUri(s.secure(), s.user(), s.password(), s.hostPort(),
          s.parameters().without("method"), Parameters.NONE);
    }
    return uri;
  }
}
