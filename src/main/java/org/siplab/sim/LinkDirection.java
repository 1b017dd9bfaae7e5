package org.siplab.sim;

/**
 * One direction of the link between two hosts: datagrams from {@code fromHost} to {@code toHost}.
 * The two directions of a link are configured, drawn and recorded separately, as a real path can
 * be lossy one way and clean the other.
 */
public record LinkDirection(String fromHost, String toHost) {

    public LinkDirection {
        if (fromHost == null || toHost == null) {
            throw new IllegalArgumentException("a link direction needs both host names");
        }
    }

    /**
     * The name of this direction's random stream, {@code link:FROM>TO}: derived from the host names
     * alone, so that adding another host or link never changes this one's draws.
     */
    public String streamName() {
        return "link:" + fromHost + ">" + toHost;
    }

    /**
     * Written out, as {@link Endpoint#equals} is and for the same reason: a key for every datagram.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof LinkDirection other && fromHost.equals(other.fromHost)
                && toHost.equals(other.toHost);
    }

    @Override
    public int hashCode() {
        return 31 * fromHost.hashCode() + toHost.hashCode();
    }

    @Override
    public String toString() {
        return fromHost + ">" + toHost;
    }
}
