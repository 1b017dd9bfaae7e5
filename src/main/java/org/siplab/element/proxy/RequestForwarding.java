package org.siplab.element.proxy;

import java.util.Optional;
import java.util.Set;
import org.siplab.dialog.Resolver;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.SipRequest;
import org.siplab.message.Uri;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;

/**
 * RFC 3261 section 16.6 steps 1 to 8: the copy of a request for one target, and where it goes.
 * Steps 9 to 11 (Content-Length, the client transaction, Timer C) are the caller's: the printer
 * always writes Content-Length, and a copy of an ACK is sent without a transaction.
 */
final class RequestForwarding {

  /**
   * The requests that can create a dialog. Section 16.6 step 4: "INVITE is the only such request
   * in this specification"; RFC 6665 and RFC 3515 add SUBSCRIBE and REFER.
   */
  private static final Set<Method> DIALOG_CREATING =
      Set.of(Method.INVITE, Method.SUBSCRIBE, Method.REFER);

  private final ProxyConfig config;
  private final ProxyAddress self;
  private final Resolver resolver;
  private final CallIdChanger callIds;
  private final SipAlg alg;

  /** {@code alg} is null unless the proxy is an ALG. */
  RequestForwarding(ProxyConfig config, ProxyAddress self, Resolver resolver,
      CallIdChanger callIds, SipAlg alg) {
    this.config = config;
    this.self = self;
    this.resolver = resolver;
    this.callIds = callIds;
    this.alg = alg;
  }

  /** What forwarding to one target gives. */
  sealed interface Outcome {}

  /** A copy ready to send, and whether it carries a Via of this proxy (it may misbehave). */
  record Copy(SipRequest request, Endpoint destination, boolean hasOwnVia) implements Outcome {}

  /** No element serves the copy's next hop. */
  record Unroutable(String why) implements Outcome {}

  /**
   * The copy of {@code request} (already through section 16.4) for {@code target}, with a Via
   * carrying {@code branch}, or why it cannot be sent.
   *
   * @param mayRecordRoute false for a request forwarded outside a transaction (an ACK)
   */
  Outcome copyFor(SipRequest request, Target target, String branch, boolean mayRecordRoute) {
    // Step 1: "The proxy starts with a copy of the received request" and "MUST NOT add to,
    // modify, or remove the message body"; only an ALG, below, breaks that on purpose.
    // Step 2: "The Request-URI in the copy's start line MUST be replaced with the URI for this
    // target."
    SipRequest copy = request.withRequestUri(RouteInformation.asRequestUri(target.uri()));
    copy = withMaxForwardsDecremented(copy);
    if (config.auth() != null) {
      // The credentials for this proxy's realm end here, on every request it forwards, as they
      // do on the requests it authenticated (ProxyAuthentication): the ACK for a 2xx and the
      // requests within a dialog too, which it never challenges but which carry the credentials
      // a UA cached for the Call-ID (22.3). RFC 3665 section 3.3 shows it on the ACK: F19 has
      // both realms' values, F20 past Proxy 1 only biloxi's, F21 past Proxy 2 none.
      copy = ProxyAuthentication.withoutCredentialsFor(config.auth().realm(), copy);
    }
    if (mayRecordRoute && config.recordsRoute() && createsDialog(request)) {
      // Step 4: to "remain on the path of future requests in a dialog created by this request
      // ..., it MUST insert a Record-Route header field value into the copy before any existing
      // Record-Route header field values".
      copy = copy.prepend(HeaderName.RECORD_ROUTE, NameAddress.of(self.recordRouteUri()));
    }
    copy = RouteInformation.forStrictRouter(copy);
    // Step 7: the next hop is the first Route, else the Request-URI, unless this proxy has its
    // own destination for the target (a REGISTER it passes on to its domain's registrar).
    Uri hop = target.destination() != null && copy.routes().isEmpty() ? target.destination()
        : RouteInformation.nextHop(copy);
    Optional<Endpoint> destination = resolver.resolve(hop);
    if (destination.isEmpty()) {
      return new Unroutable("no element serves " + hop + " (RFC 3261 section 16.6 step 7)");
    }
    boolean ownVia = !config.misbehaves(Misbehaviour.NO_VIA);
    if (ownVia) {
      // Step 8: "The proxy MUST insert a Via header field value into the copy before the
      // existing Via header field values."
      copy = copy.prepend(HeaderName.VIA, Via.udp(self.sentBy(), branch));
    }
    if (alg != null) {
      copy = alg.rewrite(copy);
    }
    if (config.misbehaves(Misbehaviour.CHANGE_CALL_ID)) {
      copy = callIds.swap(copy);
    }
    return new Copy(copy, destination.get(), ownVia);
  }

  /**
   * Step 3: "If the copy contains a Max-Forwards header field, the proxy MUST decrement its value
   * by one (1). If the copy does not contain a Max-Forwards header field, the proxy MUST add one
   * with a field value, which SHOULD be 70."
   */
  private SipRequest withMaxForwardsDecremented(SipRequest copy) {
    if (config.misbehaves(Misbehaviour.NO_MAX_FORWARDS_DECREMENT)) {
      return copy;
    }
    int hops = copy.maxForwards();
    return copy.with(HeaderName.MAX_FORWARDS, new Numeric(hops < 0 ? 70 : hops - 1));
  }

  private static boolean createsDialog(SipRequest request) {
    return DIALOG_CREATING.contains(request.method())
        && (request.to() == null || !request.to().hasTag());
  }
}
