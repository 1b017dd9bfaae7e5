package org.siplab.capture;

/**
 * From a captured packet to its UDP datagram: the link layer (Ethernet with VLAN tags, Linux
 * cooked capture v1 and v2, BSD loopback, raw IP), then IPv4 (RFC 791) or IPv6 (RFC 8200) and UDP
 * (RFC 768). A fragment of a UDP datagram is handed to {@link Reassembly}. A packet that holds no
 * UDP datagram is passed over with the reason, counted by the caller: siplab speaks SIP over UDP
 * only.
 */
final class Packets {

  /** Exactly one of the three is set. */
  record Outcome(CapturedDatagram datagram, Fragment fragment, String passedOver) {
    static Outcome skip(String reason) {
      return new Outcome(null, null, reason);
    }
  }

  /**
   * A piece of a fragmented UDP datagram: the bytes after the IP header(s), at {@code offset} in
   * the datagram the source sent; {@code key} names that datagram (addresses, protocol and the IP
   * identification, RFC 791 section 3.2 and RFC 8200 section 4.5).
   */
  record Fragment(String key, long packet, long timeUs, String from, String to, int offset,
      boolean more, byte[] data, boolean truncated) {
    int end() {
      return offset + data.length;
    }
  }

  // LINKTYPE_ values (tcpdump.org/linktypes.html).
  private static final int NULL = 0;
  private static final int ETHERNET = 1;
  private static final int RAW_BSD = 12;
  private static final int RAW_OPENBSD = 14;
  private static final int RAW = 101;
  private static final int LOOP = 108;
  private static final int LINUX_SLL = 113;
  private static final int IPV4 = 228;
  private static final int IPV6 = 229;
  private static final int LINUX_SLL2 = 276;

  private static final int ETHERTYPE_IPV4 = 0x0800;
  private static final int ETHERTYPE_IPV6 = 0x86DD;
  private static final int ETHERTYPE_VLAN = 0x8100;
  private static final int ETHERTYPE_QINQ = 0x88A8;

  private static final int PROTOCOL_UDP = 17;
  private static final int UDP_HEADER = 8;

  static final String NOT_IP = "not IPv4 or IPv6";
  static final String NOT_UDP = "not UDP (siplab reads SIP over UDP only)";
  static final String NOT_UDP_FRAGMENT = "a fragment of an IP packet that is not UDP";
  static final String CUT = "cut off inside its headers";

  private Packets() {}

  static Outcome datagram(Frame f) {
    byte[] b = f.data();
    int ip = ipStart(f);
    if (ip == -2) {
      return Outcome.skip("captured on a link of type " + f.linkType()
          + ", which siplab does not read");
    }
    if (ip < 0) {
      return Outcome.skip(ip == -1 ? NOT_IP : CUT);
    }
    if (ip >= f.end()) {
      return Outcome.skip(CUT);
    }
    int version = (b[ip] & 0xFF) >>> 4;
    if (version == 4) {
      return ipv4(f, ip);
    }
    if (version == 6) {
      return ipv6(f, ip);
    }
    return Outcome.skip(NOT_IP);
  }

  /** Where the IP header starts; -1 for a packet that is not IP, -2 for an unknown link, -3 cut. */
  private static int ipStart(Frame f) {
    byte[] b = f.data();
    int at = f.offset();
    int end = f.end();
    return switch (f.linkType()) {
      case ETHERNET -> {
        int type = at + 12;
        while (type + 2 <= end) {
          int etherType = Bytes.uint16(b, type, true);
          if (etherType == ETHERTYPE_VLAN || etherType == ETHERTYPE_QINQ) {
            type += 4;
          } else {
            yield etherType == ETHERTYPE_IPV4 || etherType == ETHERTYPE_IPV6 ? type + 2 : -1;
          }
        }
        yield -3;
      }
      // Linux cooked captures: the protocol (an EtherType) at byte 14 of a 16-byte header (v1),
      // at byte 0 of a 20-byte header (v2).
      case LINUX_SLL -> afterProtocol(b, at + 14, at + 16, end);
      case LINUX_SLL2 -> afterProtocol(b, at, at + 20, end);
      // The loopback header is the address family in the capturing host's byte order, which
      // the file does not say; the IP version in the next byte tells IPv4 from IPv6 instead.
      case NULL, LOOP -> at + 4 <= end ? at + 4 : -3;
      case RAW, RAW_BSD, RAW_OPENBSD, IPV4, IPV6 -> at;
      default -> -2;
    };
  }

  private static int afterProtocol(byte[] b, int protocolAt, int ip, int end) {
    if (ip > end) {
      return -3;
    }
    int protocol = Bytes.uint16(b, protocolAt, true);
    return protocol == ETHERTYPE_IPV4 || protocol == ETHERTYPE_IPV6 ? ip : -1;
  }

