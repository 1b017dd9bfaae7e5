package org.siplab.element.proxy;

import java.util.List;
import java.util.Optional;
import org.siplab.message.HeaderField;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.Token;

/**
 * RFC 3261 section 16.3, request validation: "Before an element can proxy a request, it MUST
 * verify the message's validity". Step 1 (reasonable syntax) is the transport's: a request that
 * does not parse never reaches the proxy. Step 6 (Proxy-Authorization) is {@link
 * ProxyAuthentication}'s. "If any of these checks fail, the element MUST behave as a user agent
 * server (see Section 8.2) and respond with an error code."
 */
final class RequestValidation {

  private final Branches branches;

  RequestValidation(Branches branches) {
    this.branches = branches;
  }

  /** The first check {@code request} fails, or empty when it may be proxied. */
  Optional<Refusal> firstFailure(SipRequest request) {
    String scheme = request.requestUri().scheme();
    if (!scheme.equals("sip") && !scheme.equals("sips")) {
      // Step 2: "If the Request-URI has a URI whose scheme is not understood by the proxy, the
      // proxy SHOULD reject the request with a 416 (Unsupported URI Scheme) response."
      return Optional.of(Refusal.of(416, "the Request-URI scheme \"" + scheme + "\" is not one"
          + " this proxy understands (RFC 3261 section 16.3 step 2)"));
    }
    if (request.maxForwards() == 0) {
      // Step 3: "the element MUST NOT forward the request ... the element MUST return a 483".
      return Optional.of(Refusal.of(483, "Max-Forwards is 0, so the request may not travel"
          + " another hop (RFC 3261 section 16.3 step 3)"));
    }
    if (branches.hasLooped(request)) {
      // Step 4: "If a loop is detected, the element MAY return a 482 (Loop Detected) response."
      return Optional.of(Refusal.of(482, "the request came back carrying this proxy's Via with"
          + " an unchanged loop key: it has looped (RFC 3261 section 16.3 step 4)"));
    }
    // Section 8.2.2.3: "Require and Proxy-Require MUST NOT be used in a SIP CANCEL request ...
    // These header fields MUST be ignored if they are present in these requests", so a CANCEL
    // that reaches this step (it matched no request of the proxy) is never refused 420.
    List<String> unsupported = request.method().equals(Method.CANCEL)
        ? List.of() : request.proxyRequire();
    if (!unsupported.isEmpty()) {
      // Step 5: "the element MUST return a 420 (Bad Extension) response. The response MUST
      // include an Unsupported ... header field listing those option-tags". This proxy
      // understands no extension that needs a proxy's help.
      return Optional.of(new Refusal(420, "Proxy-Require asks for "
          + String.join(", ", unsupported)
          + ", which this proxy does not support (RFC 3261 section 16.3 step 5)",
          List.of(HeaderField.of(HeaderName.UNSUPPORTED,
              unsupported.stream().map(Token::new).toList()))));
    }
    return Optional.empty();
  }
}
