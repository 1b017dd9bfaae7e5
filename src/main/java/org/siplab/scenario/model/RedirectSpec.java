package org.siplab.scenario.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.message.SipUri;

/**
 * A redirect server (RFC 3261 section 8.3): answers 302 with the contacts of the target, found in a
 * registrar's location service or in a fixed table (exactly one of the two is given).
 */
public record RedirectSpec(
    ElementCore core,
    Optional<String> domain,
    Optional<String> registrar,
    Map<SipUri, List<SipUri>> contacts)
    implements ElementSpec {

  public RedirectSpec {
    contacts = Copies.ordered(contacts);
  }
}
