package org.siplab.transaction;

import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Via;

/** Small SIP messages for the transaction tests: alice (192.0.2.1) asks bob (192.0.2.2). */
final class Sip {

  static final String ALICE = "192.0.2.1";
  static final String BOB = "192.0.2.2";

  private Sip() {}

  /** A request from alice's sent-by {@code ALICE:5060} with the given branch. */
  static SipRequest request(Method method, String branch) {
    return request(method, branch, new HostPort(ALICE, 5060), 1);
  }

  static SipRequest request(Method method, String branch, HostPort sentBy, long cseq) {
    return SipRequest.builder(method, SipUri.of("bob", BOB))
        .header(HeaderName.VIA, Via.udp(sentBy, branch))
        .maxForwards(70)
        .header(HeaderName.FROM, NameAddress.of(SipUri.of("alice", ALICE)).withTag("a1"))
        .header(HeaderName.TO, NameAddress.of(SipUri.of("bob", BOB)))
        .callId("call-1@" + ALICE)
        .cseq(cseq, method)
        .build();
  }

  /** The same request with another method, in its Request-Line and its CSeq. */
  static SipRequest withMethod(SipRequest request, Method method) {
    SipRequest renamed = new SipRequest(method, request.requestUri(), SipRequest.SIP_2_0,
        request.headers(), request.body());
    return renamed.with(HeaderName.CSEQ, new CSeq(request.cseq().number(), method));
  }

  /** The same request with a top Via that has no branch, as an RFC 2543 element sends it. */
  static SipRequest withoutBranch(SipRequest request) {
    Via top = request.topVia();
    return request.withFirstValue(HeaderName.VIA, new Via(top.protocolName(),
        top.protocolVersion(), top.transport(), top.sentBy(), top.parameters().without("branch")));
  }

  /** The response bob would send: To tag {@code b1} on everything but 100. */
  static SipResponse response(SipRequest request, int status) {
    SipResponse response = Responses.to(request, status);
    return status == 100 ? response : response.with(HeaderName.TO, request.to().withTag("b1"));
  }
}