  /** RFC 791 section 3.1: IHL in 32-bit words, the fragment fields, protocol, addresses. */
  private static Outcome ipv4(Frame f, int ip) {
    byte[] b = f.data();
    if (ip + 20 > f.end()) {
      return Outcome.skip(CUT);
    }
    int headerLength = (b[ip] & 0x0F) * 4;
    int totalLength = Bytes.uint16(b, ip + 2, true);
    boolean moreFragments = (b[ip + 6] & 0x20) != 0;
    int fragmentOffset = Bytes.uint16(b, ip + 6, true) & 0x1FFF;
    boolean udp = (b[ip + 9] & 0xFF) == PROTOCOL_UDP;
    // The header's options (IHL above 5) must have been captured too: what follows them is the
    // payload, and reading past the frame would take the next record's bytes for it.
    if (headerLength < 20 || totalLength < headerLength || ip + headerLength > f.end()) {
      return Outcome.skip(CUT);
    }
    String from = IpText.v4(b, ip + 12);
    String to = IpText.v4(b, ip + 16);
    if (moreFragments || fragmentOffset != 0) {
      if (!udp) {
        return Outcome.skip(NOT_UDP_FRAGMENT);
      }
      // The offset counts 8-byte units (RFC 791 section 3.1).
      String key = from + ">" + to + "#" + Bytes.uint16(b, ip + 4, true);
      return fragment(f, key, from, to, fragmentOffset * 8, moreFragments, ip + headerLength,
          ip + totalLength);
    }
    if (!udp) {
      return Outcome.skip(NOT_UDP);
    }
    return udp(f, ip + headerLength, ip + totalLength, from, to);
  }

  /** RFC 8200 section 3 and 4: the fixed header, then the extension headers before UDP. */
  private static Outcome ipv6(Frame f, int ip) {
    byte[] b = f.data();
    if (ip + 40 > f.end()) {
      return Outcome.skip(CUT);
    }
    int payloadLength = Bytes.uint16(b, ip + 4, true);
    int next = b[ip + 6] & 0xFF;
    int at = ip + 40;
    // Hop-by-hop (0), routing (43) and destination options (60) say their length in 8-byte
    // units after the first eight; a fragment header (44) means a fragment.
    while (next == 0 || next == 43 || next == 60) {
      if (at + 2 > f.end()) {
        return Outcome.skip(CUT);
      }
      next = b[at] & 0xFF;
      at += ((b[at + 1] & 0xFF) + 1) * 8;
    }
    String from = IpText.v6(b, ip + 8);
    String to = IpText.v6(b, ip + 24);
    if (next == 44) {
      // RFC 8200 section 4.5: next header, reserved, offset (13 bits, 8-byte units), two
      // reserved bits and the M flag, then a 32-bit identification.
      if (at + 8 > f.end()) {
        return Outcome.skip(CUT);
      }
      if ((b[at] & 0xFF) != PROTOCOL_UDP) {
        return Outcome.skip(NOT_UDP_FRAGMENT);
      }
      int field = Bytes.uint16(b, at + 2, true);
      String key = "[" + from + "]>[" + to + "]#" + Bytes.uint32(b, at + 4, true);
      return fragment(f, key, from, to, (field >>> 3) * 8, (field & 1) != 0, at + 8,
          ip + 40 + payloadLength);
    }
    if (next != PROTOCOL_UDP) {
      return Outcome.skip(NOT_UDP);
    }
    return udp(f, at, ip + 40 + payloadLength, from, to);
  }

  private static Outcome fragment(Frame f, String key, String from, String to, int offset,
      boolean more, int dataStart, int ipEnd) {
    if (dataStart > f.end()) {
      return Outcome.skip(CUT);
    }
    int end = Math.min(ipEnd, f.end());
    byte[] data = java.util.Arrays.copyOfRange(f.data(), dataStart, Math.max(dataStart, end));
    return new Outcome(null, new Fragment(key, f.number(), f.timeUs(), from, to, offset, more,
        data, ipEnd > f.end()), null);
  }

  private static Outcome udp(Frame f, int udp, int ipEnd, String from, String to) {
    CapturedDatagram d = udp(f.data(), udp, ipEnd, f.end(), f.number(), f.timeUs(), from, to,
        false);
    return d == null ? Outcome.skip(CUT) : new Outcome(d, null, null);
  }

  /**
   * RFC 768: source port, destination port, length (header included), checksum; the datagram at
   * {@code udp} in {@code b}, the IP packet ending at {@code ipEnd} and the captured bytes at
   * {@code capturedEnd}; null when the header itself is cut off.
   */
  static CapturedDatagram udp(byte[] b, int udp, int ipEnd, int capturedEnd, long packet,
      long timeUs, String from, String to, boolean truncated) {
    if (udp + UDP_HEADER > capturedEnd) {
      return null;
    }
    int length = Bytes.uint16(b, udp + 4, true);
    // A length of 0 is an IPv6 jumbogram's (RFC 2675); below 8 is wrong: then the IP header's
    // length decides where the datagram ends.
    int end = length >= UDP_HEADER ? udp + length : ipEnd;
    int payload = udp + UDP_HEADER;
    int kept = Math.max(0, Math.min(end, capturedEnd) - payload);
    byte[] bytes = java.util.Arrays.copyOfRange(b, payload, payload + kept);
    return new CapturedDatagram(packet, timeUs, from, Bytes.uint16(b, udp, true), to,
        Bytes.uint16(b, udp + 2, true), bytes, truncated || end > capturedEnd);
  }
}
