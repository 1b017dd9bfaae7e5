package org.siplab.element.phone;

import org.siplab.message.HostPort;
import org.siplab.message.NameAddress;
import org.siplab.message.SipUri;
import org.siplab.sdp.Connection;

/**
 * Who the phone is and where it can be reached. The chan_sip study calls these the AOR and the
 * Contact: the address of record is the public name ({@code sip:alice@example.com}, what others
 * call), the Contact the device's current address ({@code sip:alice@192.0.2.101:5060}, where
 * requests reach it), which a registrar binds to the AOR (RFC 3261 section 10).
 *
 * <p>{@link #moveTo} changes the address the phone advertises, in its Contact and its SDP, as
 * after a change of IP address (RFC 3665 section 3.7). Its signalling endpoint stays bound where
 * it is: a request sent to the new address reaches the phone only if the network leads that
 * address to it (in a scenario, the new address is served by the phone).
 */
final class Identity {

  /** Where the phone receives RTP, as in RFC 3665's examples. */
  static final int RTP_PORT = 49172;

  private final PhoneConfig config;
  private final int port;
  private String address;

  Identity(PhoneConfig config, String address, int port) {
    this.config = config;
    this.address = address;
    this.port = port;
  }

  SipUri aor() {
    return config.aor();
  }

  /** The AOR with the display name, as From and To write it (without tag). */
  NameAddress self() {
    return config.displayName().isPresent()
        ? NameAddress.of(config.displayName().get(), config.aor())
        : NameAddress.of(config.aor());
  }

  /** Section 8.1.1.8: the Contact, a SIP URI where this phone can be reached directly. */
  NameAddress contact() {
    return NameAddress.of(SipUri.of(config.aor().user(), HostPort.hostOf(address), port));
  }

  /**
   * Whether {@code requestUri} names this phone, for section 8.2.2.1's 404: its user part is the
   * AOR's, the user of both the AOR and every Contact the phone has advertised (before a {@link
   * #moveTo} too), or it has none and names the device by its address. The host is not compared:
   * the phone is reached at its AOR's domain, at its Contact, or at an address a NAT or ALG put
   * in between, and the network delivered the request here already.
   */
  boolean isAddressedBy(SipUri requestUri) {
    String user = requestUri.userUnescaped();
    return user == null || user.equals(config.aor().userUnescaped());
  }

  /** The address the phone advertises for signalling and media. */
  String address() {
    return address;
  }

  void moveTo(String newAddress) {
    this.address = newAddress;
  }

  /** The c= line of its SDP. */
  Connection connection() {
    return address.indexOf(':') >= 0 ? Connection.ip6(address) : Connection.ip4(address);
  }

  /** Where it receives RTP, {@code address:port}. */
  String rtpAddress() {
    return HostPort.hostOf(address) + ":" + RTP_PORT;
  }
}
