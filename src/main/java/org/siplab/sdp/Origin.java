package org.siplab.sdp;

/**
 * The origin line {@code o=<username> <sess-id> <sess-version> <nettype> <addrtype>
 * <unicast-address>} (RFC 4566 section 5.2). The session id is kept as text (only its identity
 * matters); the version is a number because each new description from the same side increments it
 * (RFC 3264 section 8).
 */
public record Origin(
    String username,
    String sessionId,
    long sessionVersion,
    String netType,
    String addrType,
    String address) {

  public Origin {
    SdpText.requireToken(username, "username");
    SdpText.requireToken(sessionId, "sessionId");
    SdpText.requireToken(netType, "netType");
    SdpText.requireToken(addrType, "addrType");
    SdpText.requireToken(address, "address");
    if (sessionVersion < 0) {
      throw new IllegalArgumentException(
          "sess-version is a non-negative number: " + sessionVersion);
    }
  }

  public Origin withSessionVersion(long newVersion) {
    return new Origin(username, sessionId, newVersion, netType, addrType, address);
  }

  /** The line's value, without {@code o=}. */
  String value() {
    return String.join(
        " ", username, sessionId, Long.toString(sessionVersion), netType, addrType, address);
  }
}
