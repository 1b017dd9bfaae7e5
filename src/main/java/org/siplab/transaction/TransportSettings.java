package org.siplab.transaction;

/**
 * How one UDP transport behaves.
 *
 * @param requestRport whether the transport adds {@code rport} without a value to the top Via of
 *     every request it sends (RFC 3581 section 3: "A client, compliant to this specification
 *     ... MAY include an rport parameter in the top Via header field"), asking the server to send
 *     the response back to the port the request came from
 * @param userAgent whether the transport serves a user agent, which discards a response with more
 *     than one Via (RFC 3261 section 8.1.3.3: "If more than one Via header field value is present
 *     in a response, the UAC SHOULD discard the message"); a proxy's transport takes them, as every
 *     response a proxy forwards has more than one
 */
public record TransportSettings(boolean requestRport, boolean userAgent) {

  /** rport requested; not a user agent's. */
  public static final TransportSettings DEFAULT = new TransportSettings(true, false);

  /** rport requested or not, as given; not a user agent's. */
  public TransportSettings(boolean requestRport) {
    this(requestRport, false);
  }

  /** These settings for a user agent's transport. */
  public TransportSettings forUserAgent() {
    return new TransportSettings(requestRport, true);
  }
}
