package org.siplab.element.phone;

import java.util.Optional;
import org.siplab.message.HeaderName;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;

/**
 * How a request outside a dialog follows a 3xx (RFC 3261 section 8.1.3.4), whatever its method:
 * "Upon receipt of a redirection response (for example, a 301 response status code), clients
 * SHOULD use the URI(s) in the Contact header field to formulate one or more new requests based
 * on the redirected request." The Contacts join the {@link TargetSet}, and each target is tried in
 * turn, as a new transaction (a new branch) with the next CSeq and the same Call-ID, To and From.
 * The INVITE of a call and a lone OPTIONS or MESSAGE share it, so that both follow one rule.
 */
final class Redirection {

  private final PhoneKit kit;
  private final TargetSet targets;

  Redirection(PhoneKit kit, SipUri first) {
    this.kit = kit;
    this.targets = new TargetSet(first);
  }

  /** Adds the Contacts of a 3xx to the target set, each URI once. */
  void redirected(SipResponse response) {
    int added = targets.addContacts(response.contacts());
    kit.reporter().note("redirected", response.status() + " " + response.reason() + " names "
        + added + " new target(s) (section 8.1.3.4)");
  }

  /** Whether a target is left to try. */
  boolean hasNext() {
    return targets.hasNext();
  }

  /**
   * {@code previous} again, to the next target, after {@code failure} (a 3xx, a refusal, a
   * timeout, a target nobody serves); empty when no target is left. The Route goes: the request
   * is routed again from the start.
   */
  Optional<SipRequest> next(SipRequest previous, String failure) {
    Optional<SipUri> target = targets.next();
    if (target.isEmpty()) {
      return Optional.empty();
    }
    // Section 8.1.3.4: "a UAC MUST copy the entire URI from the target set into the Request-URI,
    // except for the "method-param" and "header" URI parameters".
    SipUri uri = target.get().withoutParameter("method").withoutHeaders();
    kit.reporter().note("tries", uri + " after " + failure);
    return Optional.of(kit.nextTargetOf(previous.without(HeaderName.ROUTE)).withRequestUri(uri));
  }
}
