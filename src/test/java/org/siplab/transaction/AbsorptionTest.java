package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;

/** Server transactions absorb retransmitted requests and answer them with the last response. */
class AbsorptionTest {

  @Test
  @DisplayName("a retransmitted non-INVITE request is discarded in Trying, answered with the last"
      + " provisional in Proceeding and with the final response in Completed, and reaches the TU"
      + " once")
  void nonInviteRetransmissions() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> {
      rig.scheduler.schedule(1_000_000, () -> tx.respond(Sip.response(request, 100)));
      rig.scheduler.schedule(3_000_000, () -> tx.respond(Sip.response(request, 200)));
    };
    SipRequest register = Sip.request(Method.REGISTER, "z9hG4bKreg");
    alice.send(Rig.BOB, register);
    for (long at : new long[] {500_000, 2_000_000, 4_000_000}) {
      alice.sendAt(at, Rig.BOB, register);
    }
    rig.scheduler.runUntil(5_000_000);
    assertEquals(List.of("request REGISTER @ 0"), bob.user.timeline());
    assertEquals(List.of("1", "2"), alice.timesOf("SIP/2.0 100"));
    assertEquals(List.of("3", "4"), alice.timesOf("SIP/2.0 200"));
  }

  @Test
  @DisplayName("a retransmitted INVITE is answered with the last provisional in Proceeding and"
      + " with the final response in Completed, and reaches the TU once")
  void inviteRetransmissions() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> {
      tx.respond(Sip.response(request, 180));
      rig.scheduler.schedule(1_000_000, () -> tx.respond(Sip.response(request, 486)));
    };
    SipRequest invite = Sip.request(Method.INVITE, "z9hG4bKinvr");
    alice.send(Rig.BOB, invite);
    alice.sendAt(500_000, Rig.BOB, invite);
    alice.sendAt(1_200_000, Rig.BOB, invite);
    rig.scheduler.runUntil(1_400_000);
    assertEquals(List.of("request INVITE @ 0"), bob.user.timeline());
    assertEquals(List.of("0", "0.5"), alice.timesOf("SIP/2.0 180"));
    assertEquals(List.of("1", "1.2"), alice.timesOf("SIP/2.0 486"));
  }

  @Test
  @DisplayName("a TU's response on a terminated server transaction is refused, and the TU can"
      + " send it statelessly instead")
  void respondingAfterTheEnd() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    ServerTransaction[] kept = new ServerTransaction[1];
    bob.user.onRequest = (request, tx) -> {
      kept[0] = tx;
      tx.respond(Sip.response(request, 200));
    };
    alice.send(Rig.BOB, Sip.request(Method.INVITE, "z9hG4bKlate"));
    rig.scheduler.runUntil(40_000_000);
    assertEquals(true, kept[0].isTerminated());
    assertEquals(false, kept[0].respond(Sip.response(kept[0].request(), 200)));
    assertEquals(true, bob.layer.sendStateless(Sip.response(kept[0].request(), 200), "2xx")
        .isSent());
    rig.scheduler.runUntil(41_000_000);
    assertEquals(List.of("0", "40"), alice.timesOf("SIP/2.0 200"));
    assertEquals(List.of("40 bob sends 200 (2xx)"), rig.observer.linesWith("(2xx)"));
  }

  @Test
  @DisplayName("a released server transaction ends without a response and leaves the table, so a"
      + " retransmission of its request reaches the TU again (a stateless forward, 16.11)")
  void releasedTransactionAbsorbsNothing() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.release("forwarded statelessly");
    SipRequest cancel = Sip.request(Method.CANCEL, "z9hG4bKfree");
    alice.send(Rig.BOB, cancel);
    alice.sendAt(500_000, Rig.BOB, cancel);
    rig.scheduler.runUntil(1_000_000);
    assertEquals(List.of("request CANCEL @ 0", "request CANCEL @ 0.5"), bob.user.timeline());
    assertEquals(0, bob.layer.serverTransactionCount());
    assertEquals(List.of(), alice.timesOf("SIP/2.0"));
    assertEquals(2, rig.observer.linesWith("forwarded statelessly").size(),
        rig.observer.lines.toString());
  }
}
