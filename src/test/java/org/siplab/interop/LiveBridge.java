package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.Datagram;
import org.siplab.sim.Endpoint;
import org.siplab.sim.RunLimit;

/**
 * Joins a simulation to the real network: siplab elements, simulated, talk over real UDP on the
 * loopback with one real peer (SIPp, or a proxy such as Kamailio that all their traffic goes
 * through).
 *
 * <p>Each element's endpoint in the simulation is its real socket's address and port, and the
 * peer has its real address and port in the simulation too, so every Via, Contact and
 * Request-URI either side writes is true in both worlds. A handler bound at the peer's endpoint
 * in the simulated network sends what an element sends there on that element's real socket, so
 * that the peer sees it come from the address the element's Via names; what a real socket
 * receives from the peer is sent into the simulated network, from the peer's endpoint to that
 * socket's element.
 *
 * <p>Virtual time is wall-clock time since the first {@link #runUntil}: each turn runs the events
 * that are due, then waits on the sockets until the next one is due. That is chan_sip's {@code
 * do_monitor} for real, which the simulator folds away: {@code ast_sched_runq}, then {@code
 * ast_sched_wait} as the {@code poll} timeout of {@code ast_io_wait}. The run is therefore not
 * reproducible; it is a test of talking to a real stack, not a simulation to replay.
 */
final class LiveBridge implements AutoCloseable {

  /** The longest single wait on the sockets, so that the caller's stop condition is asked often. */
  private static final int MAX_WAIT_MILLIS = 20;

  private final Simulation sim;
  private final Map<Endpoint, DatagramChannel> sockets = new LinkedHashMap<>();
  private final Selector selector;
  private final Endpoint peer;
  private final InetSocketAddress peerAddress;
  private final List<byte[]> fromPeer = new ArrayList<>();
  private final ByteBuffer buffer = ByteBuffer.allocate(65_535);
  private long startNanos = -1;

  /**
   * A bridge between {@code sockets} (each bound on the loopback, where one of the simulation's
   * elements has its endpoint) and the real {@code peer}, which it binds in the simulated network.
   */
  LiveBridge(Simulation sim, List<DatagramChannel> sockets, Endpoint peer) {
    this.sim = sim;
    this.peer = peer;
    this.peerAddress = new InetSocketAddress(peer.address(), peer.port());
    try {
      this.selector = Selector.open();
      for (DatagramChannel socket : sockets) {
        socket.configureBlocking(false);
        socket.register(selector, SelectionKey.OP_READ);
        this.sockets.put(endpointOf(socket), socket);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("setting up the bridge to " + peer, e);
    }
    sim.network().bind(peer, this::sendToPeer);
  }

  /** One element's socket and the peer. */
  LiveBridge(Simulation sim, DatagramChannel socket, Endpoint peer) {
    this(sim, List.of(socket), peer);
  }

  /** A UDP socket on {@code address} at a port the system picks, for an element to bridge. */
  static DatagramChannel openSocket(String address) {
    try {
      return DatagramChannel.open().bind(new InetSocketAddress(address, 0));
    } catch (IOException e) {
      throw new UncheckedIOException("binding a UDP socket on " + address, e);
    }
  }

  /** The address and port {@code socket} is bound at, as the simulation names an endpoint. */
  static Endpoint endpointOf(DatagramChannel socket) {
    try {
      InetSocketAddress local = (InetSocketAddress) socket.getLocalAddress();
      return new Endpoint(local.getAddress().getHostAddress(), local.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every datagram the peer sent, as received, in order. */
  List<byte[]> fromPeer() {
    return fromPeer.stream().map(byte[]::clone).toList();
  }

  /**
   * Runs the simulation in step with the wall clock until {@code done} holds, or {@code
   * limitMillis} of wall time have passed; returns whether {@code done} held.
   */
  boolean runUntil(BooleanSupplier done, long limitMillis) {
    if (startNanos < 0) {
      startNanos = System.nanoTime();
    }
    long limitUs = elapsedUs() + limitMillis * 1_000;
    while (!done.getAsBoolean()) {
      long nowUs = elapsedUs();
      if (nowUs > limitUs) {
        return false;
      }
      if (Thread.currentThread().isInterrupted()) {
        // JUnit's @Timeout interrupts the test's thread; say so rather than wait on.
        throw new IllegalStateException("interrupted after " + nowUs / 1_000 + " ms of the run");
      }
      sim.run(RunLimit.untilTime(nowUs));
      receive(waitMillis(nowUs));
    }
    return true;
  }

  private long elapsedUs() {
    return (System.nanoTime() - startNanos) / 1_000;
  }

  /** Until the next event is due, at least 1 ms (0 would be forever) and at most the cap. */
  private static int waitMillisUntil(OptionalLong nextUs, long nowUs) {
    if (nextUs.isEmpty()) {
      return MAX_WAIT_MILLIS;
    }
    long millis = (nextUs.getAsLong() - nowUs + 999) / 1_000;
    return (int) Math.max(1, Math.min(MAX_WAIT_MILLIS, millis));
  }

  private int waitMillis(long nowUs) {
    return waitMillisUntil(sim.scheduler().nextEventTimeUs(), nowUs);
  }

  /** Waits up to {@code millis} for datagrams and sends the peer's in, in the order read. */
  private void receive(int millis) {
    try {
      if (selector.select(millis) == 0) {
        return;
      }
      for (SelectionKey key : selector.selectedKeys()) {
        DatagramChannel socket = (DatagramChannel) key.channel();
        for (SocketAddress from = read(socket); from != null; from = read(socket)) {
          accept(socket, from);
        }
      }
      selector.selectedKeys().clear();
    } catch (IOException e) {
      throw new UncheckedIOException("receiving from " + peer, e);
    }
  }

  private SocketAddress read(DatagramChannel socket) throws IOException {
    buffer.clear();
    SocketAddress from = socket.receive(buffer);
    buffer.flip();
    return from;
  }

  private void accept(DatagramChannel socket, SocketAddress from) {
    if (!peerAddress.equals(from)) {
      // Anything else on this machine may send to the port; only the peer belongs in the run.
      return;
    }
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    fromPeer.add(bytes.clone());
    sim.run(RunLimit.untilTime(elapsedUs()));
    sim.network().send(peer, endpointOf(socket), bytes);
  }

  private void sendToPeer(Datagram datagram) {
    DatagramChannel socket = sockets.get(datagram.from());
    if (socket == null) {
      throw new IllegalStateException(datagram.from() + " sent to the real " + peer
          + " but has no real socket in this bridge");
    }
    datagram.readPayload(bytes -> {
      try {
        socket.send(ByteBuffer.wrap(bytes), peerAddress);
      } catch (IOException e) {
        throw new UncheckedIOException("sending to " + peer, e);
      }
      return null;
    });
  }

  /** Closes the selector; the sockets belong to whoever opened them. */
  @Override
  public void close() {
    try {
      selector.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
