package org.siplab.element.proxy;

import java.util.function.Consumer;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ServerTransaction;

/**
 * What the proxy forwards without a response context: the ACK for a 2xx, a request of its own that
 * the UAC sends end to end (sections 13.2.2.4 and 16.6); a CANCEL that matches no context
 * (section 16.10) and the responses to it; and a copy of a 2xx that an INVITE client
 * transaction, Accepted until Timer M (RFC 6026 section 8.4), passes up after the context has
 * ended. Nothing is answered, except a CANCEL that has no target at all (section 16.5). Any other
 * response that matches no client transaction never gets here: the proxy discards it (RFC 6026
 * section 8.9, {@link StatefulProxy#onStrayResponse}).
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
    forward(ack, refusal -> services.note("drops ACK", refusal.why()));
  }

  /**
   * A CANCEL that matches no response context, already validated (section 16.3). Section 16.10:
   * "If a response context is not found, the element does not have any knowledge of the request
   * to apply the CANCEL to. It MUST statelessly forward the CANCEL request". So no context, no
   * Timer C and no response of its own: the responses it gets come back with this proxy's
   * stateless Via on top and go on by the next one ({@link #forwardsStatelessly}). Only a CANCEL
   * with no target at all is answered, with the error of section 16.5. Otherwise the server
   * transaction the layer made for it is released: a stateless proxy keeps none, so each
   * retransmission of the CANCEL is forwarded in turn, and nothing is left behind.
   *
   * @param server the server transaction the layer made for the CANCEL
   * @param noTarget what the proxy answers when section 16.5 finds no target
   */
  void forwardCancel(SipRequest cancel, ServerTransaction server, Consumer<Refusal> noTarget) {
    services.note("forwards statelessly", "CANCEL: no response context matches it, so it goes to"
        + " one target without one (RFC 3261 sections 16.10 and 16.11)");
    boolean[] refused = {false};
    forward(cancel, refusal -> {
      refused[0] = true;
      noTarget.accept(refusal);
    });
    if (!refused[0]) {
      server.release("the proxy forwarded the CANCEL statelessly and keeps no transaction for it"
          + " (RFC 3261 sections 16.10 and 16.11)");
    }
  }

  /** Sections 16.4 to 16.6 as section 16.11 changes them: one target, no client transaction. */
  private void forward(SipRequest request, Consumer<Refusal> noTarget) {
    SipRequest routed = RouteInformation.preprocess(request, self);
    TargetDetermination.Result result = targets.targetsOf(routed);
    if (result instanceof TargetDetermination.NotFound notFound) {
      noTarget.accept(notFound.refusal());
      return;
    }
    if (result instanceof TargetDetermination.Itself) {
      if (request.method().equals(Method.ACK)) {
        // Section 17: an ACK is never answered. This one is for this proxy, which sends no 2xx
        // of its own to an INVITE, so it ends here instead of going round to the proxy again.
        services.note("drops ACK", "the ACK is addressed to this proxy (RFC 3261 section 16.5)");
      } else {
        noTarget.accept(AsRecipient.answer(routed));
      }
      return;
    }
    // Section 16.11: a request forwarded statelessly goes to "one and only one target", a choice
    // that "MUST only rely on fields in the message and time-invariant properties of the server":
    // the first of the target set, highest q first.
    Target target = ((TargetDetermination.Found) result).targets().get(0);
    RequestForwarding.Outcome outcome = services.forwarding().copyFor(routed, target,
        services.branches().forStatelessForwarding(request), false);
    if (outcome instanceof RequestForwarding.Unroutable unroutable) {
      services.note("drops " + request.method().name(), unroutable.why());
      return;
    }
    RequestForwarding.Copy copy = (RequestForwarding.Copy) outcome;
    services.layer().sendStateless(copy.request(), copy.destination());
  }

  /**
   * Whether {@code response} answers a request this proxy forwarded statelessly: its top Via is
   * this proxy's and carries a branch made by {@link Branches#forStatelessForwarding}.
   */
  boolean forwardsStatelessly(SipResponse response) {
    return response.topVia() != null && services.branches().isStateless(response.topVia());
  }

  /**
   * A response to a request this proxy forwarded statelessly (a CANCEL that matched no response
   * context). Section 16.11: "the proxy MUST remove that header field value from the response and
   * forward the result to the location indicated in the next Via header field value".
   */
  void forwardAnswer(SipResponse response) {
    forward(response, " answers a " + response.cseq().method().name() + " this proxy forwarded"
        + " statelessly (RFC 3261 section 16.11)");
  }

  /**
   * A response of a client transaction whose response context has ended, processed as section
   * 16.7 processes one without a context, "as a stateless proxy": its own top Via removed, sent
   * where the next one says (section 16.11). Section 16.7: "If no Via header field values remain
   * in the response, the response was meant for this element and MUST NOT be forwarded."
   */
  void forwardResponse(SipResponse response) {
    forward(response, " comes after its request was answered (RFC 3261 section 16.7, RFC 6026"
        + " section 8.4)");
  }

  private void forward(SipResponse response, String why) {
    SipResponse viaRemoved = Upstream.withoutTopVia(response);
    if (viaRemoved.topVia() == null) {
      services.note("drops a response", response.status() + " " + response.reason()
          + " carries no Via below this proxy's, so it was meant for this proxy (RFC 3261"
          + " section 16.7 step 3)");
      return;
    }
    services.note("forwards statelessly", response.status() + " " + response.reason() + why);
    services.upstream().forward(null, viaRemoved, response.topVia());
  }
}
