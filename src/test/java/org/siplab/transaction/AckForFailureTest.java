package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.Parameter;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Via;

/** Section 17.1.1.3: the ACK an INVITE client transaction builds for a 300-699 response. */
class AckForFailureTest {

  @Test
  @DisplayName("the ACK for a 486 has the INVITE's Request-URI, Call-ID, From, CSeq number,"
      + " top Via and Route, the response's To with its tag, and goes where the INVITE went")
  void ackCarriesWhatSection17113Says() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    NameAddress proxy = NameAddress.of(SipUri.of(null, "192.0.2.7")
        .withParameter(Parameter.flag("lr")));
    SipRequest invite = Sip.request(Method.INVITE, "z9hG4bKack1").append(HeaderName.ROUTE, proxy);
    ClientTransaction transaction = alice.layer.startClientTransaction(invite, Rig.BOB);
    SipResponse busy = Sip.response(transaction.request(), 486)
        .append(HeaderName.VIA, Via.udp(new HostPort("192.0.2.50", 5060), "z9hG4bKdownstream"));
    bob.sendAt(100_000, Rig.ALICE, busy);
    rig.scheduler.runUntil(200_000);

    SipRequest sentInvite = bob.arrivalsOf("INVITE").get(0).request();
    RawPeer.Arrival ackArrival = bob.arrivalsOf("ACK").get(0);
    SipRequest ack = ackArrival.request();
    assertEquals(sentInvite.requestUri(), ack.requestUri());
    assertEquals(sentInvite.callId(), ack.callId());
    assertEquals(sentInvite.from(), ack.from());
    assertEquals(new CSeq(1, Method.ACK), ack.cseq());
    assertEquals(busy.to(), ack.to());
    assertEquals("b1", ack.to().tag());
    assertEquals(List.of(sentInvite.topVia()), ack.vias());
    assertEquals(List.of(proxy), ack.routes());
    assertEquals(70, ack.maxForwards());
    assertEquals(Rig.ALICE, ackArrival.from());
  }
}
