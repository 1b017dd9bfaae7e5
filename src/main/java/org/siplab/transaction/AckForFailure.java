package org.siplab.transaction;

import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Numeric;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * The ACK an INVITE client transaction sends for a 300-699 response, section 17.1.1.3. (The ACK
 * for a 2xx is the UA core's, section 13.2.2.4, sent outside any transaction.)
 */
final class AckForFailure {

  /** Section 8.1.1.6's recommended initial value, used when the INVITE had no Max-Forwards. */
  private static final int DEFAULT_MAX_FORWARDS = 70;

  private AckForFailure() {}

  /**
   * Section 17.1.1.3: the ACK "MUST contain values for the Call-ID, From, and Request-URI that are
   * equal to" the INVITE's; its To "MUST equal the To header field in the response being
   * acknowledged" (so it has the response's tag); it has "a single Via header field, and this MUST
   * be equal to the top Via header field of the original request"; its CSeq has the INVITE's
   * number and the method ACK; and the INVITE's Route header fields "MUST appear in the ACK" so
   * that stateless proxies downstream route it the same way.
   */
  static SipRequest build(SipRequest invite, SipResponse response) {
    SipRequest.Builder ack = SipRequest.builder(Method.ACK, invite.requestUri())
        .header(HeaderName.VIA, invite.topVia());
    for (NameAddress route : invite.routes()) {
      ack.header(HeaderName.ROUTE, route);
    }
    int maxForwards = invite.maxForwards();
    return ack.header(HeaderName.MAX_FORWARDS,
            new Numeric(maxForwards < 0 ? DEFAULT_MAX_FORWARDS : maxForwards))
        .header(HeaderName.FROM, invite.from())
        .header(HeaderName.TO, response.to())
        .header(HeaderName.CALL_ID, invite.first(HeaderName.CALL_ID))
        .header(HeaderName.CSEQ, new CSeq(invite.cseq().number(), Method.ACK))
        .build();
  }
}
