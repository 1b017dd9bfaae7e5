package org.siplab.element.proxy;

import java.util.Objects;
import org.siplab.message.Uri;

/**
 * One URI of a request's target set (section 16.5).
 *
 * @param uri where the request goes: it becomes the copy's Request-URI (section 16.6 step 2)
 * @param q the contact's preference from the location service, or 1 for the Request-URI itself
 */
record Target(Uri uri, double q) {

  Target {
    Objects.requireNonNull(uri, "uri");
  }

  @Override
  public String toString() {
    return q == 1.0 ? uri.toString() : uri + " (q=" + q + ")";
  }
}
