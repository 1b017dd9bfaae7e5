package org.siplab.sim;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * One UDP datagram handed to {@link Network#send(Endpoint, Endpoint, byte[])}: what the trace
 * records for every fate it meets. Immutable: the public constructor copies the payload in, and
 * {@link #payload()} copies it out; {@link #readPayload} lends it to a reader that only reads, so
 * that the receiving transport parses it without a copy (every datagram of a run is read that way).
 *
 * <p>A class rather than a record only so that the network can make one around an array it was
 * handed to keep ({@link #adopting}); a record's every constructor would copy it.
 */
public final class Datagram {

    private final long id;
    private final Endpoint from;
    private final Endpoint to;
    private final String fromHost;
    private final String toHost;
    private final byte[] payload;
    private final long sentAtUs;

    /**
     * @param id        the network's sequence number for it, from 1, stable for a given seed and
     *                  scenario
     * @param from      source endpoint
     * @param to        destination endpoint
     * @param fromHost  name of the host that owns {@code from}
     * @param toHost    name of the host that owns {@code to}, or the empty string if no host has
     *                  that address (the datagram is then dropped with {@link FateCause.NoRoute})
     * @param payload   the bytes sent (copied)
     * @param sentAtUs  virtual time of the send, microseconds
     */
    public Datagram(long id, Endpoint from, Endpoint to, String fromHost, String toHost,
                    byte[] payload, long sentAtUs) {
        this(id, from, to, fromHost, toHost, sentAtUs, payload.clone());
    }

    private Datagram(long id, Endpoint from, Endpoint to, String fromHost, String toHost,
                     long sentAtUs, byte[] owned) {
        this.id = id;
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        this.fromHost = Objects.requireNonNull(fromHost, "fromHost");
        this.toHost = Objects.requireNonNull(toHost, "toHost");
        this.payload = owned;
        this.sentAtUs = sentAtUs;
    }

    /** A datagram that keeps {@code payload} itself: for the network, whose sender gave it away. */
    static Datagram adopting(long id, Endpoint from, Endpoint to, String fromHost, String toHost,
                             byte[] payload, long sentAtUs) {
        return new Datagram(id, from, to, fromHost, toHost, sentAtUs, payload);
    }

    public long id() {
        return id;
    }

    public Endpoint from() {
        return from;
    }

    public Endpoint to() {
        return to;
    }

    public String fromHost() {
        return fromHost;
    }

    public String toHost() {
        return toHost;
    }

    public long sentAtUs() {
        return sentAtUs;
    }

    /** A copy of the bytes sent. */
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Lends the bytes sent to {@code reader} and returns what it returns. The reader must not
     * change the array, and may keep it only where nothing changes it either (siplab's parser keeps
     * it as a message's wire bytes, which it hands out only as copies).
     */
    public <R> R readPayload(Function<byte[], R> reader) {
        return reader.apply(payload);
    }

    /** The number of bytes sent. */
    public int payloadLength() {
        return payload.length;
    }

    /** The direction of the link the datagram travels. */
    public LinkDirection direction() {
        return new LinkDirection(fromHost, toHost);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Datagram that
                && id == that.id && sentAtUs == that.sentAtUs
                && from.equals(that.from) && to.equals(that.to)
                && fromHost.equals(that.fromHost) && toHost.equals(that.toHost)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "Datagram[#" + id + " " + fromHost + " " + from + " -> " + toHost + " " + to
                + ", " + payload.length + " bytes, sent at " + VirtualClock.format(sentAtUs) + "]";
    }
}
