package org.siplab.element.redirect;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siplab.dialog.Dialog;
import org.siplab.element.LocationService;
import org.siplab.element.LocationService.Binding;
import org.siplab.element.OwnUri;
import org.siplab.element.UserAgentElement;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Token;
import org.siplab.message.Warning;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A redirect server, RFC 3261 section 8.3: "After receiving a request other than CANCEL, the
 * server either refuses the request or gathers the list of alternative locations from the
 * location service and returns a final response of class 3xx." It answers 302 (Moved
 * Temporarily) with a Contact for each current binding of the Request-URI's address-of-record,
 * 404 when it knows no such address, 480 (Temporarily Unavailable) when the address has no
 * binding now. The caller follows the redirect itself (section 8.1.3.4), as in RFC 3665 section
 * 3.6; the ACK for the 302 is the caller's INVITE client transaction's (section 17.1.1.3) and is
 * absorbed by this server's INVITE server transaction.
 *
 * <p>Section 8.3: "A redirect server does not issue any SIP requests of its own"; its UA core
 * answers CANCEL (section 9.2). Section 8.3 again: "Redirect servers MUST ignore features that
 * are not understood (including unrecognized header fields, any unknown option tags in Require,
 * or even method names)", so Require is not checked and every method but ACK and CANCEL is
 * redirected, except an OPTIONS addressed to the server itself, which it answers 200 (section 11,
 * see {@link #capabilities}).
 */
public final class RedirectServer extends UserAgentElement {

  private final RedirectConfig config;
  private LocationService locations;

  public RedirectServer(String name, RedirectConfig config) {
    super(name);
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String kind() {
    return "redirect";
  }

  public RedirectConfig config() {
    return config;
  }

  @Override
  protected void started() {
    locations = config.locationService()
        .orElseGet(() -> new StaticLocations(config.contacts()));
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog) {
    SipResponse response = answer(transaction);
    if (config.misbehaves(Misbehaviour.DROP_TO_TAG) && response.to() != null
        && response.to().hasTag()) {
      context().events().note(name(), "misbehaves", "sends its " + response.status()
          + " without a To tag, which section 8.2.6.2 requires of a UAS (drop-to-tag)");
      response = (SipResponse) response.with(HeaderName.TO, response.to().withoutTag());
    }
    core().respond(transaction, response);
  }

  private SipResponse answer(ServerTransaction transaction) {
    SipRequest request = transaction.request();
    if (request.method().equals(Method.OPTIONS)
        && OwnUri.namesItself(request, context(), config.domain().orElse(null))) {
      return capabilities(transaction);
    }
    if (!(request.requestUri() instanceof SipUri target)) {
      return refuse(transaction, 416, "the Request-URI " + request.requestUri()
          + " is not a SIP URI (RFC 3261 section 8.2.2.1)");
    }
    if (config.domain().isPresent() && !target.host().equalsIgnoreCase(config.domain().get())) {
      return refuse(transaction, 404, "this server redirects requests for "
          + config.domain().get() + " only, not for " + target.host());
    }
    String aor = target.aorKey();
    if (!locations.knows(aor)) {
      return refuse(transaction, 404, aor + " is not an address-of-record this server knows");
    }
    List<Binding> bindings = locations.lookup(aor);
    if (bindings.isEmpty()) {
      return refuse(transaction, 480, "no binding for " + aor
          + ": the user is known but not registered now");
    }
    List<NameAddress> contacts = contacts(bindings, target);
    if (contacts.isEmpty()) {
      // Section 8.3: "redirect servers MUST NOT redirect a request to a URI equal to the one in
      // the Request-URI; instead ... the server ... MAY reject it with a 404."
      return refuse(transaction, 404, "the only binding of " + aor + " is the Request-URI"
          + " itself, and a redirect there would loop (RFC 3261 section 8.3)");
    }
    List<String> uris = contacts.stream().map(c -> c.uri().toString()).toList();
    context().events().note(name(), "redirects", aor + " to " + String.join(", ", uris)
        + " (RFC 3261 section 8.3)");
    return core().responseTo(transaction, 302).eachOn(HeaderName.CONTACT, contacts).build();
  }

  /**
   * The Contact values of a 302, in the location service's order (highest q first). Section 8.3:
   * "An "expires" parameter to the Contact header field values may also be supplied to indicate
   * the lifetime of the Contact data": a registered binding's remaining seconds.
   */
  private List<NameAddress> contacts(List<Binding> bindings, SipUri target) {
    long now = context().timers().nowUs();
    List<NameAddress> contacts = new ArrayList<>();
    for (Binding b : bindings) {
      if (b.contact().uri() instanceof SipUri uri && uri.equivalentTo(target)) {
        continue;
      }
      NameAddress contact = b.contact();
      if (b.expiresAtUs() != StaticLocations.NEVER_US) {
        // Whole seconds left, rounded down but at least 1, as the registrar lists them.
        long seconds = Math.max(1, (b.expiresAtUs() - now) / 1_000_000);
        contact = contact.withParameter(Parameter.of("expires", Long.toString(seconds)));
      }
      contacts.add(contact);
    }
    return contacts;
  }

  /**
   * The 200 to an OPTIONS addressed to this server itself ({@link OwnUri}), as the proxy answers
   * one (section 11.2). Section 8.3's "either refuses the request or gathers the list of
   * alternative locations" is about a request for a target to locate; a Request-URI naming the
   * server has none, and the glossary (section 6) makes a redirect server "a user agent server",
   * of which section 11 says "All UAs MUST support the OPTIONS method" (notes/decisions.md). An
   * OPTIONS for a user is redirected or refused as an INVITE would be (section 11.2: "The
   * response code chosen MUST be the same that would have been chosen had the request been an
   * INVITE").
   *
   * <p>Its Supported is empty: the server supports no extension. It carries no Allow, as a
   * proxy's does not: it redirects every method (section 8.3: "Redirect servers MUST ignore
   * features that are not understood (including ... method names)"), so it is as method agnostic
   * as section 11.2 says a proxy is; nor Accept, Accept-Encoding or Accept-Language, since it
   * reads no body.
   */
  private SipResponse capabilities(ServerTransaction transaction) {
    context().events().note(name(), "answers", "200: the OPTIONS is addressed to this redirect"
        + " server itself (no user part), which lists its capabilities (RFC 3261 section 11.2)");
    return core().responseTo(transaction, 200)
        .header(HeaderName.SUPPORTED, List.<Token>of()).build();
  }

  /** A refusal with a Warning that says why, and the same words in the trace. */
  private SipResponse refuse(ServerTransaction transaction, int status, String why) {
    context().events().note(name(), "refuses", status + ": " + why);
    return core().responseTo(transaction, status)
        .header(HeaderName.WARNING, new Warning(Warning.MISCELLANEOUS,
            core().layer().transport().sentBy().toString(), why))
        .build();
  }

  /** A redirect server sends no requests, so no response or client timeout ever comes. */
  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {}

  /** Only Timer H of a 3xx whose ACK never came; the transaction layer has recorded it. */
  @Override
  public void onTimedOut(Transaction transaction, TimerName timer) {}
}
