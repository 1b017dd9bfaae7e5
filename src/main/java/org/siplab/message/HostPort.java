package org.siplab.message;

import java.util.Objects;
import org.siplab.ip.IpLiterals;

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

  /**
   * Hostnames compare case-insensitively (section 19.1.4: "Comparison of all other components of
   * the URI is case-insensitive"), and an IPv6 reference is an address, not a text: {@code [::1]}
   * and {@code [0:0:0:0:0:0:0:1]} are one host (RFC 4291 section 2.2 gives an address several
   * written forms; "::" and leading zeros only abbreviate it).
   */
  public boolean sameHostAs(HostPort other) {
    return sameHost(host, other.host);
  }

  /** {@link #sameHostAs} for two hosts as written (a URI's host, or an maddr value). */
  static boolean sameHost(String a, String b) {
    // Hostnames and IP literals are ASCII, where this equals comparing lower-cased copies.
    if (a.equalsIgnoreCase(b)) {
      return true;
    }
    if (!a.startsWith("[") || !b.startsWith("[") || !a.endsWith("]") || !b.endsWith("]")) {
      return false;
    }
    int[] x = IpLiterals.ipv6Groups(a, 1, a.length() - 1);
    return x != null && java.util.Arrays.equals(x, IpLiterals.ipv6Groups(b, 1, b.length() - 1));
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
