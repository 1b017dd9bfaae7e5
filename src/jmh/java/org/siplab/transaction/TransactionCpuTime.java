package org.siplab.transaction;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A cross-check of {@link TransactionBenchmark} for noisy machines: the same invocations, timed by
 * the thread's CPU time in rounds of 50,000 transactions after a warm-up, and reported as the best
 * and the median round, with the median round's wall-clock time beside it. On a machine that
 * alternates between fast and slow spells (see notes/performance.md), the best round shows what
 * the code costs; the wall clock also counts what the thread's CPU time leaves out (collection
 * pauses, time the virtual machine's CPU was taken away), which JMH's scores include. Run with
 * {@code bench/run cpu}; JMH's scores stay the reference figures.
 */
public final class TransactionCpuTime {

  /** Long enough for the JIT to settle here (no compilation after about 20 s). */
  private static final long WARM_UP_NANOS = 25_000_000_000L;
  private static final int ROUNDS = 40;
  private static final int INVOCATIONS_A_ROUND = 50;

  private TransactionCpuTime() {}

  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int inFlight : new int[] {1000, 10}) {
      TransactionBenchmark b = new TransactionBenchmark();
      b.inFlight = inFlight;
      b.setUp();
      long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
      while (System.nanoTime() < warmUpEnd) {
        b.completeNonInviteTransactions();
      }
      double[] nanos = new double[ROUNDS];
      double[] wallNanos = new double[ROUNDS];
      int transactions = INVOCATIONS_A_ROUND * TransactionBenchmark.OPERATIONS;
      for (int round = 0; round < ROUNDS; round++) {
        long wall0 = System.nanoTime();
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < INVOCATIONS_A_ROUND; i++) {
          b.completeNonInviteTransactions();
        }
        nanos[round] = (threads.getCurrentThreadCpuTime() - t0) / (double) transactions;
        wallNanos[round] = (System.nanoTime() - wall0) / (double) transactions;
      }
      Arrays.sort(nanos);
      Arrays.sort(wallNanos);
      double best = nanos[0];
      double median = nanos[ROUNDS / 2];
      double wallMedian = wallNanos[ROUNDS / 2];
      System.out.printf(Locale.ROOT, "transactions, %,5d in flight: CPU time: best round %,6.0f ns"
          + " (%,.0f a second), median round %,6.0f ns (%,.0f a second); wall clock: median round"
          + " %,6.0f ns (%,.0f a second)%n", inFlight, best, 1e9 / best, median, 1e9 / median,
          wallMedian, 1e9 / wallMedian);
    }
  }
}
