package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.LinkProfile;

/** Each timer of section 17 and RFC 6026, and the 100 Trying timer, on the simulated network. */
class TimerTest {

  private static final LinkProfile TEN_MS = LinkProfile.ofDelay(10_000);

  @Test
  @DisplayName("Timer A retransmits the INVITE at 0.5 s, 1.5 s, 3.5 s, 7.5 s, 15.5 s and 31.5 s"
      + " until Timer B ends it at 32 s, telling the TU and sending no ACK")
  void timersAandB() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKa"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0", "0.5", "1.5", "3.5", "7.5", "15.5", "31.5"), bob.timesOf("INVITE"));
    assertEquals(List.of("timeout B @ 32"), alice.user.timeline());
    assertEquals(List.of(), bob.timesOf("ACK"));
    assertEquals(6, rig.observer.linesWith("alice sends INVITE (A)").size());
    assertEquals(List.of("32 alice INVITE client Calling -> Terminated (Timer B fired)"),
        rig.observer.linesWith("-> Terminated"));
    assertEquals(0, alice.transactionCount());
    assertEquals(0, rig.scheduler.pendingCount());
  }

  @Test
  @DisplayName("after a 486 the INVITE client stays Completed for Timer D (32 s), ACKing each"
      + " retransmitted 486 without passing it up")
  void timerD() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    ClientTransaction invite =
        alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKd"), Rig.BOB);
    SipResponse busy = Sip.response(invite.request(), 486);
    for (long at : new long[] {100_000, 1_000_000, 2_000_000}) {
      bob.sendAt(at, Rig.ALICE, busy);
    }
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("response 486 @ 0.1"), alice.user.timeline());
    assertEquals(List.of("0.1", "1", "2"), bob.timesOf("ACK"));
    assertEquals(List.of("32.1 alice INVITE client Completed -> Terminated (Timer D fired)"),
        rig.observer.linesWith("-> Terminated"));
  }

  @Test
  @DisplayName("Timer E retransmits a non-INVITE request at 0.5 s, 1.5 s, 3.5 s, then every T2"
      + " (4 s) until Timer F ends it at 32 s")
  void timersEandF() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKe"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0", "0.5", "1.5", "3.5", "7.5", "11.5", "15.5", "19.5", "23.5", "27.5",
        "31.5"), bob.timesOf("OPTIONS"));
    assertEquals(List.of("timeout F @ 32"), alice.user.timeline());
    assertEquals(0, rig.scheduler.pendingCount());
  }

  @Test
  @DisplayName("after a provisional response Timer E retransmits the request every T2 until F")
  void timerEinProceeding() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    ClientTransaction options =
        alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKe2"), Rig.BOB);
    bob.sendAt(100_000, Rig.ALICE, Sip.response(options.request(), 100));
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0", "0.5", "4.5", "8.5", "12.5", "16.5", "20.5", "24.5", "28.5"),
        bob.timesOf("OPTIONS"));
    assertEquals(List.of("response 100 @ 0.1", "timeout F @ 32"), alice.user.timeline());
  }

  @Test
  @DisplayName("Timer G retransmits a 486 at 0.5 s, 1.5 s, 3.5 s, then every T2 until Timer H"
      + " ends it at 32 s and tells the TU that the ACK never came")
  void timersGandH() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, transaction) ->
        transaction.respond(Sip.response(request, 486));
    alice.send(Rig.BOB, Sip.request(Method.INVITE, "z9hG4bKg"));
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0", "0.5", "1.5", "3.5", "7.5", "11.5", "15.5", "19.5", "23.5", "27.5",
        "31.5"), alice.timesOf("SIP/2.0 486"));
    assertEquals(List.of("request INVITE @ 0", "timeout H @ 32"), bob.user.timeline());
    assertEquals(10, rig.observer.linesWith("bob sends 486 (G)").size());
    assertEquals(0, bob.transactionCount());
  }

  @Test
  @DisplayName("the ACK for a 486 moves the INVITE server to Confirmed, stopping G and H, and"
      + " Timer I (T4 = 5 s) ends it; the ACK never reaches the TU")
  void timerI() {
    Rig rig = new Rig(0, TEN_MS);
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, transaction) ->
        transaction.respond(Sip.response(request, 486));
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKi"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0.03 bob INVITE server Completed -> Confirmed (received ACK)",
        "5.03 bob INVITE server Confirmed -> Terminated (Timer I fired)"),
        rig.observer.linesWith("bob INVITE server C"));
    assertEquals(List.of("0.01 bob cancelled Trying", "0.03 bob cancelled G",
        "0.03 bob cancelled H"),
        rig.observer.linesWith("bob cancelled"));
    assertEquals(List.of("request INVITE"), bob.user.whats());
    assertEquals(1, rig.observer.linesWith("bob sends 486").size());
  }

  @Test
  @DisplayName("the non-INVITE client stays Completed for Timer K (T4 = 5 s), and the server for"
      + " Timer J (64*T1 = 32 s), then both leave nothing behind")
  void timersJandK() {
    Rig rig = new Rig(0, TEN_MS);
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, transaction) ->
        transaction.respond(Sip.response(request, 200));
    alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKj"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of(
        "0 alice non-INVITE client new -> Trying (TU sent OPTIONS)",
        "0.02 alice non-INVITE client Trying -> Completed (received 200 OK)",
        "5.02 alice non-INVITE client Completed -> Terminated (Timer K fired)"),
        rig.observer.linesWith("alice non-INVITE client"));
    assertEquals(List.of(
        "0.01 bob non-INVITE server new -> Trying (received OPTIONS)",
        "0.01 bob non-INVITE server Trying -> Completed (TU sent 200 OK)",
        "32.01 bob non-INVITE server Completed -> Terminated (Timer J fired)"),
        rig.observer.linesWith("bob non-INVITE server"));
    assertEquals(0, alice.transactionCount() + bob.transactionCount());
    assertEquals(0, rig.scheduler.pendingCount());
  }

  @Test
  @DisplayName("after a 2xx the INVITE server stays Accepted for Timer L (32 s): it absorbs the"
      + " retransmitted INVITE, sends the TU's 2xx retransmission, and afterwards the INVITE is"
      + " new")
  void timerL() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, transaction) -> {
      if (bob.user.requests().size() == 1) {
        SipResponse ok = Sip.response(request, 200);
        transaction.respond(ok);
        rig.scheduler.schedule(2_000_000, () -> transaction.respond(ok));
      }
    };
    SipRequest invite = Sip.request(Method.INVITE, "z9hG4bKl");
    alice.send(Rig.BOB, invite);
    alice.sendAt(1_000_000, Rig.BOB, invite);
    alice.sendAt(3_000_000, Rig.BOB, Sip.request(Method.ACK, "z9hG4bKl-ack"));
    alice.sendAt(33_000_000, Rig.BOB, invite);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0", "2"), alice.timesOf("SIP/2.0 200"));
    assertEquals(List.of("request INVITE @ 0", "stray ACK @ 3", "request INVITE @ 33"),
        bob.user.timeline());
    assertEquals(List.of("32 bob INVITE server Accepted -> Terminated (Timer L fired)"),
        rig.observer.linesWith("Accepted -> Terminated"));
  }

  @Test
  @DisplayName("after a 2xx the INVITE client stays Accepted for Timer M (32 s), passing each"
      + " further 2xx to the TU without an ACK; after M a 2xx is a stray response")
  void timerM() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    RawPeer bob = rig.raw(Rig.BOB);
    ClientTransaction invite =
        alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKm"), Rig.BOB);
    SipResponse ok = Sip.response(invite.request(), 200);
    for (long at : new long[] {100_000, 1_000_000, 2_000_000, 33_000_000}) {
      bob.sendAt(at, Rig.ALICE, ok);
    }
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("response 200 @ 0.1", "response 200 @ 1", "response 200 @ 2",
        "stray response 200 @ 33"), alice.user.timeline());
    assertEquals(List.of(), bob.timesOf("ACK"));
    assertEquals(List.of("32.1 alice INVITE client Accepted -> Terminated (Timer M fired)"),
        rig.observer.linesWith("-> Terminated"));
  }

  @Test
  @DisplayName("the INVITE server sends 100 Trying 200 ms after the INVITE when the TU has not"
      + " answered, which stops the client's Timer A")
  void tryingTimerSendsTrying() {
    Rig rig = new Rig(0, TEN_MS);
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKt"), Rig.BOB);
    rig.scheduler.runUntil(1_000_000);
    assertEquals(List.of("0.01 bob set Trying 0.2", "0.21 bob fired Trying", "0.21 bob sends 100"),
        rig.observer.linesWith("bob ").stream()
            .filter(line -> line.contains("Trying") || line.contains("sends")).toList());
    assertEquals(List.of("response 100 @ 0.22"), alice.user.timeline());
    assertEquals(1, rig.observer.linesWith("alice sends INVITE").size());
  }

  @Test
  @DisplayName("no 100 Trying is sent when the TU sends a provisional response within 200 ms")
  void tryingTimerStoppedByTu() {
    Rig rig = new Rig(0, TEN_MS);
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, transaction) -> rig.scheduler.schedule(100_000,
        () -> transaction.respond(Sip.response(request, 180)));
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKt2"), Rig.BOB);
    rig.scheduler.runUntil(1_000_000);
    assertEquals(List.of("0.11 bob sends 180"), rig.observer.linesWith("bob sends"));
    assertEquals(List.of("0.11 bob cancelled Trying"), rig.observer.linesWith("bob cancelled"));
  }

  @Test
  @DisplayName("with the Trying timer off the INVITE server sends nothing by itself and absorbs"
      + " the retransmitted INVITEs")
  void tryingTimerOff() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB, LayerSettings.DEFAULT.withAutoTrying(false));
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKt3"), Rig.BOB);
    rig.scheduler.runUntil(10_000_000);
    assertTrue(rig.observer.linesWith("bob sends").isEmpty());
    assertEquals(List.of("request INVITE"), bob.user.whats());
    assertEquals(5, rig.observer.linesWith("alice sends INVITE").size());
  }
}
