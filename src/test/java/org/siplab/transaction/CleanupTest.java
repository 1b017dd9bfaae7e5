package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

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

  /**
   * What the retained heap may grow between 1,000 and 1,000,000 transactions: the noise of
   * measuring it (objects of the JIT and of the test runner). A leak of one byte a transaction
   * would be 999,000 bytes.
   */
  private static final long HEAP_NOISE_BYTES = 64 * 1024;

  @Test
  @DisplayName("1,000,000 sequential non-INVITE transactions leave the layers' tables, the"
      + " scheduler's queue and the retained heap as they were after 1,000, and hold no more at"
      + " their peak")
  void aMillionTransactionsLeaveNothingBehind() {
    // A first rig warms the JIT up, so that the code it compiles on the way is not counted.
    new Sequence().runTo(20_000);
    Sequence sequence = new Sequence();
    Footprint thousand = sequence.runTo(1_000);
    long heapAfterThousand = retainedHeap();
    Footprint million = sequence.runTo(1_000_000);
    long heapAfterMillion = retainedHeap();
    assertEquals(new Footprint(thousand.peakClients(), thousand.peakServers(),
        thousand.peakPending(), 0, 0, 0), million);
    assertEquals(0, thousand.clientsAfter() + thousand.serversAfter() + thousand.pendingAfter());
    assertTrue(heapAfterMillion <= heapAfterThousand + HEAP_NOISE_BYTES, String.format(Locale.ROOT,
        "retained heap after 1,000 transactions %,d bytes, after 1,000,000 %,d bytes",
        heapAfterThousand, heapAfterMillion));
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
   * OPTIONS transactions one after another over a 1 ms link, each started when the previous one's
   * 200 arrives; the footprint is measured at every completion.
   */
  private static final class Sequence {
    private final Rig rig = new Rig(0, LinkProfile.ofDelay(1_000), false);
    private final Rig.Element alice = rig.element("alice", Rig.ALICE, FAST);
    private final Rig.Element bob = rig.element("bob", Rig.BOB, FAST);
    private int started;
    private int target;
    private final int[] peaks = new int[3];

    Sequence() {
      bob.user.onRequest = (request, tx) -> tx.respond(Sip.response(request, 200));
      alice.user.onResponse = (response, tx) -> {
        peaks[0] = Math.max(peaks[0], alice.layer.clientTransactionCount());
        peaks[1] = Math.max(peaks[1], bob.layer.serverTransactionCount());
        peaks[2] = Math.max(peaks[2], rig.scheduler.pendingCount());
        if (started < target) {
          startNext();
        }
      };
      alice.user.recording = false;
      bob.user.recording = false;
    }

    /** Runs transactions until {@code count} have been started in all, and the run is idle. */
    Footprint runTo(int count) {
      target = count;
      startNext();
      rig.scheduler.runUntilIdle();
      assertEquals(count, started);
      return new Footprint(peaks[0], peaks[1], peaks[2], alice.layer.clientTransactionCount(),
          bob.layer.serverTransactionCount(), rig.scheduler.pendingCount());
    }

    private void startNext() {
      alice.layer.startClientTransaction(
          Sip.request(Method.OPTIONS, "z9hG4bK" + started++), Rig.BOB);
    }
  }

  /** The heap still in use after collections: the least of a few measurements. */
  private static long retainedHeap() {
    Runtime runtime = Runtime.getRuntime();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
    }
    return least;
  }
}
