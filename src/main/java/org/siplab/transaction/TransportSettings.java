package org.siplab.transaction;

/**
 * How one UDP transport behaves.
 *
 * @param requestRport whether the transport adds {@code rport} without a value to the top Via of
 *     every request it sends (RFC 3581 section 3: "A client, compliant to this specification
 *     ... MAY include an rport parameter in the top Via header field"), asking the server to send
 *     the response back to the port the request came from
 */
public record TransportSettings(boolean requestRport) {

  /** rport requested. */
  public static final TransportSettings DEFAULT = new TransportSettings(true);
}
