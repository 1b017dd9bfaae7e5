package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.Datagram;
import org.siplab.sim.Endpoint;
import org.siplab.sim.RunLimit;

/**
 * Joins a simulation to the real network: one siplab element, simulated, talks over real UDP on
 * 127.0.0.1 with one real peer.
 *
 * <p>The element's endpoint in the simulation is the real socket's address and port, and the peer
 * has its real address and port in the simulation too, so every Via, Contact and Request-URI
 * either side writes is true in both worlds. A handler bound at the peer's endpoint in the
 * simulated network sends on the real socket what the element sends there; what the real socket
 * receives from the peer is sent into the simulated network, from the peer's endpoint to the
 * element's.
 *
 * <p>Virtual time is wall-clock time since the first {@link #runUntil}: each turn runs the events
 * that are due, then waits on the socket until the next one is due. That is chan_sip's {@code
 * do_monitor} for real, which the simulator folds away: {@code ast_sched_runq}, then {@code
 * ast_sched_wait} as the {@code poll} timeout of {@code ast_io_wait}. The run is therefore not
 * reproducible; it is a test of talking to a real stack, not a simulation to replay.
 */
final class LiveBridge {

  /** The longest single wait on the socket, so that the caller's stop condition is asked often. */
  private static final int MAX_WAIT_MILLIS = 20;

  private final Simulation sim;
  private final DatagramSocket socket;
  private final Endpoint element;
  private final Endpoint peer;
  private final InetSocketAddress peerAddress;
  private final List<byte[]> fromPeer = new ArrayList<>();
  private final byte[] buffer = new byte[65_535];
  private long startNanos = -1;

  /**
   * A bridge between {@code socket} (bound on 127.0.0.1, where the simulation's element has its
   * endpoint) and the real {@code peer}, which it binds in the simulated network.
   */
  LiveBridge(Simulation sim, DatagramSocket socket, Endpoint peer) {
    this.sim = sim;
    this.socket = socket;
    this.element = new Endpoint(socket.getLocalAddress().getHostAddress(), socket.getLocalPort());
    this.peer = peer;
    this.peerAddress = new InetSocketAddress(FreePorts.loopback(), peer.port());
    sim.network().bind(peer, this::sendToPeer);
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
        // JUnit's @Timeout interrupts the test's thread; a socket wait does not notice.
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

  /** Waits up to {@code millis} for one datagram and, if it is the peer's, sends it in. */
  private void receive(int millis) {
    DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
    try {
      socket.setSoTimeout(millis);
      socket.receive(packet);
    } catch (SocketTimeoutException e) {
      return;
    } catch (IOException e) {
      throw new UncheckedIOException("receiving on " + element, e);
    }
    if (!peerAddress.equals(packet.getSocketAddress())) {
      // Anything else on this machine may send to the port; only the peer belongs in the run.
      return;
    }
    byte[] bytes = Arrays.copyOfRange(packet.getData(), packet.getOffset(),
        packet.getOffset() + packet.getLength());
    fromPeer.add(bytes.clone());
    sim.run(RunLimit.untilTime(elapsedUs()));
    sim.network().send(peer, element, bytes);
  }

  private void sendToPeer(Datagram datagram) {
    datagram.readPayload(bytes -> {
      try {
        socket.send(new DatagramPacket(bytes, bytes.length, peerAddress));
      } catch (IOException e) {
        throw new UncheckedIOException("sending to " + peer, e);
      }
      return null;
    });
  }
}
