package org.siplab.sim;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A small network for tests: a scheduler, streams, the network, and a record of every datagram
 * event.
 */
final class NetworkRig {

    static final int PORT = 5060;

    final Scheduler scheduler = new Scheduler();
    final RandomStreams streams;
    final Network network;
    final List<DatagramEvent> events = new ArrayList<>();

    NetworkRig(long seed, LinkProfile defaultProfile) {
        streams = new RandomStreams(seed);
        network = new Network(scheduler, streams, defaultProfile);
        network.addObserver(events::add);
    }

    NetworkRig(long seed) {
        this(seed, LinkProfile.PERFECT);
    }

    /** Adds a host and binds a do-nothing handler on its port 5060. */
    Endpoint listeningHost(String name, String address) {
        network.addHost(name, address);
        Endpoint endpoint = new Endpoint(address, PORT);
        network.bind(endpoint, datagram -> { });
        return endpoint;
    }

    long send(Endpoint from, Endpoint to, String text) {
        return network.send(from, to, text.getBytes(StandardCharsets.UTF_8));
    }

    <T extends DatagramEvent> List<T> eventsOf(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /**
     * The datagram events of one link direction, each as text without the network-wide datagram id.
     */
    List<String> fatesOn(String fromHost, String toHost) {
        return events.stream()
                .filter(e -> e.datagram().fromHost().equals(fromHost)
                        && e.datagram().toHost().equals(toHost))
                .map(NetworkRig::withoutId)
                .toList();
    }

    static String withoutId(DatagramEvent event) {
        Datagram d = event.datagram();
        String payload = new String(d.payload(), StandardCharsets.UTF_8);
        String kind = event.getClass().getSimpleName();
        String detail = "";
        if (event instanceof DatagramEvent.Delivered delivered) {
            detail = "copy=" + delivered.copy();
        } else if (event instanceof DatagramEvent.Dropped dropped) {
            detail = dropped.cause().describe() + " copy=" + dropped.copy();
        } else if (event instanceof DatagramEvent.Duplicated duplicated) {
            detail = duplicated.cause().describe();
        } else if (event instanceof DatagramEvent.Delayed delayed) {
            detail = delayed.extraDelayUs() + " " + delayed.cause().describe();
        }
        return event.timeUs() + " " + kind + " " + payload + " sent " + d.sentAtUs() + " " + detail;
    }

    static Predicate<byte[]> startsWith(String prefix) {
        return payload -> new String(payload, StandardCharsets.UTF_8).startsWith(prefix);
    }
}
