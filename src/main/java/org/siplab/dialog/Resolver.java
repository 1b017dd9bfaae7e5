package org.siplab.dialog;

import java.util.Optional;
import org.siplab.message.Uri;
import org.siplab.sim.Endpoint;

/**
 * Finds where to send a request for a URI: RFC 3263's job (DNS NAPTR, SRV and A records), which the
 * simulation answers from the scenario's elements and addresses.
 */
public interface Resolver {

  /** The endpoint serving {@code uri}'s host and port, if the network has one. */
  Optional<Endpoint> resolve(Uri uri);
}
