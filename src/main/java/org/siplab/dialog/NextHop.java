package org.siplab.dialog;

import java.util.List;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.Uri;

/** Where a UAC sends a request (RFC 3261 section 8.1.2). */
final class NextHop {

  private NextHop() {}

  /**
   * Section 8.1.2: the UAC sends the request to the location the first Route header field value
   * names if there is one, or else the Request-URI (with a strict router first, the
   * Request-URI already holds it, section 12.2.1.1).
   */
  static Uri of(SipRequest request) {
    List<NameAddress> routes = request.routes();
    if (!routes.isEmpty() && isLoose(routes.get(0).uri())) {
      return routes.get(0).uri();
    }
    return request.requestUri();
  }

  private static boolean isLoose(Uri uri) {
    return uri instanceof org.siplab.message.SipUri s && s.isLooseRouter();
  }
}
