package org.siplab.element.proxy;

import java.util.ArrayList;
import java.util.List;
import org.siplab.element.LocationService;
import org.siplab.element.LocationService.Binding;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;

/**
 * RFC 3261 section 16.5, determining the request targets: the Request-URI itself, unless it is in
 * the domain this proxy is responsible for, in which case the location service the registrar
 * fills says where the user is.
 */
final class TargetDetermination {

  private final String domain;
  private final LocationService locations;
  private final SipUri registrar;
  private final ProxyAddress self;

  /**
   * {@code domain} is null for a proxy responsible for no domain; {@code registrar}, where its
   * REGISTER requests go, is null when the proxy has none to pass them to.
   */
  TargetDetermination(String domain, LocationService locations, SipUri registrar,
      ProxyAddress self) {
    this.domain = domain;
    this.locations = locations;
    this.registrar = registrar;
    this.self = self;
  }

  /**
   * The targets, highest q first, or a refusal when there are none, or {@link Itself} when the
   * request is addressed to this proxy.
   */
  Result targetsOf(SipRequest request) {
    Uri requestUri = request.requestUri();
    if (namesThisProxy(request) && !forTheRegistrar(request)) {
      return new Itself();
    }
    if (!(requestUri instanceof SipUri sip) || sip.parameter("maddr") != null
        || !sip.hostPort().host().equalsIgnoreCase(domain)) {
      // "If the Request-URI of the request contains an maddr parameter, the Request-URI MUST be
      // placed into the target set as the only target URI"; so too "If the domain of the
      // Request-URI indicates a domain this element is not responsible for".
      return new Found(List.of(new Target(requestUri, 1.0)), null);
    }
    if (forTheRegistrar(request)) {
      // Section 10.2: a REGISTER's Request-URI "names the domain of the location service for
      // which the registration is meant". This proxy serves that domain but the bindings are the
      // registrar's: the request goes on to it with its Request-URI unchanged.
      return new Found(List.of(new Target(requestUri, 1.0, registrar)), "a REGISTER for "
          + domain + " goes on to the domain's registrar at " + registrar
          + " (RFC 3261 section 10.2: the Request-URI names the domain, not a user)");
    }
    // "the Request-URI MUST first be canonicalized as described in Section 10.3 before being
    // used as an index".
    String aor = sip.aorKey();
    if (!locations.knows(aor)) {
      // "If the Request-URI indicates a resource at this proxy that does not exist, the proxy
      // MUST return a 404 (Not Found) response."
      return new NotFound(Refusal.of(404, aor + " is not a user of " + domain
          + " (RFC 3261 section 16.5)"));
    }
    List<Target> targets = new ArrayList<>();
    for (Binding binding : locations.lookup(aor)) {
      Uri contact = binding.contact().uri();
      // "Targets can only be placed in the target set once ... (based on the definition of
      // equality for the URI type)".
      if (targets.stream().noneMatch(t -> same(t.uri(), contact))) {
        targets.add(new Target(contact, binding.q()));
      }
    }
    if (targets.isEmpty()) {
      // "If the target set remains empty ..., the proxy MUST return an error response, which
      // SHOULD be the 480 (Temporarily Unavailable) response."
      return new NotFound(Refusal.of(480, "no binding for " + aor + ": the user is known but"
          + " not registered now (RFC 3261 section 16.5)"));
    }
    return new Found(targets, "the location service has " + targets.size()
        + (targets.size() == 1 ? " contact" : " contacts") + " for " + aor + ": " + targets
        + " (RFC 3261 section 16.5)");
  }

  /** A REGISTER for this proxy's domain, when it has a registrar to pass it on to. */
  private boolean forTheRegistrar(SipRequest request) {
    return registrar != null && request.method().equals(Method.REGISTER)
        && request.requestUri() instanceof SipUri sip && sip.user() == null
        && sip.hostPort().host().equalsIgnoreCase(domain);
  }

  /**
   * Whether the request, its Route already processed (16.4), is addressed to this proxy itself
   * rather than through it: no Route left, and a Request-URI without a user part that leads to
   * this proxy (its own address, or the domain it serves). Section 11: "If the OPTIONS is
   * addressed to a proxy server, the Request-URI is set without a user part, similar to the way
   * a Request-URI is set for a REGISTER request." Such a URI "indicates a resource at this
   * proxy" (16.5): the proxy itself, which no location service or forwarding can find anywhere
   * else. Forwarded, it would come straight back to this proxy, again and again, until loop
   * detection answered 482 (16.3 step 4) to a request that never looped through anyone.
   */
  private boolean namesThisProxy(SipRequest request) {
    return request.routes().isEmpty() && request.requestUri() instanceof SipUri sip
        && sip.user() == null && sip.parameter("maddr") == null && self.isMe(sip);
  }

  private static boolean same(Uri a, Uri b) {
    return a instanceof SipUri x && b instanceof SipUri y ? x.equivalentTo(y) : a.equals(b);
  }

  /** What target determination concluded. */
  sealed interface Result {}

  /**
   * At least one target; {@code why} says where the location service found them, and is null
   * when the Request-URI itself is the target.
   */
  record Found(List<Target> targets, String why) implements Result {
    Found {
      targets = List.copyOf(targets);
    }
  }

  /** No target: answer with {@code refusal}. */
  record NotFound(Refusal refusal) implements Result {}

  /**
   * The request is addressed to this proxy: it answers as the UAS it then is (section 16.1:
   * "When responding directly to a request, the element is playing the role of a UAS and MUST
   * behave as described in Section 8.2"), see {@link AsRecipient}.
   */
  record Itself() implements Result {}
}
