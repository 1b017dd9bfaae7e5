package org.siplab.element.proxy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.siplab.element.Element;
import org.siplab.element.ElementContext;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.Responses;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;
import org.siplab.transaction.TransactionLayer;

/**
 * A transaction-stateful proxy, RFC 3261 section 16: the proxy core above a transaction layer
 * (section 16.2, figure 3). For every new request it:
 *
 * <ol>
 *   <li>validates it (16.3, {@link RequestValidation}) and, when configured, authenticates its
 *       sender (22.3, {@link ProxyAuthentication});
 *   <li>preprocesses its Route (16.4, {@link RouteInformation});
 *   <li>determines its targets (16.5, {@link TargetDetermination});
 *   <li>forwards a copy to each in a client transaction (16.6, {@link RequestForwarding}), and
 *       answers an INVITE with 100 Trying itself (16.2: "The proxy core MUST behave as a UAS with
 *       respect to sending an immediate provisional");
 *   <li>processes all responses in the request's {@link ResponseContext} (16.7 to 16.10).
 * </ol>
 *
 * An ACK for a 2xx, a CANCEL that matches no response context (section 16.10) and the responses
 * to it, and a 2xx copy that its Accepted INVITE client transaction passes up after the response
 * context has ended, are forwarded statelessly ({@link StatelessForwarding}); any other response
 * that matches no client transaction is discarded (RFC 6026 section 8.9).
 *
 * <p>In the chan_sip study Asterisk is never a proxy: {@code handle_request} answers every INVITE
 * as a back-to-back user agent. The transaction layer's {@code find_call} by branch is what keeps
 * this proxy stateless about calls and stateful about transactions.
 */
public final class StatefulProxy implements Element {

  private final String name;
  private final ProxyConfig config;
  private ElementContext context;
  private ProxyServices services;
  private ProxyAddress self;
  private RequestValidation validation;
  private ProxyAuthentication authentication;
  private TargetDetermination targets;
  private ResponseContexts contexts;
  private StatelessForwarding stateless;

  public StatefulProxy(String name, ProxyConfig config) {
    this.name = Objects.requireNonNull(name, "name");
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "proxy";
  }

  public ProxyConfig config() {
    return config;
  }

  /** How many response contexts the proxy keeps now (requests not yet finished with). */
  public int openContexts() {
    return contexts == null ? 0 : contexts.size();
  }

  /** How many server transactions the proxy's transaction layer holds now. */
  public int serverTransactions() {
    return context == null ? 0 : context.transactions().serverTransactionCount();
  }

  @Override
  public void start(ElementContext ctx) {
    this.context = ctx;
    TransactionLayer layer = ctx.transactions();
    self = new ProxyAddress(layer.transport().sentBy(), ctx.endpoint(), ctx.resolver());
    authentication = config.auth() == null ? null
        : new ProxyAuthentication(config.auth(), ctx.random());
    Branches branches = new Branches(ctx.ids(), self,
        authentication == null ? null : authentication.realm());
    CallIdChanger callIds = new CallIdChanger(ctx.ids());
    SipAlg alg = !config.alg() ? null : new SipAlg(name, ctx.events(),
        config.publicAddress() == null ? ctx.endpoint().address() : config.publicAddress(),
        config.publicPortBase(), new AlgMediaLegs(name, ctx.events(), this::elementAt));
    services = new ProxyServices(name, config, layer, ctx.timers(), ctx.events(), branches,
        new RequestForwarding(config, self, ctx.resolver(), callIds, alg),
        new Upstream(config, layer, callIds, alg), new OwnResponses(ctx.ids()));
    validation = new RequestValidation(branches);
    targets = new TargetDetermination(config.domain(), config.locationService(),
        config.registrar(), self);
    contexts = new ResponseContexts(services);
    stateless = new StatelessForwarding(services, self, targets);
    describeSetUp();
  }

  /** The element whose SIP endpoint is {@code address}:5060, or the address itself. */
  private String elementAt(String address) {
    try {
      return context.directory().elementAt(new Endpoint(address, 5060)).orElse(address);
    } catch (IllegalArgumentException notAnIpAddress) {
      // An SDP c= line may name a host; the simulated network has no names, so no element.
      return address;
    }
  }

  private void describeSetUp() {
    if (config.timerCUs() <= 180_000_000L) {
      services.note("set up", "Timer C is " + config.timerCUs() / 1_000_000.0 + " s; RFC 3261"
          + " section 16.6 step 11 says it MUST be larger than 3 minutes");
    }
    for (Misbehaviour m : config.misbehave()) {
      services.note("misbehaves", m.key() + ": a deliberate violation, caught by rule "
          + m.rule());
    }
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction server) {
    contexts.forgetFinished();
    if (request.method().equals(Method.CANCEL) && cancelledContext(request, server)) {
      return;
    }
    Optional<Refusal> invalid = validation.firstFailure(request);
    if (invalid.isPresent()) {
      refuse(server, invalid.get());
      return;
    }
    if (request.method().equals(Method.CANCEL)) {
      stateless.forwardCancel(request, server, refusal -> refuse(server, refusal));
      return;
    }
    SipRequest admitted = request;
    if (authentication != null && ProxyAuthentication.applies(request)) {
      ProxyAuthentication.Outcome outcome = authentication.check(request,
          context.timers().nowUs());
      if (outcome instanceof ProxyAuthentication.Refused refused) {
        refuse(server, refused.refusal());
        return;
      }
      ProxyAuthentication.Accepted accepted = (ProxyAuthentication.Accepted) outcome;
      services.note("authenticated", accepted.explanation());
      admitted = accepted.request();
    }
    proxy(admitted, server);
  }

