package org.siplab.explain;

import org.siplab.trace.TraceEvent.Binding;

/**
 * Explains a change of a registrar's location service (RFC 3261 section 10.3): a binding of an
 * address-of-record to a Contact added, refreshed, removed or expired, with its expiry time.
 */
final class BindingExplainer {

  private final Causes causes;

  BindingExplainer(Causes causes) {
    this.causes = causes;
  }

  Explanation explain(Binding b) {
    String on = ", on " + causes.of(b);
    String binding = b.aor() + " -> " + b.contact();
    String text = switch (b.action()) {
      case "added" -> b.element() + " adds the binding " + binding + until(b) + on
          + ": requests for " + b.aor() + " can now reach " + b.contact()
          + Rfc.cite("10.3 step 7");
      case "refreshed" -> b.element() + " refreshes the binding " + binding + until(b) + on
          + ": registering the same Contact again pushes its expiry back"
          + Rfc.cite("10.2.4", "10.3 step 7");
      case "removed" -> b.element() + " removes the binding " + binding + on
          + ": the REGISTER asked for it with an expiration of 0" + Rfc.cite("10.2.2",
          "10.3 step 7");
      case "cleared" -> b.element() + " removes the binding " + binding + on
          + ": Contact: * with Expires: 0 removes every binding of " + b.aor()
          + Rfc.cite("10.2.2", "10.3 step 6");
      case "replaced" -> b.element() + " drops the binding " + binding + on
          + ": it keeps one address an account, as chan_sip's sip_peer.addr, and the REGISTER"
          + " named another Contact, which takes its place (a registrar of RFC 3261 would keep"
          + " both, section 10.3 step 7)" + Rfc.cite("10.3 step 7");
      case "expired" -> b.element() + "'s binding " + binding + " expires" + on
          + ": nobody refreshed it in time, so requests for " + b.aor() + " no longer reach "
          + b.contact() + Rfc.cite("10.2.1.1", "10.3");
      default -> b.element() + "'s binding " + binding + " is " + b.action() + on
          + Rfc.cite("10.3");
    };
    return new Explanation(text + ".", Note.AOR_AND_CONTACT);
  }

  private static String until(Binding b) {
    long left = b.expiresUs() - b.timeUs();
    return " until " + Durations.at(b.expiresUs()) + " (" + Durations.text(left) + " from now)";
  }
}
