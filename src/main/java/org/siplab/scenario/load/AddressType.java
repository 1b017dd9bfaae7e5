package org.siplab.scenario.load;

import java.util.Locale;
import java.util.Optional;
import org.siplab.sim.Endpoint;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Where an element listens: {@code ip} or {@code ip:port}, IPv4 ({@code 192.0.2.10:5070}) or IPv6
 * in brackets ({@code "[2001:db8::1]:5060"}, quoted in YAML because it starts with {@code [}); an
 * IPv6 address without a port may go without brackets. The port defaults to 5060 (RFC 3261
 * section 19.1.2).
 */
final class AddressType extends ScalarType<Endpoint> {

  static final int DEFAULT_PORT = 5060;

  AddressType() {
    super("address", "an IP address with an optional port, such as 192.0.2.10 or 192.0.2.10:5070"
        + " or \"[2001:db8::1]:5060\"");
  }

  @Override
  Endpoint parse(String text, ScalarNode node, ReadContext ctx) {
    return read(text).reportTo(ctx, node, 0);
  }

  /** The endpoint {@code text} names, or what is wrong with it. */
  Parsed<Endpoint> read(String text) {
    if (text.startsWith("[")) {
      return bracketed(text);
    }
    if (text.indexOf(':') != text.lastIndexOf(':')) {
      return ipv6(text, DEFAULT_PORT);
    }
    int colon = text.indexOf(':');
    String host = colon < 0 ? text : text.substring(0, colon);
    Parsed<Integer> port = colon < 0 ? Parsed.of(DEFAULT_PORT) : port(text, colon + 1);
    if (!port.ok()) {
      return port.asFailure();
    }
    return ipv4(host, port.value());
  }

  private Parsed<Endpoint> bracketed(String text) {
    int close = text.indexOf(']');
    if (close < 0) {
      return Parsed.failure(0, Nodes.quote(text) + " has no closing ']'; expected an IPv6"
          + " address in brackets, such as \"[2001:db8::1]:5060\"");
    }
    String rest = text.substring(close + 1);
    if (!rest.isEmpty() && !rest.startsWith(":")) {
      return Parsed.failure(close + 1, Nodes.quote(text) + " has " + Nodes.quote(rest)
          + " after ']'; expected nothing, or ':' and a port");
    }
    Parsed<Integer> port = rest.isEmpty() ? Parsed.of(DEFAULT_PORT) : port(text, close + 2);
    if (!port.ok()) {
      return port.asFailure();
    }
    return ipv6(text.substring(1, close), port.value());
  }

  private Parsed<Integer> port(String text, int start) {
    String digits = text.substring(start);
    if (!digits.matches("[0-9]{1,5}")) {
      return Parsed.failure(start, "port " + Nodes.quote(digits) + " is not a number; expected"
          + " a port from 1 to 65535");
    }
    int port = Integer.parseInt(digits);
    if (port < 1 || port > 65_535) {
      return Parsed.failure(start, "port " + port + " is " + (port < 1 ? "below 1" : "above 65535")
          + "; expected a port from 1 to 65535");
    }
    return Parsed.of(port);
  }

  private Parsed<Endpoint> ipv4(String host, int port) {
    if (!IpText.looksLikeIpv4(host)) {
      return Parsed.failure(0, Nodes.quote(host) + " is not an IP address (the simulated network"
          + " has no DNS); expected " + expected());
    }
    Optional<String> problem = IpText.ipv4Problem(host);
    if (problem.isPresent()) {
      return Parsed.failure(0, Nodes.quote(host) + " is not an IPv4 address: " + problem.get()
          + "; expected four numbers from 0 to 255, such as 192.0.2.10");
    }
    int first = Integer.parseInt(host.substring(0, host.indexOf('.')));
    String notAHost = first == 0 ? "in 0.0.0.0/8, which names no host (\"this network\")"
        : first >= 224 && first <= 239 ? "a multicast address, which names a group, not a host"
        : first >= 240 ? (host.equals("255.255.255.255") ? "the broadcast address"
            : "in the reserved range 240.0.0.0/4") + ", which names no host"
        : null;
    if (notAHost != null) {
      return Parsed.failure(0, Nodes.quote(host) + " is " + notAHost + "; expected a host's"
          + " unicast address, such as 192.0.2.10");
    }
    return Parsed.of(new Endpoint(host, port));
  }

  private Parsed<Endpoint> ipv6(String host, int port) {
    if (!IpText.isIpv6(host)) {
      return Parsed.failure(0, Nodes.quote(host) + " is not an IPv6 address; expected eight"
          + " groups of hex digits with at most one '::', such as \"[2001:db8::1]:5060\"");
    }
    String lower = host.toLowerCase(Locale.ROOT);
    if (lower.startsWith("ff") || lower.equals("::")) {
      return Parsed.failure(0, Nodes.quote(host) + " is " + (lower.equals("::")
          ? "the unspecified address" : "a multicast address") + ", which names no host; expected"
          + " a host's unicast address, such as \"[2001:db8::1]:5060\"");
    }
    return Parsed.of(new Endpoint(lower, port));
  }
}
