package org.siplab.element.proxy;

import org.siplab.message.HeaderName;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TransactionLayer;

/** Responses on their way back: section 16.7 steps 3 and 9. */
final class Upstream {

  private final ProxyConfig config;
  private final TransactionLayer layer;
  private final CallIdChanger callIds;
  private final SipAlg alg;

  /** {@code alg} is null unless the proxy is an ALG. */
  Upstream(ProxyConfig config, TransactionLayer layer, CallIdChanger callIds, SipAlg alg) {
    this.config = config;
    this.layer = layer;
    this.callIds = callIds;
    this.alg = alg;
  }

  /**
   * Section 16.7 step 3: "The proxy removes the topmost Via header field value from the response."
   * It is this proxy's own: the transport discards responses whose top Via is not (section 18.1.2).
   */
  static SipResponse withoutTopVia(SipResponse response) {
    return response.withoutFirstValue(HeaderName.VIA);
  }

  /**
   * Step 9: "The proxy MUST pass the response to the server transaction associated with the
   * response context ... If the server transaction is no longer available to handle the
   * transmission, the element MUST forward the response statelessly".
   *
   * @param server the server transaction, or null for a response with no context
   * @param viaRemoved the response after step 3
   * @param ownVia the Via step 3 removed, which only the keep-via misbehaviour needs
   */
  void forward(ServerTransaction server, SipResponse viaRemoved, Via ownVia) {
    SipResponse out = viaRemoved;
    if (config.misbehaves(Misbehaviour.KEEP_VIA) && ownVia != null && out.topVia() != null) {
      out = out.prepend(HeaderName.VIA, marked(ownVia, out.topVia()));
    }
    if (alg != null) {
      out = alg.rewrite(out);
    }
    if (config.misbehaves(Misbehaviour.CHANGE_CALL_ID)) {
      out = callIds.swap(out);
    }
    if (server == null || !server.respond(out)) {
      layer.sendStateless(out);
    }
  }

  /**
   * The kept Via, marked (section 18.2.2) so that the response still goes where the next Via
   * says; without the mark it would come back to this proxy.
   */
  private static Via marked(Via own, Via next) {
    String address = next.received() != null ? next.received() : next.sentBy().address();
    int port = next.rport() > 0 ? next.rport() : next.sentBy().portOr(5060);
    return own.withReceived(address).withRport(port);
  }
}
