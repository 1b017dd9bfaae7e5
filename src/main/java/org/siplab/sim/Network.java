package org.siplab.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A simulated UDP network of named hosts. Elements bind a {@link DatagramHandler} on an
 * {@link Endpoint} and {@link #send} bytes; each datagram's fate (delay, loss, duplication,
 * reordering, partition, targeted fault) is decided at the send from its link direction's
 * {@link LinkProfile}, its own random stream and the {@link TargetedFault}s, and its arrival is
 * scheduled as an event on the {@link Scheduler}, in the same queue as every timer.
 *
 * <p>In the chan_sip study the datagram arrives on the socket that {@code ast_io_wait} polls and is
 * read by {@code sipsock_read}; here the run loop calls the bound handler when the arrival event
 * comes due. Every fate is reported to the {@link NetworkObserver}s as a {@link DatagramEvent}.
 */
public final class Network {

    private final Scheduler scheduler;
    private final RandomStreams streams;
    private final LinkProfile defaultProfile;
    private final Map<String, Host> hostsByName = new LinkedHashMap<>();
    private final Map<String, Host> hostsByAddress = new LinkedHashMap<>();
    private final Map<LinkDirection, LinkProfile> configured = new LinkedHashMap<>();
    private final Map<LinkDirection, RandomStream> linkStreams = new LinkedHashMap<>();
    private final Map<Endpoint, DatagramHandler> bindings = new LinkedHashMap<>();
    private final FaultPlan faults = new FaultPlan();
    private final List<NetworkObserver> observers = new ArrayList<>();
    private long lastDatagramId;

    /** A network whose unconfigured link directions are perfect: instant, lossless. */
    public Network(Scheduler scheduler, RandomStreams streams) {
        this(scheduler, streams, LinkProfile.PERFECT);
    }

    /** A network whose unconfigured link directions all behave as {@code defaultProfile}. */
    public Network(Scheduler scheduler, RandomStreams streams, LinkProfile defaultProfile) {
        this.scheduler = scheduler;
        this.streams = streams;
        this.defaultProfile = defaultProfile;
    }

    /** Adds a host; names and addresses must be unique. */
    public Host addHost(String name, String address) {
        Host host = new Host(name, address);
        if (hostsByName.containsKey(name)) {
            throw new IllegalArgumentException("there is already a host named " + name);
        }
        if (hostsByAddress.containsKey(address)) {
            throw new IllegalArgumentException("host " + name + ": address " + address
                    + " already belongs to " + hostsByAddress.get(address).name());
        }
        hostsByName.put(name, host);
        hostsByAddress.put(address, host);
        return host;
    }

    /** The host named {@code name}, if any. */
    public Optional<Host> host(String name) {
        return Optional.ofNullable(hostsByName.get(name));
    }

    /** The host that has {@code address}, if any. */
    public Optional<Host> hostAt(String address) {
        return Optional.ofNullable(hostsByAddress.get(address));
    }

    /**
     * Sets the profile of one direction, from {@code fromHost} to {@code toHost}; may change
     * mid-run.
     */
    public void configureLink(String fromHost, String toHost, LinkProfile profile) {
        requireHost(fromHost);
        requireHost(toHost);
        configured.put(new LinkDirection(fromHost, toHost), profile);
    }

    /** Sets the same profile on both directions between two hosts (each still draws on its own). */
    public void configureLinkBothWays(String hostA, String hostB, LinkProfile profile) {
        configureLink(hostA, hostB, profile);
        configureLink(hostB, hostA, profile);
    }

    /** The profile in force on a direction: the configured one, else the default. */
    public LinkProfile profile(String fromHost, String toHost) {
        return configured.getOrDefault(new LinkDirection(fromHost, toHost), defaultProfile);
    }

    public void addFault(TargetedFault fault) {
        requireHost(fault.fromHost());
        requireHost(fault.toHost());
        faults.add(fault);
    }

    /** How each targeted fault fared so far, in the order they were added. */
    public List<FaultTally> faultTallies() {
        return faults.tallies();
    }

