package org.siplab.element;

import org.siplab.message.SipRequest;
import org.siplab.message.SipUri;

/**
 * Whether a request is addressed to the server that received it rather than to a user it serves.
 * Section 11: "If the OPTIONS is addressed to a proxy server, the Request-URI is set without a
 * user part, similar to the way a Request-URI is set for a REGISTER request." So a Request-URI
 * names the server itself when it has no user part (and no maddr sending it elsewhere) and either
 * resolves to the server's own address or names the domain the server is configured for, as a
 * REGISTER's Request-URI does (section 10.2).
 */
public final class OwnUri {

  private OwnUri() {}

  /** Whether {@code request}'s Request-URI names the element of {@code context} itself. */
  public static boolean namesItself(SipRequest request, ElementContext context, String domain) {
    if (!(request.requestUri() instanceof SipUri sip) || sip.user() != null
        || sip.parameter("maddr") != null) {
      return false;
    }
    if (domain != null && sip.hostPort().host().equalsIgnoreCase(domain)) {
      return true;
    }
    return context.resolver().resolve(sip).map(context.endpoint()::equals).orElse(false);
  }
}
