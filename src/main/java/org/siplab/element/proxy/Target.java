package org.siplab.element.proxy;

import java.util.Objects;
import org.siplab.message.Uri;

/**
 * One URI of a request's target set (section 16.5).
 *
 * @param uri where the request goes: it becomes the copy's Request-URI (section 16.6 step 2)
 * @param q the contact's preference from the location service, or 1 for the Request-URI itself
 * @param destination where the copy goes when it carries no Route, instead of the host of {@code
 *     uri}; null for that host (section 16.6 step 7). A REGISTER for the proxy's own domain keeps
 *     its Request-URI and goes to the registrar.
 */
record Target(Uri uri, double q, Uri destination) {

  Target {
    Objects.requireNonNull(uri, "uri");
  }

  Target(Uri uri, double q) {
    this(uri, q, null);
  }

  @Override
  public String toString() {
    return q == 1.0 ? uri.toString() : uri + " (q=" + q + ")";
  }
}
