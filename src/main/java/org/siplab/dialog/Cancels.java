package org.siplab.dialog;

import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;

/** Building the CANCEL of a request (RFC 3261 section 9.1). */
public final class Cancels {

  private Cancels() {}

  /**
   * Section 9.1: "The Request-URI, Call-ID, To, the numeric part of CSeq, and From header fields in
   * the CANCEL request MUST be identical to those in the request being cancelled, including tags. A
   * CANCEL constructed by a client MUST have only a single Via header field value matching the top
   * Via value in the request being cancelled." Route headers are copied too, so that the CANCEL
   * follows the request's path.
   */
  public static SipRequest cancelOf(SipRequest request) {
    SipRequest.Builder b = SipRequest.builder(Method.CANCEL, request.requestUri())
        .header(HeaderName.VIA, request.topVia())
        .maxForwards(70);
    if (!request.routes().isEmpty()) {
      b.header(HeaderName.ROUTE, request.routes());
    }
    return b.header(HeaderName.TO, request.to())
        .header(HeaderName.FROM, request.from())
        .callId(request.callId())
        .cseq(request.cseq().number(), Method.CANCEL)
        .build();
  }
}
