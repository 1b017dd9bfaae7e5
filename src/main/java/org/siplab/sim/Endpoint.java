package org.siplab.sim;

/**
 * A UDP endpoint: an IP address (as text, exactly as the host declares it) and a port.
 *
 * @param address an IPv4 or IPv6 literal; that a host owns it is checked when the endpoint is used
 * @param port    1 to 65535
 */
public record Endpoint(String address, int port) {

    public Endpoint {
        if (!IpAddressText.isValid(address)) {
            throw new IllegalArgumentException(
                    "endpoint address must be an IPv4 or IPv6 literal, was "
                    + (address == null ? "null" : "\"" + address + "\""));
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    /** {@code address:port}, with the IPv6 address in brackets as in a URI or a Via. */
    /**
     * Written out, with the values the record's generated methods give (so no table's order
     * changes), because those run through a method handle the JIT does not always inline, and an
     * endpoint is a key looked up for every datagram.
     */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Endpoint other && port == other.port
                && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return 31 * address.hashCode() + port;
    }

    @Override
    public String toString() {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }
}
