package org.siplab.sdp;

import java.util.Objects;

/**
 * The connection data line {@code c=<nettype> <addrtype> <connection-address>} (RFC 4566 section
 * 5.7), e.g. {@code c=IN IP4 192.0.2.10}. The address is kept as written (a multicast address may
 * carry a {@code /ttl} suffix).
 */
public record Connection(String netType, String addrType, String address) {

  public Connection {
    SdpText.requireToken(netType, "netType");
    SdpText.requireToken(addrType, "addrType");
    SdpText.requireToken(address, "address");
  }

  public static Connection ip4(String address) {
    return new Connection("IN", "IP4", address);
  }

  public static Connection ip6(String address) {
    return new Connection("IN", "IP6", address);
  }

  /**
   * Whether this is the RFC 2543 way of putting a call on hold, {@code c=IN IP4 0.0.0.0}, which RFC
   * 3264 section 8.4 still asks answerers to understand.
   */
  public boolean isOldStyleHold() {
    return Objects.equals(addrType, "IP4") && Objects.equals(address, "0.0.0.0");
  }

  /** The line's value, without {@code c=}. */
  String value() {
    return netType + " " + addrType + " " + address;
  }
}