    public void addObserver(NetworkObserver observer) {
        observers.add(observer);
    }

    /**
     * Binds {@code handler} on {@code endpoint}, whose address must belong to a host and be free.
     */
    public void bind(Endpoint endpoint, DatagramHandler handler) {
        requireHostAt(endpoint);
        if (bindings.containsKey(endpoint)) {
            throw new IllegalArgumentException("endpoint " + endpoint + " is already bound");
        }
        bindings.put(endpoint, handler);
    }

    /** Removes the binding on {@code endpoint}; returns whether there was one. */
    public boolean unbind(Endpoint endpoint) {
        return bindings.remove(endpoint) != null;
    }

    /**
     * Sends {@code payload} from {@code from} (whose address must belong to a host) to {@code to},
     * and returns the datagram's id. The payload is copied: the caller may reuse its array.
     */
    public long send(Endpoint from, Endpoint to, byte[] payload) {
        return sendWithoutCopy(from, to, payload.clone());
    }

    /**
     * {@link #send} for a sender that hands {@code payload} over and never touches it again (a
     * transport, which prints a fresh array for each message): the datagram keeps the array itself.
     */
    public long sendWithoutCopy(Endpoint from, Endpoint to, byte[] payload) {
        Host source = requireHostAt(from);
        Host destination = hostsByAddress.get(to.address());
        String toHost = destination == null ? "" : destination.name();
        Datagram datagram = Datagram.adopting(++lastDatagramId, from, to, source.name(), toHost,
                payload, scheduler.nowUs());
        report(new DatagramEvent.Sent(datagram.sentAtUs(), datagram));
        if (destination == null) {
            report(new DatagramEvent.Dropped(datagram.sentAtUs(), datagram,
                    new FateCause.NoRoute(to.address()), false));
            return datagram.id();
        }
        DatagramFate fate = decideFate(datagram);
        fate.events().forEach(this::report);
        for (DatagramFate.Delivery delivery : fate.deliveries()) {
            scheduler.schedule(delivery.delayUs(), () -> arrive(datagram, delivery.copy()));
        }
        return datagram.id();
    }

    /** The effective settings: seed, default profile, hosts, configured directions, faults. */
    public NetworkSettings settings() {
        List<NetworkSettings.LinkSetting> links = new ArrayList<>();
        configured.forEach((direction, profile) ->
                links.add(new NetworkSettings.LinkSetting(direction, direction.streamName(),
                        profile)));
        return new NetworkSettings(streams.seed(), defaultProfile,
                List.copyOf(hostsByName.values()), links, faults.faults());
    }

    private DatagramFate decideFate(Datagram datagram) {
        LinkDirection direction = datagram.direction();
        LinkProfile profile = configured.getOrDefault(direction, defaultProfile);
        RandomStream stream =
                linkStreams.computeIfAbsent(direction, d -> streams.stream(d.streamName()));
        LinkDraws draws = LinkDraws.take(stream, profile);
        return DatagramFate.decide(datagram, profile, draws, faults.match(datagram));
    }

    private void arrive(Datagram datagram, boolean copy) {
        long now = scheduler.nowUs();
        DatagramHandler handler = bindings.get(datagram.to());
        if (handler == null) {
            report(new DatagramEvent.Dropped(now, datagram,
                    new FateCause.NoListener(datagram.to()), copy));
            return;
        }
        report(new DatagramEvent.Delivered(now, datagram, copy));
        handler.receive(datagram);
    }

    private void report(DatagramEvent event) {
        for (NetworkObserver observer : observers) {
            observer.onDatagramEvent(event);
        }
    }

    private void requireHost(String name) {
        if (!hostsByName.containsKey(name)) {
            throw new IllegalArgumentException("no host named " + name + "; hosts are "
                    + hostsByName.keySet());
        }
    }

    private Host requireHostAt(Endpoint endpoint) {
        Host host = hostsByAddress.get(endpoint.address());
        if (host == null) {
            throw new IllegalArgumentException("no host has address " + endpoint.address()
                    + " (endpoint " + endpoint + ")");
        }
        return host;
    }
}
