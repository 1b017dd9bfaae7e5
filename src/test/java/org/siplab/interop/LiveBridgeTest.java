package org.siplab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.siplab.check.Checker;
import org.siplab.element.phone.Phone;
import org.siplab.scenario.run.Simulation;
import org.siplab.sim.Endpoint;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/**
 * The live bridge on its own, with a plain socket as the real peer: these run wherever the build
 * runs, SIPp or not.
 */
@DisplayName("the live bridge between a simulation and real UDP")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LiveBridgeTest {

  /** A phone in a simulation on a real socket, and a real peer socket, all on 127.0.0.1. */
  private static final class Setup implements AutoCloseable {
    final DatagramChannel phoneSocket = LiveBridge.openSocket(SippLab.LOOPBACK);
    final int phonePort = LiveBridge.endpointOf(phoneSocket).port();
    final DatagramSocket peer = bind();
    final Endpoint peerEndpoint = new Endpoint(SippLab.LOOPBACK, peer.getLocalPort());
    final Simulation sim = new Simulation("bridge", 1, TimerSettings.DEFAULT,
        LinkProfile.PERFECT);
    final LiveBridge bridge;
    final List<String> answers = new ArrayList<>();

    Setup() {
      sim.add(new Phone("phone", SippLab.phoneConfig()), SippLab.LOOPBACK, phonePort);
      bridge = new LiveBridge(sim, phoneSocket, peerEndpoint);
    }

    /** An OPTIONS (RFC 3261 section 11) from {@code fromPort} to the phone. */
    byte[] options(int fromPort) {
      String peerAt = SippLab.LOOPBACK + ":" + fromPort;
      return ("OPTIONS sip:" + SippLab.USER + "@" + SippLab.LOOPBACK + ":"
          + phonePort + " SIP/2.0\r\n"
          + "Via: SIP/2.0/UDP " + peerAt + ";branch=z9hG4bK-bridge-" + fromPort + "\r\n"
          + "Max-Forwards: 70\r\n"
          + "From: <sip:peer@" + peerAt + ">;tag=peer1\r\n"
          + "To: <sip:" + SippLab.USER + "@" + SippLab.LOOPBACK + ">\r\n"
          + "Call-ID: bridge-test-" + fromPort + "\r\n"
          + "CSeq: 1 OPTIONS\r\n"
          + "Content-Length: 0\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    void send(DatagramSocket from, byte[] datagram) throws IOException {
      from.send(new DatagramPacket(datagram, datagram.length,
          new InetSocketAddress(FreePorts.loopback(), phonePort)));
    }

    /** Whether the peer got an answer within 1 ms; keeps it. */
    boolean peerAnswered() {
      DatagramPacket packet = new DatagramPacket(new byte[65_535], 65_535);
      try {
        peer.setSoTimeout(1);
        peer.receive(packet);
      } catch (SocketTimeoutException e) {
        return false;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      answers.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
      return true;
    }

    List<String> sends(Trace trace) {
      return trace.events().stream().filter(e -> e instanceof TraceEvent.Send)
          .map(e -> (TraceEvent.Send) e)
          .map(s -> s.from() + ">" + s.to() + " " + s.firstLine()).toList();
    }

    private static DatagramSocket bind() {
      try {
        return new DatagramSocket(new InetSocketAddress(FreePorts.loopback(), 0));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      bridge.close();
      SippLab.closeSocket(phoneSocket);
      peer.close();
    }
  }

  @Test
  @DisplayName("a real OPTIONS goes into the simulation and the phone's 200 comes back out; the"
      + " trace names the peer, and the rule checker finds nothing")
  void relaysBothWays() throws IOException {
    try (Setup setup = new Setup()) {
      byte[] options = setup.options(setup.peer.getLocalPort());
      setup.send(setup.peer, options);
      assertTrue(setup.bridge.runUntil(setup::peerAnswered, 5_000), "no answer came back");
      assertTrue(setup.answers.get(0).startsWith("SIP/2.0 200 OK\r\n"), setup.answers.get(0));
      assertEquals(List.of(new String(options, StandardCharsets.UTF_8)),
          setup.bridge.fromPeer().stream()
              .map(b -> new String(b, StandardCharsets.UTF_8)).toList());
      // One host has one address, so the simulated network names both ends after the phone.
      assertEquals(List.of("phone>phone OPTIONS sip:siplab@127.0.0.1:"
          + setup.phonePort + " SIP/2.0", "phone>phone SIP/2.0 200 OK"),
          setup.sends(setup.sim.trace()));
      Trace named = PeerTrace.of(setup.sim.trace(), setup.peerEndpoint, "peer", "test");
      assertEquals(List.of("peer>phone OPTIONS sip:siplab@127.0.0.1:"
          + setup.phonePort + " SIP/2.0", "phone>peer SIP/2.0 200 OK"),
          setup.sends(named));
      assertEquals(List.of(), Checker.check(named));
    }
  }

  @Test
  @DisplayName("a datagram from anyone but the peer does not enter the simulation")
  void ignoresStrangers() throws IOException {
    try (Setup setup = new Setup(); DatagramSocket stranger = Setup.bind()) {
      setup.send(stranger, setup.options(stranger.getLocalPort()));
      setup.send(setup.peer, setup.options(setup.peer.getLocalPort()));
      assertTrue(setup.bridge.runUntil(setup::peerAnswered, 5_000), "no answer came back");
      assertEquals(1, setup.bridge.fromPeer().size());
      assertEquals(2, setup.sends(setup.sim.trace()).size(), setup.sends(setup.sim.trace())
          .toString());
    }
  }
}
