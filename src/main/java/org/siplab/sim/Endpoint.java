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
            throw new IllegalArgumentException("endpoint address must be an IPv4 or IPv6 literal, was "
                    + (address == null ? "null" : "\"" + address + "\""));
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, was " + port);
        }
    }

    /** {@code address:port}, with the IPv6 address in brackets as in a URI or a Via. */
    @Override
    public String toString() {
        return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
    }
}
