package org.siplab.message;

import java.util.Objects;

/**
 * One Via value, RFC 3261 section 20.42 and 25.1:
 *
 * <pre>
 * via-parm      = sent-protocol LWS sent-by *( SEMI via-params )
 * sent-protocol = protocol-name SLASH protocol-version SLASH transport
 * via-params    = via-ttl / via-maddr / via-received / via-branch / via-extension
 * </pre>
 *
 * RFC 3581 adds {@code rport}: without a value in a request (the client asks for it), with the
 * source port in the response the server sends back.
 */
public record Via(
    String protocolName,
    String protocolVersion,
    String transport,
    HostPort sentBy,
    Parameters parameters)
    implements HeaderValue {

  /** Section 8.1.1.7: a branch that begins with this cookie was made by an RFC 3261 element. */
  public static final String MAGIC_COOKIE = "z9hG4bK";

  public Via {
    Objects.requireNonNull(protocolName, "protocolName");
    Objects.requireNonNull(protocolVersion, "protocolVersion");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(sentBy, "sentBy");
    Objects.requireNonNull(parameters, "parameters");
  }

  /** {@code SIP/2.0/UDP host:port;branch=...}. */
  public static Via udp(HostPort sentBy, String branch) {
    return new Via("SIP", "2.0", "UDP", sentBy, Parameters.of(Parameter.of("branch", branch)));
  }

  public String branch() {
    return parameters.get("branch");
  }

  /** Whether the branch begins with the magic cookie {@value #MAGIC_COOKIE} (section 8.1.1.7). */
  public boolean hasRfc3261Branch() {
    String b = branch();
    return b != null && b.startsWith(MAGIC_COOKIE);
  }

  public String received() {
    return parameters.get("received");
  }

  public String maddr() {
    return parameters.get("maddr");
  }

  /** Whether an {@code rport} parameter is present, with or without a value (RFC 3581). */
  public boolean hasRport() {
    return parameters.has("rport");
  }

  /** The {@code rport} value, or -1 when it is absent or has no value. */
  public int rport() {
    String v = parameters.get("rport");
    if (v == null) {
      return -1;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  public Via withParameter(Parameter p) {
    return new Via(protocolName, protocolVersion, transport, sentBy, parameters.with(p));
  }

  public Via withBranch(String branch) {
    return withParameter(Parameter.of("branch", branch));
  }

  /** Section 18.2.1: the server notes the source address when it differs from the sent-by host. */
  public Via withReceived(String address) {
    return withParameter(Parameter.of("received", address));
  }

  /** RFC 3581 section 4: the server fills in the source port of the request. */
  public Via withRport(int port) {
    return withParameter(Parameter.of("rport", Integer.toString(port)));
  }

  @Override
  public void appendTo(PrintSink out) {
    String common = commonSentProtocol();
    if (common != null) {
      out.append(common);
    } else {
      out.append(protocolName).append('/').append(protocolVersion).append('/').append(transport);
      out.append(' ');
    }
    sentBy.appendTo(out);
    parameters.appendTo(out, ';');
  }

  /**
   * {@code SIP/2.0/UDP } and the like, joined ahead of time for the four transports of section
   * 20.42, or null: one append instead of six in a message's most printed header.
   */
  private String commonSentProtocol() {
    if (!"SIP".equals(protocolName) || !"2.0".equals(protocolVersion)) {
      return null;
    }
    return switch (transport) {
      case "UDP" -> "SIP/2.0/UDP ";
      case "TCP" -> "SIP/2.0/TCP ";
      case "TLS" -> "SIP/2.0/TLS ";
      case "SCTP" -> "SIP/2.0/SCTP ";
      default -> null;
    };
  }

  @Override
  public String toString() {
    return text();
  }
}
