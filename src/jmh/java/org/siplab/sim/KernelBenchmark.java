package org.siplab.sim;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Kernel events a second: each benchmark schedules and runs a chain of {@value #CHAIN} events, and
 * JMH's score (operations a second) counts one operation per event run.
 *
 * <ul>
 *   <li>{@code chainOfEvents}: each event schedules the next, on an otherwise empty queue.</li>
 *   <li>{@code chainAmongPendingTimers}: the same chain with {@value #PENDING} far-off timers
 *       pending, and each event also starting and stopping a timer, as a transaction does with its
 *       retransmission timer.</li>
 *   <li>{@code datagramPingPong}: two hosts echo 200 datagrams back and forth over a jittery,
 *       reordering link (no loss, so that the chain never runs dry); an event here is one arrival,
 *       so the score includes deciding each datagram's fate and copying its payload.</li>
 * </ul>
 *
 * <p>Each benchmark checks that it really ran {@value #CHAIN} events, so the score cannot count
 * events that did not happen.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 2)
@Measurement(time = 2)
public class KernelBenchmark {

    static final int CHAIN = 100_000;
    static final int PENDING = 1_000;

    private static final Runnable NOTHING = () -> { };

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public RunOutcome chainOfEvents() {
        Scheduler scheduler = new Scheduler();
        new Chain(scheduler, false).start();
        return ranTheWholeChain(scheduler.runUntilIdle());
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public RunOutcome chainAmongPendingTimers() {
        Scheduler scheduler = new Scheduler();
        for (int i = 0; i < PENDING; i++) {
            scheduler.schedule(1_000_000_000L + i, NOTHING);
        }
        new Chain(scheduler, true).start();
        return ranTheWholeChain(scheduler.run(RunLimit.atMostEvents(CHAIN)));
    }

    @Benchmark
    @OperationsPerInvocation(CHAIN)
    public RunOutcome datagramPingPong() {
        Scheduler scheduler = new Scheduler();
        Network network = new Network(scheduler, new RandomStreams(42),
                LinkProfile.ofDelay(10_000).withJitterUs(2_000).withReordering(0.01, 5_000));
        network.addHost("alice", "192.0.2.1");
        network.addHost("proxy", "192.0.2.2");
        Endpoint alice = new Endpoint("192.0.2.1", 5060);
        Endpoint proxy = new Endpoint("192.0.2.2", 5060);
        byte[] payload = "OPTIONS sip:proxy SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        DatagramHandler echo = datagram -> network.send(datagram.to(), datagram.from(), payload);
        network.bind(alice, echo);
        network.bind(proxy, echo);
        for (int i = 0; i < 200; i++) {
            network.send(alice, proxy, payload);
        }
        return ranTheWholeChain(scheduler.run(RunLimit.atMostEvents(CHAIN)));
    }

    private static RunOutcome ranTheWholeChain(RunOutcome outcome) {
        if (outcome.eventsRun() != CHAIN) {
            throw new IllegalStateException("expected " + CHAIN + " events, " + outcome.describe());
        }
        return outcome;
    }

    /** An event that schedules the next one until {@value #CHAIN} have run. */
    private static final class Chain implements Runnable {
        private final Scheduler scheduler;
        private final boolean withRetransmitTimer;
        private int remaining = CHAIN;

        Chain(Scheduler scheduler, boolean withRetransmitTimer) {
            this.scheduler = scheduler;
            this.withRetransmitTimer = withRetransmitTimer;
        }

        void start() {
            scheduler.schedule(1, this);
        }

        @Override
        public void run() {
            if (withRetransmitTimer) {
                scheduler.cancel(scheduler.schedule(500_000, NOTHING));
            }
            if (--remaining > 0) {
                scheduler.schedule(1 + (remaining & 7), this);
            }
        }
    }
}
