package org.siplab.message;

import java.util.Objects;

/**
 * {@code hostport = host [ ":" port ]} (RFC 3261 section 25.1). The host is a hostname, an IPv4
 * address, or an IPv6 reference in brackets ({@code [2001:db8::1]}), kept as written.
 *
 * @param port the port, or {@link #NO_PORT} when none was given
 */
public record HostPort(String host, int port) {

  public static final int NO_PORT = -1;

  public HostPort {
    Objects.requireNonNull(host, "host");
    if (port != NO_PORT && (port < 0 || port > 65535)) {
      throw new IllegalArgumentException("port out of range 0-65535: " + port);
    }
  }

  public static HostPort of(String host) {
    return new HostPort(host, NO_PORT);
  }

  /**
   * An IP address as the host of a URI or Via writes it: an IPv6 address in brackets, {@code
   * IPv6reference = "[" IPv6address "]"} (section 25.1), an IPv4 address as it is.
   */
  public static String hostOf(String ipAddress) {
    return ipAddress.indexOf(':') >= 0 ? "[" + ipAddress + "]" : ipAddress;
  }

  public boolean hasPort() {
    return port != NO_PORT;
  }

  /** The port, or {@code defaultPort} (5060 for SIP over UDP, section 18.1) when none was given. */
  public int portOr(int defaultPort) {
    return port == NO_PORT ? defaultPort : port;
  }

  /** Whether the host is an IPv6 reference ({@code [...]}). */
  public boolean isIpv6Reference() {
    return host.startsWith("[");
  }

  /** The address without IPv6 brackets, as a socket address needs it. */
  public String address() {
    return isIpv6Reference() ? host.substring(1, host.length() - 1) : host;
  }

  /** Hostnames compare case-insensitively (section 19.1.4). */
  public boolean sameHostAs(HostPort other) {
    // Hostnames and IP literals are ASCII, where this equals comparing lower-cased copies.
    return host.equalsIgnoreCase(other.host);
  }

  public void appendTo(PrintSink out) {
    out.append(host);
    if (port != NO_PORT) {
      out.append(':').append(port);
    }
  }

  @Override
  public String toString() {
    return port == NO_PORT ? host : host + ":" + port;
  }
}
