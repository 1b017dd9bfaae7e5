package org.siplab.element;

import java.util.Optional;
import org.siplab.sim.Endpoint;

/** The elements of a scenario by name, and the element that serves a domain. */
public interface Directory {

  /** The endpoint of the element with this name. */
  Optional<Endpoint> endpointOf(String element);

  /** The name of the element listening on this endpoint. */
  Optional<String> elementAt(Endpoint endpoint);

  /** The kind of the element with this name. */
  Optional<String> kindOf(String element);
}
