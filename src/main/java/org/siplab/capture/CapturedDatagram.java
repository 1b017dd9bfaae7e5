package org.siplab.capture;

/**
 * One UDP datagram of a capture.
 *
 * @param packet the packet's number in the file, from 1, as Wireshark numbers its frames
 * @param timeUs when it was captured, in microseconds since 1970 (the file's own clock)
 * @param fromAddress the source IP address, as text (IPv6 in RFC 5952's short form)
 * @param toAddress the destination IP address, as text
 * @param payload the UDP payload, as captured (shorter than sent when {@code truncated})
 * @param truncated whether the capture kept fewer bytes than the datagram held (a snap length)
 */
public record CapturedDatagram(long packet, long timeUs, String fromAddress, int fromPort,
    String toAddress, int toPort, byte[] payload, boolean truncated) {

  /** {@code address:port}, with an IPv6 address in brackets as in a URI or a Via. */
  public String from() {
    return endpoint(fromAddress, fromPort);
  }

  public String to() {
    return endpoint(toAddress, toPort);
  }

  static String endpoint(String address, int port) {
    return (address.indexOf(':') >= 0 ? "[" + address + "]" : address) + ":" + port;
  }
}
