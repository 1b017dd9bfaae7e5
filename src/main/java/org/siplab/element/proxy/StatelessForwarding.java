package org.siplab.element.proxy;

import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * What the proxy forwards without a response context: the ACK for a 2xx, a request of its own that
 * the UAC sends end to end (sections 13.2.2.4 and 16.6), and a copy of a 2xx that an INVITE client
 * transaction, Accepted until Timer M (RFC 6026 section 8.4), passes up after the context has
 * ended. Nothing is answered. A response that matches no client transaction at all never gets
 * here: the proxy discards it (RFC 6026 section 8.9, {@link StatefulProxy#onStrayResponse}).
 */
final class StatelessForwarding {

  private final ProxyServices services;
  private final ProxyAddress self;
  private final TargetDetermination targets;

  StatelessForwarding(ProxyServices services, ProxyAddress self, TargetDetermination targets) {
    this.services = services;
    this.self = self;
    this.targets = targets;
  }

  /**
   * An ACK no server transaction absorbed: it goes on by its Route or Request-URI like any request
   * (sections 16.4 to 16.6), with a branch that is the same each time the same ACK comes (section
   * 16.11), and without Record-Route. An ACK cannot be answered, so one that cannot be forwarded
   * is dropped.
   */
  void forwardAck(SipRequest ack) {
    if (ack.maxForwards() == 0) {
      services.note("drops ACK", "Max-Forwards is 0 and an ACK gets no 483 (RFC 3261 section 16.3"
          + " step 3)");
      return;
    }
    SipRequest routed = RouteInformation.preprocess(ack, self);
    TargetDetermination.Result result = targets.targetsOf(routed);
    if (result instanceof TargetDetermination.NotFound notFound) {
      services.note("drops ACK", notFound.refusal().why());
      return;
    }
    // Section 16.11: a request forwarded statelessly goes to "one and only one target".
    Target target = ((TargetDetermination.Found) result).targets().get(0);
    RequestForwarding.Outcome outcome = services.forwarding().copyFor(routed, target,
        services.branches().forStatelessForwarding(ack), false);
    if (outcome instanceof RequestForwarding.Unroutable unroutable) {
      services.note("drops ACK", unroutable.why());
      return;
    }
    RequestForwarding.Copy copy = (RequestForwarding.Copy) outcome;
    services.layer().sendStateless(copy.request(), copy.destination());
  }

  /**
   * A response of a client transaction whose response context has ended, processed as section
   * 16.7 processes one without a context, "as a stateless proxy": its own top Via removed, sent
   * where the next one says (section 16.11). "If no Via header field values remain in the
   * response, the response was meant for this element and MUST NOT be forwarded."
   */
  void forwardResponse(SipResponse response) {
    SipResponse viaRemoved = Upstream.withoutTopVia(response);
    if (viaRemoved.topVia() == null) {
      services.note("drops a response", response.status() + " " + response.reason()
          + " carries no Via below this proxy's, so it was meant for this proxy (RFC 3261"
          + " section 16.7 step 3)");
      return;
    }
    services.note("forwards statelessly", response.status() + " " + response.reason()
        + " comes after its request was answered (RFC 3261 section 16.7, RFC 6026 section 8.4)");
    services.upstream().forward(null, viaRemoved, response.topVia());
  }
}
