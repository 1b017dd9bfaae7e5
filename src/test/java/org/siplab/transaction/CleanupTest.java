package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.Method;
import org.siplab.sim.LinkProfile;

/** A finished transaction leaves nothing behind. */
class CleanupTest {

  /** T1 = 10 ms, so that Timer J (640 ms) lets few transactions pile up; T4 = 100 ms. */
  private static final LayerSettings FAST =
      LayerSettings.DEFAULT.withTimers(new TimerSettings(10_000, 80_000, 100_000));

  /** The most the layers and the scheduler held during a run, and what they hold after it. */
  record Footprint(int peakClients, int peakServers, int peakPending, int clientsAfter,
      int serversAfter, int pendingAfter) {}

  @Test
  @DisplayName("1,000,000 sequential non-INVITE transactions leave the layers' tables and the"
      + " scheduler's queue as empty as 1,000 do, and hold no more at their peak")
  void aMillionTransactionsLeaveNothingBehind() {
    Footprint thousand = run(1_000);
    Footprint million = run(1_000_000);
    assertEquals(new Footprint(thousand.peakClients(), thousand.peakServers(),
        thousand.peakPending(), 0, 0, 0), million);
    assertEquals(0, thousand.clientsAfter() + thousand.serversAfter() + thousand.pendingAfter());
  }

  @Test
  @DisplayName("an INVITE transaction pair that ends in Accepted leaves no timer or table entry")
  void acceptedTransactionsLeaveNothingBehind() {
    Rig rig = new Rig(0, LinkProfile.ofDelay(1_000));
    Rig.Element alice = rig.element("alice", Rig.ALICE, FAST);
    Rig.Element bob = rig.element("bob", Rig.BOB, FAST);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    alice.layer.startClientTransaction(Sip.request(Method.INVITE, "z9hG4bKacc"), Rig.BOB);
    rig.scheduler.runUntilIdle();
    assertEquals(0, alice.transactionCount() + bob.transactionCount());
    assertEquals(0, rig.scheduler.pendingCount());
  }

  /**
   * Runs {@code count} OPTIONS transactions one after another over a 1 ms link, each started when
   * the previous one's 200 arrives, and measures the footprint at every completion.
   */
  private static Footprint run(int count) {
    Rig rig = new Rig(0, LinkProfile.ofDelay(1_000), false);
    Rig.Element alice = rig.element("alice", Rig.ALICE, FAST);
    Rig.Element bob = rig.element("bob", Rig.BOB, FAST);
    bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
    int[] started = {0};
    int[] peaks = new int[3];
    Runnable next = () -> alice.layer.startClientTransaction(
        Sip.request(Method.OPTIONS, "z9hG4bK" + started[0]++), Rig.BOB);
    alice.user.onResponse = (response, tx) -> {
      peaks[0] = Math.max(peaks[0], alice.layer.clientTransactionCount());
      peaks[1] = Math.max(peaks[1], bob.layer.serverTransactionCount());
      peaks[2] = Math.max(peaks[2], rig.scheduler.pendingCount());
      if (started[0] < count) {
        next.run();
      }
    };
    alice.user.recording = false;
    bob.user.recording = false;
    next.run();
    rig.scheduler.runUntilIdle();
    assertEquals(count, started[0]);
    return new Footprint(peaks[0], peaks[1], peaks[2], alice.layer.clientTransactionCount(),
        bob.layer.serverTransactionCount(), rig.scheduler.pendingCount());
  }
}