  /** Sections 16.4 to 16.6 for a request that passed validation. */
  private void proxy(SipRequest admitted, ServerTransaction server) {
    SipRequest routed = RouteInformation.preprocess(admitted, self);
    TargetDetermination.Result result = targets.targetsOf(routed);
    if (result instanceof TargetDetermination.NotFound notFound) {
      refuse(server, notFound.refusal());
      return;
    }
    if (result instanceof TargetDetermination.Itself) {
      refuse(server, AsRecipient.answer(routed));
      return;
    }
    TargetDetermination.Found found = (TargetDetermination.Found) result;
    if (found.why() != null) {
      services.note("finds targets", found.why());
    }
    contexts.open(server, routed).start(found.targets());
    if (routed.method().equals(Method.INVITE) && server.lastResponse() == null) {
      // Section 16.2: the proxy core sends "an immediate provisional" for an INVITE, as a UAS
      // does (section 8.2.6.1), once the request is on its way; RFC 3665's flows show it so.
      server.respond(Responses.trying(server.request()));
    }
  }

  /**
   * Section 16.10: a CANCEL whose INVITE this proxy has a server transaction for gets 200 at once
   * ("the element is acting as a user agent server"), and the pending branches are cancelled.
   * Returns false when no such transaction exists: the CANCEL is then forwarded statelessly, as
   * the section says, once it has passed section 16.3's validation (16.11: "A stateless proxy
   * MUST validate a request").
   */
  private boolean cancelledContext(SipRequest cancel, ServerTransaction server) {
    Optional<ServerTransaction> invite = context.transactions().findCancelTarget(cancel);
    if (invite.isEmpty()) {
      return false;
    }
    server.respond(services.answers().to(server.request(), 200, List.of()));
    contexts.of(invite.get()).ifPresent(ResponseContext::cancelRequested);
    return true;
  }

  private void refuse(ServerTransaction server, Refusal refusal) {
    services.note(refusal.status() == 407 ? "challenges" : "answers " + refusal.status(),
        refusal.why());
    server.respond(services.answers().to(server.request(), refusal.status(), refusal.fields()));
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction) {
    if (contexts.isOwnCancel(transaction)) {
      // Section 16.7 step 3: the CANCEL carried only this proxy's Via, so its response "was
      // meant for this element and MUST NOT be forwarded".
      return;
    }
    Optional<ResponseContext> owner = contexts.of(transaction);
    if (owner.isPresent()) {
      owner.get().onResponse(transaction, response);
    } else {
      stateless.forwardResponse(response);
    }
  }

  @Override
  public void onStrayAck(SipRequest ack) {
    stateless.forwardAck(ack);
  }

  /**
   * A response that matches none of this proxy's client transactions. One to a request the proxy
   * forwarded statelessly (a CANCEL without a response context) goes on as section 16.11 says.
   * Any other, such as a 2xx copy after Timer M, is discarded: RFC 6026 section 8.9 replaces
   * section 18.1.2's "passed to the core" (and so section 16.7's stateless forwarding of it) with
   * RFC 6026's "any element other than a stateless proxy MUST silently discard the response", and
   * this proxy keeps state for every other request it forwards.
   */
  @Override
  public void onStrayResponse(SipResponse response) {
    if (stateless.forwardsStatelessly(response)) {
      stateless.forwardAnswer(response);
      return;
    }
    services.note("discards a response", response.status() + " " + response.reason()
        + " matches none of this proxy's client transactions (RFC 6026 section 8.9)");
  }

  @Override
  public void onTimeout(Transaction transaction, TimerName timer) {
    if (transaction instanceof ClientTransaction client) {
      if (contexts.isOwnCancel(client)) {
        services.note("gives up on a CANCEL", timer.title() + " fired: the CANCEL got no"
            + " answer; the branch's Timer C still bounds the wait");
        return;
      }
      contexts.of(client).ifPresent(c -> c.onTimeout(client, timer));
    } else {
      services.note("gives up on a response", timer.title() + " fired: no ACK came for the final"
          + " response to " + transaction.request().method().name());
    }
  }

  @Override
  public void onTransportError(Transaction transaction, String reason) {
    if (transaction instanceof ClientTransaction client && contexts.of(client).isPresent()) {
      contexts.of(client).get().onTransportError(client, reason);
    } else {
      // Section 16.9: "If the proxy is notified of an error when forwarding a response, it drops
      // the response. The proxy SHOULD NOT cancel any outstanding client transactions".
      services.note("drops a message", "the transport could not send it: " + reason
          + " (RFC 3261 section 16.9)");
    }
  }
}
