package org.siplab.codec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * A cross-check of {@link CodecBenchmark} for noisy machines: the same three operations on the same
 * messages, timed by the thread's CPU time rather than the wall clock, interleaved round by round
 * so that siplab and JAIN-SIP see the same machine, and reported as the best round of each. Run
 * with {@code bench/run cpu}; JMH's scores stay the reference figures.
 */
public final class CodecCpuTime {

  private static final int ROUNDS = 15;
  private static final int CALLS_A_ROUND = 40_000;
  /** The phrases JMH asks of code that makes and discards a Blackhole outside a benchmark. */
  private static final String BLACKHOLE_CHALLENGE =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";
  private static final String EVAPORATE_CHALLENGE =
      "Yes, I am Stephen Hawking, and know a thing or two about black holes.";

  private CodecCpuTime() {}

  public static void main(String[] args) throws java.text.ParseException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Blackhole bh = new Blackhole(BLACKHOLE_CHALLENGE);
    for (String message : new String[] {"invite-sdp", "register", "ok200-two-via-rr"}) {
      CodecBenchmark b = new CodecBenchmark();
      b.message = message;
      b.load();
      double siplab = Double.MAX_VALUE;
      double jain = Double.MAX_VALUE;
      double print = Double.MAX_VALUE;
      for (int round = 0; round < ROUNDS; round++) {
        long t0 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS_A_ROUND; i++) {
          b.siplabParseAndRead(bh);
        }
        long t1 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS_A_ROUND; i++) {
          b.jainSipParseAndRead(bh);
        }
        long t2 = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < CALLS_A_ROUND; i++) {
          bh.consume(b.printFromValues());
        }
        long t3 = threads.getCurrentThreadCpuTime();
        siplab = Math.min(siplab, (t1 - t0) / (double) CALLS_A_ROUND);
        jain = Math.min(jain, (t2 - t1) / (double) CALLS_A_ROUND);
        print = Math.min(print, (t3 - t2) / (double) CALLS_A_ROUND);
      }
      System.out.printf(Locale.ROOT, "%-18s parse and read: siplab %,6.0f ns, JAIN-SIP %,6.0f ns,"
          + " ratio %.2f; printing %,5.0f ns (%,.0f a second)%n", message, siplab, jain,
          jain / siplab, print, 1e9 / print);
    }
    bh.evaporate(EVAPORATE_CHALLENGE);
  }
}
