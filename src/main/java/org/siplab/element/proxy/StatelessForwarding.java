package org.siplab.element.proxy;

import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * What the proxy forwards without a transaction: the ACK for a 2xx, a request of its own that the
 * UAC sends end to end (sections 13.2.2.4 and 16.6), and responses that match no client
 * transaction, such as a 2xx retransmitted after the INVITE client transaction ended (section 16.7,
 * RFC 6026). A response context does not exist for either, and nothing is answered.
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
   * Section 16.7: "If none is found, the element MUST process the response (even if it is an
   * informational response) as a stateless proxy": its own top Via removed, sent where the next
   * one says (section 16.11). "If no Via header field values remain in the response, the response
   * was meant for this element and MUST NOT be forwarded."
   */
  void forwardResponse(SipResponse response) {
    SipResponse viaRemoved = Upstream.withoutTopVia(response);
    if (viaRemoved.topVia() == null) {
      services.note("drops a response", response.status() + " " + response.reason()
          + " was meant for this proxy and matches none of its transactions (RFC 3261 section"
          + " 16.7 step 3)");
      return;
    }
    services.note("forwards statelessly", response.status() + " " + response.reason()
        + " matches no client transaction of this proxy (RFC 3261 section 16.7, RFC 6026)");
    services.upstream().forward(null, viaRemoved, response.topVia());
  }
}
