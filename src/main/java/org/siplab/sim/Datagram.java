package org.siplab.sim;

import java.util.Arrays;

/**
 * One UDP datagram handed to {@link Network#send(Endpoint, Endpoint, byte[])}: what the trace
 * records for every fate it meets. Immutable: the payload is copied in and copied out.
 *
 * @param id        the network's sequence number for it, from 1, stable for a given seed and scenario
 * @param from      source endpoint
 * @param to        destination endpoint
 * @param fromHost  name of the host that owns {@code from}
 * @param toHost    name of the host that owns {@code to}, or the empty string if no host has that
 *                  address (the datagram is then dropped with {@link FateCause.NoRoute})
 * @param payload   the bytes sent
 * @param sentAtUs  virtual time of the send, microseconds
 */
public record Datagram(long id, Endpoint from, Endpoint to, String fromHost, String toHost,
                       byte[] payload, long sentAtUs) {

    public Datagram {
        payload = payload.clone();
    }

    /** A copy of the bytes sent. */
    @Override
    public byte[] payload() {
        return payload.clone();
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
