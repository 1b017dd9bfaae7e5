package org.siplab.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.siplab.codec.ParseResult;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;
import org.siplab.message.HeaderName;
import org.siplab.message.HostPort;
import org.siplab.message.Method;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Via;
import org.siplab.sim.Endpoint;
import org.siplab.sim.Network;
import org.siplab.sim.RandomStreams;
import org.siplab.sim.Scheduler;

/**
 * Complete non-INVITE transactions a second over a perfect link: each operation is one OPTIONS
 * from alice's client transaction to bob's server transaction and its 200 back, with everything a
 * run does on the way: printing and parsing both messages, marking the Via with received and
 * rport, matching on both sides, bob's TU building the response, both machines stepping, and
 * Timers K and J running out so that both transactions end and leave their tables.
 *
 * <p>Each invocation runs 1,000 transactions, {@code inFlight} at a time: it starts that many at
 * once, runs the scheduler until it is idle, and starts the next ones. It checks that all 1,000
 * completed, so the score cannot count transactions that did not happen. The target is judged with
 * 1,000 in flight; 10 in flight shows what the number in flight costs (a thousand transactions'
 * messages, timers and table entries do not fit in the caches, ten do). {@code codecOnly} does
 * not depend on it.
 *
 * <p>Warm-up iterations are long (10 s) because the JIT needs about half a minute to reach a
 * steady state on a busy two-core machine.
 *
 * <p>{@code codecOnly} is the baseline: per operation it only prints and parses the same two
 * messages a transaction puts on the wire, which bounds what {@code completeNonInviteTransactions}
 * can reach however cheap the rest becomes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(time = 10)
@Measurement(time = 5)
public class TransactionBenchmark {

  static final int OPERATIONS = 1_000;

  @Param({"1000", "10"})
  public int inFlight;

  private static final Endpoint ALICE = new Endpoint("192.0.2.1", 5060);
  private static final Endpoint BOB = new Endpoint("192.0.2.2", 5060);

  private final Scheduler scheduler = new Scheduler();
  private final List<SipRequest> requests = new ArrayList<>(OPERATIONS);
  private TransactionLayer alice;
  private int completed;

  @Setup
  public void setUp() {
    Network network = new Network(scheduler, new RandomStreams(42));
    network.addHost("alice", ALICE.address());
    network.addHost("bob", BOB.address());
    alice = new TransactionLayer(new UdpTransport("alice", network, ALICE,
        TransportSettings.DEFAULT, TransactionObserver.NONE), scheduler, LayerSettings.DEFAULT,
        new Client());
    new TransactionLayer(new UdpTransport("bob", network, BOB, TransportSettings.DEFAULT,
        TransactionObserver.NONE), scheduler, LayerSettings.DEFAULT, new Server());
    for (int i = 0; i < OPERATIONS; i++) {
      requests.add(options("z9hG4bKbench" + i));
    }
  }

  @Benchmark
  @OperationsPerInvocation(OPERATIONS)
  public int completeNonInviteTransactions() {
    completed = 0;
    for (int first = 0; first < OPERATIONS; first += inFlight) {
      for (int i = first; i < first + inFlight; i++) {
        alice.startClientTransaction(requests.get(i), BOB);
      }
      scheduler.runUntilIdle();
    }
    if (completed != OPERATIONS || alice.clientTransactionCount() != 0) {
      throw new IllegalStateException("expected " + OPERATIONS + " completed transactions, got "
          + completed + " with " + alice.clientTransactionCount() + " left");
    }
    return completed;
  }

  @Benchmark
  public int codecOnly() {
    SipRequest request = requests.get(0);
    SipResponse ok = Responses.to(request, 200);
    ParseResult parsedRequest = SipParser.parse(SipPrinter.print(request));
    ParseResult parsedResponse = SipParser.parse(SipPrinter.print(ok));
    return parsedRequest.message().headers().size() + parsedResponse.message().headers().size();
  }

  private static SipRequest options(String branch) {
    return SipRequest.builder(Method.OPTIONS, SipUri.of("bob", BOB.address()))
        .header(HeaderName.VIA, Via.udp(new HostPort(ALICE.address(), ALICE.port()), branch))
        .maxForwards(70)
        .header(HeaderName.FROM, NameAddress.of(SipUri.of("alice", ALICE.address()))
            .withTag("a1"))
        .header(HeaderName.TO, NameAddress.of(SipUri.of("bob", BOB.address())))
        .callId(branch + "@" + ALICE.address())
        .cseq(1, Method.OPTIONS)
        .build();
  }

  /** Bob's TU: answers every request with 200 OK at once, with a To tag. */
  private static final class Server extends Ignoring {
    @Override
    public void onRequest(SipRequest request, ServerTransaction transaction) {
      SipResponse ok = Responses.to(request, 200);
      transaction.respond(ok.with(HeaderName.TO, request.to().withTag("b1")));
    }
  }

  /** Alice's TU: counts the final responses. */
  private final class Client extends Ignoring {
    @Override
    public void onResponse(SipResponse response, ClientTransaction transaction) {
      if (response.isFinal()) {
        completed++;
      }
    }
  }

  /** A TU that fails on anything a lossless run should not produce. */
  private abstract static class Ignoring implements TransactionUser {
    @Override
    public void onRequest(SipRequest request, ServerTransaction transaction) {
      throw new IllegalStateException("unexpected request");
    }

    @Override
    public void onResponse(SipResponse response, ClientTransaction transaction) {
      throw new IllegalStateException("unexpected response");
    }

    @Override
    public void onStrayAck(SipRequest ack) {
      throw new IllegalStateException("unexpected ACK");
    }

    @Override
    public void onStrayResponse(SipResponse response) {
      throw new IllegalStateException("unexpected stray response");
    }

    @Override
    public void onTimeout(Transaction transaction, TimerName timer) {
      throw new IllegalStateException("unexpected timeout " + timer);
    }

    @Override
    public void onTransportError(Transaction transaction, String reason) {
      throw new IllegalStateException(reason);
    }
  }
}
