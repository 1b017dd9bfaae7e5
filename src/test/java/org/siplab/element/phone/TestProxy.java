package org.siplab.element.phone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.siplab.dialog.Cancels;
import org.siplab.element.Element;
import org.siplab.element.ElementContext;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.Parameters;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.Responses;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A stateful proxy just big enough to test a phone against (RFC 3261 section 16, one branch, no
 * forking): 100 Trying, an optional 407 challenge of INVITEs for its realm, Route popping,
 * retargeting through a location function, Record-Route, Max-Forwards, its own Via, CANCEL and
 * 408. The real proxy is org.siplab.element's own.
 */
final class TestProxy implements Element {

  private final String name;
  private final Challenges challenges;
  private final boolean recordRoute;
  private final Function<SipUri, Optional<SipUri>> location;
  private final Map<ServerTransaction, ClientTransaction> downstream = new LinkedHashMap<>();
  private final Map<ClientTransaction, ServerTransaction> upstream = new LinkedHashMap<>();
  private ElementContext context;

  /** @param challenges null for a proxy that asks for no credentials */
  TestProxy(String name, Challenges challenges, boolean recordRoute,
      Function<SipUri, Optional<SipUri>> location) {
    this.name = name;
    this.challenges = challenges;
    this.recordRoute = recordRoute;
    this.location = location;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "proxy";
  }

  @Override
  public void start(ElementContext ctx) {
    this.context = ctx;
  }

  private SipUri self() {
    Endpoint e = context.endpoint();
    return new SipUri(false, null, null, new HostPort(e.address(), e.port()),
        Parameters.of(Parameter.flag("lr")), Parameters.NONE);
  }

  private boolean isSelf(Uri uri) {
    return uri instanceof SipUri s && s.host().equals(context.endpoint().address())
        && s.hostPort().portOr(5060) == context.endpoint().port();
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction) {
    if (request.method().equals(Method.CANCEL)) {
      cancel(request, transaction);
      return;
    }
    long now = context.timers().nowUs();
    if (challenges != null && request.method().equals(Method.INVITE) && !request.to().hasTag()
        && !challenges.verify(request, HeaderName.PROXY_AUTHORIZATION, now).isOk()) {
      transaction.respond(tagged(request, 407).append(HeaderName.PROXY_AUTHENTICATE,
          challenges.challenge(now)));
      return;
    }
    if (request.method().equals(Method.INVITE)) {
      transaction.respond(Responses.trying(request));
    }
    Optional<Forward> forward = forward(request);
    if (forward.isEmpty()) {
      transaction.respond(tagged(request, 404));
      return;
    }
    ClientTransaction client = context.transactions().startClientTransaction(
        forward.get().request(), forward.get().destination());
    downstream.put(transaction, client);
    upstream.put(client, transaction);
  }

  private record Forward(SipRequest request, Endpoint destination) {}

  /** Section 16.4 to 16.6: the copy to forward and where it goes. */
  private Optional<Forward> forward(SipRequest request) {
    SipRequest copy = request;
    if (!copy.routes().isEmpty() && isSelf(copy.routes().get(0).uri())) {
      copy = copy.withoutFirstValue(HeaderName.ROUTE);
    }
    if (copy.routes().isEmpty() && copy.requestUri() instanceof SipUri target) {
      Optional<SipUri> found = location.apply(target);
      if (found.isPresent()) {
        copy = copy.withRequestUri(found.get());
      }
    }
    copy = copy.with(HeaderName.MAX_FORWARDS, new Numeric(Math.max(0, copy.maxForwards() - 1)));
    if (recordRoute && copy.method().equals(Method.INVITE) && !copy.to().hasTag()) {
      copy = copy.prepend(HeaderName.RECORD_ROUTE, NameAddress.of(self()));
    }
    copy = copy.prepend(HeaderName.VIA,
        Via.udp(context.transactions().transport().sentBy(), context.ids().branch()));
    Uri next = !copy.routes().isEmpty() ? copy.routes().get(0).uri() : copy.requestUri();
    SipRequest out = copy;
    return context.resolver().resolve(next).map(destination -> new Forward(out, destination));
  }

  /** Section 16.10: 200 to the CANCEL, and a CANCEL of our own downstream. */
  private void cancel(SipRequest cancel, ServerTransaction transaction) {
    Optional<ServerTransaction> target = context.transactions().findCancelTarget(cancel);
    transaction.respond(tagged(cancel, target.isPresent() ? 200 : 481));
    target.map(downstream::get).ifPresent(client -> context.transactions()
        .startClientTransaction(Cancels.cancelOf(client.request()), client.destination()));
  }

  private SipResponse tagged(SipRequest request, int status) {
    SipResponse r = Responses.to(request, status);
    return request.to().hasTag() ? r
        : r.with(HeaderName.TO, request.to().withTag(context.ids().tag()));
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction) {
    ServerTransaction server = upstream.get(transaction);
    if (server != null && response.status() != 100) {
      server.respond(response.withoutFirstValue(HeaderName.VIA));
    }
  }

  @Override
  public void onStrayAck(SipRequest ack) {
    forward(ack).ifPresent(f -> context.transactions().sendStateless(f.request(),
        f.destination()));
  }

  @Override
  public void onStrayResponse(SipResponse response) {
    context.transactions().sendStateless(response.withoutFirstValue(HeaderName.VIA), "2xx");
  }

  @Override
  public void onTimeout(Transaction transaction, TimerName timer) {
    ServerTransaction server = transaction instanceof ClientTransaction c ? upstream.get(c) : null;
    if (server != null && !server.isTerminated()) {
      server.respond(tagged(server.request(), 408));
    }
  }

  @Override
  public void onTransportError(Transaction transaction, String reason) {}
}
