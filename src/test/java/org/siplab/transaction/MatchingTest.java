package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;

/** The matching rules of sections 17.1.3, 17.2.3 and 9.2, on the simulated network. */
class MatchingTest {

  @Test
  @DisplayName("a response goes to the client transaction of its top Via branch and CSeq method;"
      + " the same branch with another CSeq method is a stray response")
  void responsesMatchByBranchAndMethod() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    ClientTransaction invite =
        alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKr"), Rig.BOB);
    SipResponse ringing = Sip.response(invite.request(), 180);
    SipResponse okForCancel = Sip.response(invite.request(), 200)
        .with(HeaderName.CSEQ, new CSeq(1, Method.CANCEL));
    SipResponse otherBranch = Sip.response(Sip.request(Method.INVITE, "z9hG4bKother"), 180);
    bob.sendAt(100_000, Rig.ALICE, ringing);
    bob.sendAt(200_000, Rig.ALICE, okForCancel);
    bob.sendAt(300_000, Rig.ALICE, otherBranch);
    rig.scheduler.runUntil(1_000_000);
    assertEquals(List.of("response 180", "stray response 200", "stray response 180"),
        alice.user.whats());
    assertSame(invite, alice.user.calls.get(0).transaction());
  }

  @Test
  @DisplayName("a request with the branch, sent-by and method of a server transaction is its"
      + " retransmission; another sent-by or another method makes a new transaction")
  void requestsMatchByBranchSentByAndMethod() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    SipRequest options = Sip.request(Method.OPTIONS, "z9hG4bKs");
    alice.send(Rig.BOB, options);
    alice.send(Rig.BOB, options);
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKs", new HostPort(Sip.ALICE, 5062), 1));
    alice.send(Rig.BOB, Sip.request(Method.INFO, "z9hG4bKs"));
    rig.scheduler.runUntil(1_000_000);
    assertEquals(List.of("request OPTIONS", "request OPTIONS", "request INFO"),
        bob.user.whats());
    assertEquals(3, bob.layer.serverTransactionCount());
    assertEquals(3, alice.arrivalsOf("SIP/2.0 200").size(), "two to 5060 (one resent), one to 5062"
        + " where nothing listens, and the INFO's");
  }

  @Test
  @DisplayName("a branch is a token, so one written in other case names the same transaction on"
      + " both sides (sections 7.3.1, 17.1.3 and 17.2.3)")
  void branchesCompareIgnoringCase() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKcase"));
    alice.send(Rig.BOB, Sip.request(Method.OPTIONS, "z9hG4bKCaSe"));
    rig.scheduler.runUntil(1_000_000);
    assertEquals(List.of("request OPTIONS"), bob.user.whats(), "the second is a retransmission");
    assertEquals(1, bob.layer.serverTransactionCount());

    Rig other = new Rig();
    Rig.Element client = other.element("alice", Rig.ALICE);
    RawPeer server = other.raw(Rig.BOB);
    ClientTransaction invite =
        client.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKmixed"), Rig.BOB);
    SipResponse ringing = Sip.response(invite.request(), 180);
    server.sendAt(100_000, Rig.ALICE, ringing.with(HeaderName.VIA,
        ringing.topVia().withBranch("z9hG4bKMIXED")));
    other.scheduler.runUntil(1_000_000);
    assertEquals(List.of("response 180"), client.user.whats());
    assertSame(invite, client.user.calls.get(0).transaction());
  }

  @Test
  @DisplayName("a CANCEL gets its own server transaction and finds the INVITE server transaction"
      + " it targets, which the TU ends with 487")
  void cancelFindsItsInvite() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    List<Optional<ServerTransaction>> targets = new ArrayList<>();
    bob.user.onRequest = (request, tx) -> {
      if (request.method().equals(Method.CANCEL)) {
        Optional<ServerTransaction> target = bob.layer.findCancelTarget(request);
        targets.add(target);
        tx.respond(Sip.response(request, 200));
        target.ifPresent(invite -> invite.respond(Sip.response(invite.request(), 487)));
      }
    };
    alice.send(Rig.BOB, Sip.request(Method.INVITE, "z9hG4bKc"));
    alice.sendAt(100_000, Rig.BOB, Sip.request(Method.CANCEL, "z9hG4bKc"));
    alice.sendAt(150_000, Rig.BOB, Sip.request(Method.CANCEL, "z9hG4bKnone"));
    rig.scheduler.runUntil(300_000);
    assertEquals(List.of("request INVITE", "request CANCEL", "request CANCEL"), bob.user.whats());
    assertEquals(2, targets.size());
    assertEquals(Method.INVITE, targets.get(0).orElseThrow().request().method());
    assertTrue(targets.get(1).isEmpty(), "a CANCEL for no transaction finds nothing (481)");
    List<String> answers = alice.arrivals.stream()
        .map(a -> a.response().status() + " " + a.response().cseq().method()).toList();
    assertEquals(List.of("200 CANCEL", "487 INVITE", "200 CANCEL"), answers,
        "messages leave in the order the TU gives them: the CANCEL's 200, then the 487");
  }

  @Test
  @DisplayName("an ACK whose branch matches no transaction (the ACK for a 2xx) reaches the TU as"
      + " a stray ACK, and creates no transaction")
  void ackForSuccessIsStray() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    alice.send(Rig.BOB, Sip.request(Method.ACK, "z9hG4bKack"));
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("stray ACK"), bob.user.whats());
    assertEquals(0, bob.transactionCount());
  }

  @Test
  @DisplayName("RFC 2543 requests without the magic cookie match by Request-URI, tags, Call-ID,"
      + " CSeq and top Via; their ACK matches by the To tag of the response sent")
  void rfc2543Matching() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 486));
    SipRequest invite = Sip.withoutBranch(Sip.request(Method.INVITE, "unused"));
    SipRequest nextInvite = invite.with(HeaderName.CSEQ, new CSeq(2, Method.INVITE));
    SipRequest ack = Sip.withMethod(invite, Method.ACK)
        .with(HeaderName.TO, invite.to().withTag("b1"));
    SipRequest ackWithOtherTag = ack.with(HeaderName.TO, invite.to().withTag("zz"));
    alice.send(Rig.BOB, invite);
    alice.sendAt(100_000, Rig.BOB, invite);
    alice.sendAt(200_000, Rig.BOB, ackWithOtherTag);
    alice.sendAt(300_000, Rig.BOB, ack);
    alice.sendAt(400_000, Rig.BOB, nextInvite);
    rig.scheduler.runUntil(800_000);
    assertEquals(List.of("request INVITE", "stray ACK", "request INVITE"), bob.user.whats());
    assertEquals(List.of("0.3 bob INVITE server Completed -> Confirmed (received ACK)"),
        rig.observer.linesWith("Confirmed"));
    assertEquals(List.of("0", "0.1", "0.4"), alice.timesOf("SIP/2.0 486"));
  }

  @Test
  @DisplayName("an RFC 2543 CANCEL finds the INVITE with the same Request-URI, tags, Call-ID,"
      + " CSeq number and top Via")
  void rfc2543Cancel() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    List<Optional<ServerTransaction>> targets = new ArrayList<>();
    bob.user.onRequest = (request, tx) -> {
      if (request.method().equals(Method.CANCEL)) {
        targets.add(bob.layer.findCancelTarget(request));
      }
    };
    SipRequest invite = Sip.withoutBranch(Sip.request(Method.INVITE, "unused"));
    SipRequest cancel = Sip.withMethod(invite, Method.CANCEL);
    alice.send(Rig.BOB, invite);
    alice.sendAt(100_000, Rig.BOB, cancel);
    alice.sendAt(200_000, Rig.BOB, cancel.with(HeaderName.CALL_ID,
        new Text("other-call")));
    rig.scheduler.runUntil(1_000_000);
    assertEquals(2, targets.size());
    assertEquals(Method.INVITE, targets.get(0).orElseThrow().request().method());
    assertTrue(targets.get(1).isEmpty());
  }
}
