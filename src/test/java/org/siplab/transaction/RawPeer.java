package org.siplab.transaction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.siplab.codec.SipParser;
import org.siplab.codec.SipPrinter;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.sim.Endpoint;
import org.siplab.sim.Network;
import org.siplab.sim.Scheduler;

/**
 * A bare endpoint with no transaction layer: it sends whatever the test writes, exactly, and keeps
 * what arrives, so that a test can play a misbehaving or scripted peer.
 */
final class RawPeer {

  /** A datagram that arrived, with its time and where it came from. */
  record Arrival(long timeUs, Endpoint from, String text) {
    SipMessage message() {
      return SipParser.parse(text).orThrow();
    }

    SipRequest request() {
      return (SipRequest) message();
    }

    SipResponse response() {
      return (SipResponse) message();
    }
  }

  final Endpoint endpoint;
  private final Network network;
  private final Scheduler scheduler;
  final List<Arrival> arrivals = new ArrayList<>();

  RawPeer(Network network, Scheduler scheduler, Endpoint endpoint) {
    this.network = network;
    this.scheduler = scheduler;
    this.endpoint = endpoint;
    network.bind(endpoint, datagram -> arrivals.add(new Arrival(scheduler.nowUs(),
        datagram.from(), new String(datagram.payload(), StandardCharsets.UTF_8))));
  }

  void send(Endpoint to, String text) {
    network.send(endpoint, to, text.getBytes(StandardCharsets.UTF_8));
  }

  void send(Endpoint to, SipMessage message) {
    network.send(endpoint, to, SipPrinter.print(message));
  }

  /** Sends {@code message} to {@code to} at virtual time {@code atUs}. */
  void sendAt(long atUs, Endpoint to, SipMessage message) {
    scheduler.scheduleAt(atUs, () -> send(to, message));
  }

  /** The arrival times, in seconds, of messages whose first line starts with {@code prefix}. */
  List<String> timesOf(String prefix) {
    return arrivals.stream().filter(a -> a.text().startsWith(prefix))
        .map(a -> Rig.seconds(a.timeUs())).toList();
  }

  List<Arrival> arrivalsOf(String prefix) {
    return arrivals.stream().filter(a -> a.text().startsWith(prefix)).toList();
  }
}
