package org.siplab.element.phone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.element.Element;
import org.siplab.element.ElementContext;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.Responses;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * A registrar just big enough to test a phone against (RFC 3261 section 10.3): digest challenge
 * when a realm is set, bindings with expiry, Contact: * and queries, an optional cap on the
 * granted expiry. The real registrar is org.siplab.element's own.
 */
final class TestRegistrar implements Element {

  private final String name;
  private final Challenges challenges;
  private final long maxExpires;
  private final Map<String, Map<String, Bound>> bindings = new LinkedHashMap<>();
  private ElementContext context;
  private long minExpires;

  private record Bound(NameAddress contact, long expiresAtUs) {}

  /** @param challenges null for a registrar that asks for no credentials */
  TestRegistrar(String name, Challenges challenges, long maxExpires) {
    this.name = name;
    this.challenges = challenges;
    this.maxExpires = maxExpires;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String kind() {
    return "registrar";
  }

  @Override
  public void start(ElementContext ctx) {
    this.context = ctx;
  }

  /** Section 10.3 step 7: shorter expiries than this get 423 (Interval Too Brief). */
  void minExpires(long seconds) {
    this.minExpires = seconds;
  }

  /** The contacts bound to {@code aorKey} now. */
  List<String> contacts(String aorKey) {
    return new ArrayList<>(bindings.getOrDefault(aorKey, Map.of()).keySet());
  }

  /** The first contact bound to {@code aorKey}, for a proxy's location service. */
  Optional<SipUri> lookup(SipUri aor) {
    return bindings.getOrDefault(aor.aorKey(), Map.of()).values().stream()
        .map(b -> b.contact().sipUri()).findFirst();
  }

  @Override
  public void onRequest(SipRequest request, ServerTransaction transaction) {
    if (!request.method().equals(Method.REGISTER)) {
      transaction.respond(tagged(request, 405));
      return;
    }
    long now = context.timers().nowUs();
    if (challenges != null
        && !challenges.verify(request, HeaderName.AUTHORIZATION, now).isOk()) {
      transaction.respond(tagged(request, 401).append(HeaderName.WWW_AUTHENTICATE,
          challenges.challenge(now)));
      return;
    }
    String aor = request.to().sipUri().aorKey();
    Map<String, Bound> bound = bindings.computeIfAbsent(aor, k -> new LinkedHashMap<>());
    bound.values().removeIf(b -> b.expiresAtUs() <= now);
    if (request.hasWildcardContact()) {
      bound.clear();
    }
    for (NameAddress contact : request.contacts()) {
      long wanted = contact.expires() >= 0 ? contact.expires() : request.expires();
      if (wanted > 0 && wanted < minExpires) {
        transaction.respond(tagged(request, 423).append(HeaderName.MIN_EXPIRES,
            new Numeric(minExpires)));
        return;
      }
    }
    for (NameAddress contact : request.contacts()) {
      long asked = contact.expires() >= 0 ? contact.expires()
          : request.expires() >= 0 ? request.expires() : 3600;
      long granted = Math.min(asked, maxExpires);
      NameAddress plain = contact.withoutParameter("expires");
      if (granted == 0) {
        bound.remove(plain.text());
      } else {
        bound.put(plain.text(), new Bound(plain, now + granted * 1_000_000L));
      }
    }
    SipResponse ok = tagged(request, 200);
    for (Bound b : bound.values()) {
      ok = ok.append(HeaderName.CONTACT, b.contact().withParameter(
          Parameter.of("expires", Long.toString((b.expiresAtUs() - now) / 1_000_000L))));
    }
    transaction.respond(ok);
  }

  private SipResponse tagged(SipRequest request, int status) {
    SipResponse r = Responses.to(request, status);
    return r.with(HeaderName.TO, request.to().withTag(context.ids().tag()));
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction) {}

  @Override
  public void onStrayAck(SipRequest ack) {}

  @Override
  public void onStrayResponse(SipResponse response) {}

  @Override
  public void onTimeout(Transaction transaction, TimerName timer) {}

  @Override
  public void onTransportError(Transaction transaction, String reason) {}
}
