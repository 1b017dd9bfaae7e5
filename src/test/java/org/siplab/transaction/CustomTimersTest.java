package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Method;
import org.siplab.sim.LinkProfile;

/**
 * The timers of section 17 follow T1, T2 and T4 when they are not RFC 3261's defaults (a scenario's
 * {@code timers:}): T1 = 100 ms, T2 = 1 s, T4 = 2 s, so 64*T1 = 6.4 s. Each test asserts the
 * durations the timers were set for, not only when things happened.
 */
@DisplayName("timers with T1 = 100 ms, T2 = 1 s, T4 = 2 s")
class CustomTimersTest {

  private static final LayerSettings CUSTOM =
      LayerSettings.DEFAULT.withTimers(new TimerSettings(100_000, 1_000_000, 2_000_000));
  private static final LinkProfile TEN_MS = LinkProfile.ofDelay(10_000);

  @Test
  @DisplayName("Timer E doubles from T1 until it reaches T2 and stays there; Timer F ends the"
      + " transaction at 64*T1 = 6.4 s (section 17.1.2.2)")
  void timerECappedAtT2AndTimerF() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE, CUSTOM);
    RawPeer bob = rig.raw(Rig.BOB);
    alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKce"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0 alice set E 0.1", "0.1 alice set E 0.2", "0.3 alice set E 0.4",
        "0.7 alice set E 0.8", "1.5 alice set E 1", "2.5 alice set E 1", "3.5 alice set E 1",
        "4.5 alice set E 1", "5.5 alice set E 1"), rig.observer.linesWith("alice set E"));
    assertEquals(List.of("0 alice set F 6.4"), rig.observer.linesWith("alice set F"));
    assertEquals(List.of("0", "0.1", "0.3", "0.7", "1.5", "2.5", "3.5", "4.5", "5.5"),
        bob.timesOf("OPTIONS"));
    assertEquals(List.of("timeout F @ 6.4"), alice.user.timeline());
  }

  @Test
  @DisplayName("Timer A doubles from T1 without a cap and Timer B ends the INVITE at 64*T1"
      + " (section 17.1.1.2)")
  void timersAandB() {
    Rig rig = new Rig();
    Rig.Element alice = rig.element("alice", Rig.ALICE, CUSTOM);
    RawPeer bob = rig.raw(Rig.BOB);
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKca"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0 alice set A 0.1", "0.1 alice set A 0.2", "0.3 alice set A 0.4",
        "0.7 alice set A 0.8", "1.5 alice set A 1.6", "3.1 alice set A 3.2",
        "6.3 alice set A 6.4"), rig.observer.linesWith("alice set A"));
    assertEquals(List.of("0 alice set B 6.4"), rig.observer.linesWith("alice set B"));
    assertEquals(List.of("0", "0.1", "0.3", "0.7", "1.5", "3.1", "6.3"), bob.timesOf("INVITE"));
    assertEquals(List.of("timeout B @ 6.4"), alice.user.timeline());
  }

  @Test
  @DisplayName("the non-INVITE client stays Completed for Timer K = T4 = 2 s, the server for"
      + " Timer J = 64*T1 = 6.4 s (sections 17.1.2.2, 17.2.2)")
  void timersKandJ() {
    Rig rig = new Rig(0, TEN_MS);
    Rig.Element alice = rig.element("alice", Rig.ALICE, CUSTOM);
    Rig.Element bob = rig.element("bob", Rig.BOB, CUSTOM);
    bob.user.onRequest = (request, transaction) ->
        transaction.respond(Sip.response(request, 200));
    alice.layer.startClientTransaction(Sip.request(Method.OPTIONS, "z9hG4bKck"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0.02 alice set K 2"), rig.observer.linesWith("alice set K"));
    assertEquals(List.of("2.02 alice non-INVITE client Completed -> Terminated (Timer K fired)"),
        rig.observer.linesWith("alice non-INVITE client Completed ->"));
    assertEquals(List.of("0.01 bob set J 6.4"), rig.observer.linesWith("bob set J"));
    assertEquals(List.of("6.41 bob non-INVITE server Completed -> Terminated (Timer J fired)"),
        rig.observer.linesWith("bob non-INVITE server Completed ->"));
  }

  @Test
  @DisplayName("Timer G doubles from T1 up to T2 until Timer H (64*T1) gives up on the ACK"
      + " (section 17.2.1)")
  void timersGandH() {
    Rig rig = new Rig();
    RawPeer alice = rig.raw(Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB, CUSTOM);
    bob.user.onRequest = (request, transaction) ->
        transaction.respond(Sip.response(request, 486));
    alice.send(Rig.BOB, Sip.request(Method.INVITE, "z9hG4bKcg"));
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0 bob set G 0.1", "0.1 bob set G 0.2", "0.3 bob set G 0.4",
        "0.7 bob set G 0.8", "1.5 bob set G 1", "2.5 bob set G 1", "3.5 bob set G 1",
        "4.5 bob set G 1", "5.5 bob set G 1"), rig.observer.linesWith("bob set G"));
    assertEquals(List.of("0 bob set H 6.4"), rig.observer.linesWith("bob set H"));
    assertEquals(List.of("request INVITE @ 0", "timeout H @ 6.4"), bob.user.timeline());
  }

  @Test
  @DisplayName("after the ACK for a 486 the INVITE server stays Confirmed for Timer I = T4 = 2 s"
      + " (section 17.2.1)")
  void timerI() {
    Rig rig = new Rig(0, TEN_MS);
    Rig.Element alice = rig.element("alice", Rig.ALICE, CUSTOM);
    Rig.Element bob = rig.element("bob", Rig.BOB, CUSTOM);
    bob.user.onRequest = (request, transaction) ->
        transaction.respond(Sip.response(request, 486));
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKci"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(List.of("0.03 bob set I 2"), rig.observer.linesWith("bob set I"));
    assertEquals(List.of("2.03 bob INVITE server Confirmed -> Terminated (Timer I fired)"),
        rig.observer.linesWith("bob INVITE server Confirmed ->"));
  }
}
