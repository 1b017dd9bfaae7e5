package org.siplab.transaction;

import org.siplab.message.Via;

/**
 * Where a response goes: section 18.2.2 for unreliable unicast transports, with RFC 3581 section
 * 4's rport.
 */
final class ResponseRouting {

  /** Section 18.1.1: the default port "is 5060 for UDP". */
  static final int DEFAULT_PORT = 5060;

  private ResponseRouting() {}

  /**
   * Section 18.2.2: with a {@code maddr} the response "MUST be forwarded to the address listed
   * there"; otherwise, with a {@code received} it "MUST be sent to the address in the "received"
   * parameter"; otherwise to the sent-by host. Brackets around an IPv6 address are removed.
   */
  static String address(Via via) {
    String address = via.maddr() != null ? via.maddr()
        : via.received() != null ? via.received()
        : via.sentBy().address();
    return address.startsWith("[") && address.endsWith("]")
        ? address.substring(1, address.length() - 1)
        : address;
  }

  /**
   * RFC 3581 section 4: with an rport value the response goes to that port (the port the request
   * came from); section 18.2.2: otherwise to "the port indicated in the "sent-by" value, or ...
   * port 5060 if none is specified explicitly".
   */
  static int port(Via via) {
    int rport = via.maddr() == null ? via.rport() : -1;
    if (rport >= 1 && rport <= 65_535) {
      return rport;
    }
    return via.sentBy().portOr(DEFAULT_PORT);
  }
}
