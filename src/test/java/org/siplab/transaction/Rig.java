package org.siplab.transaction;

import java.math.BigDecimal;
import org.siplab.sim.Endpoint;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.Network;
import org.siplab.sim.RandomStreams;
import org.siplab.sim.Scheduler;

/**
 * A simulated network for transaction tests: hosts {@code alice} (192.0.2.1) and {@code bob}
 * (192.0.2.2), and elements or raw peers bound on their ports.
 */
final class Rig {

  static final Endpoint ALICE = new Endpoint(Sip.ALICE, 5060);
  static final Endpoint BOB = new Endpoint(Sip.BOB, 5060);

  final Scheduler scheduler = new Scheduler();
  final Network network;
  final RecordingObserver observer = new RecordingObserver(scheduler);
  private final TransactionObserver reporting;

  Rig() {
    this(0, LinkProfile.PERFECT);
  }

  Rig(long seed, LinkProfile links) {
    this(seed, links, true);
  }

  /** With {@code record} false the elements report to no observer (for long runs). */
  Rig(long seed, LinkProfile links, boolean record) {
    reporting = record ? observer : TransactionObserver.NONE;
    network = new Network(scheduler, new RandomStreams(seed), links);
    network.addHost("alice", Sip.ALICE);
    network.addHost("bob", Sip.BOB);
  }

  /** An element with a transport, a layer and a recording TU. */
  final class Element {
    final String name;
    final UdpTransport transport;
    final TransactionLayer layer;
    final RecordingUser user = new RecordingUser(scheduler);

    Element(String name, Endpoint endpoint, LayerSettings settings, TransportSettings transport) {
      this.name = name;
      this.transport = new UdpTransport(name, network, endpoint, transport, reporting);
      this.layer = new TransactionLayer(this.transport, scheduler, settings, user);
    }

    int transactionCount() {
      return layer.clientTransactionCount() + layer.serverTransactionCount();
    }
  }

  Element element(String name, Endpoint endpoint) {
    return element(name, endpoint, LayerSettings.DEFAULT);
  }

  Element element(String name, Endpoint endpoint, LayerSettings settings) {
    return new Element(name, endpoint, settings, TransportSettings.DEFAULT);
  }

  Element element(String name, Endpoint endpoint, TransportSettings transport) {
    return new Element(name, endpoint, LayerSettings.DEFAULT, transport);
  }

  RawPeer raw(Endpoint endpoint) {
    return new RawPeer(network, scheduler, endpoint);
  }

  /** Microseconds as seconds with no trailing zeros: 1_500_000 is {@code 1.5}, 0 is {@code 0}. */
  static String seconds(long us) {
    return BigDecimal.valueOf(us, 6).stripTrailingZeros().toPlainString();
  }
}
