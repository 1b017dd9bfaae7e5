package org.siplab.capture;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes capture files for the tests, independently of the reader: classic pcap or pcapng, in
 * either byte order, each packet framed by a chosen link layer around IPv4 or IPv6 and UDP.
 */
public final class CaptureWriter {

  public enum Format { PCAP_MICROS, PCAP_NANOS, PCAPNG }

  /** Link layers, by their LINKTYPE_ value. */
  public enum Link {
    ETHERNET(1), ETHERNET_VLAN(1), LINUX_SLL(113), LINUX_SLL2(276), NULL(0), RAW(101);

    final int type;

    Link(int type) {
      this.type = type;
    }
  }

  /**
   * One datagram: UDP, or any IP payload when {@code protocol} is not 17. With {@code pieces} of
   * 2 or more it is sent as that many IP fragments (each but the last a multiple of 8 bytes), in
   * reverse order when {@code reversed}, without the one numbered {@code missing} (-1: none).
   */
  public record Packet(long timeUs, String from, int fromPort, String to, int toPort,
      byte[] payload, int protocol, int pieces, boolean reversed, int missing) {
    public static Packet udp(long timeUs, String from, int fromPort, String to, int toPort,
        byte[] payload) {
      return new Packet(timeUs, from, fromPort, to, toPort, payload, 17, 1, false, -1);
    }

    public Packet other(int protocolNumber) {
      return new Packet(timeUs, from, fromPort, to, toPort, payload, protocolNumber, pieces,
          reversed, missing);
    }

    public Packet fragmented(int count, boolean backwards, int without) {
      return new Packet(timeUs, from, fromPort, to, toPort, payload, protocol, count, backwards,
          without);
    }
  }

  private static int identification = 7;

  private final Format format;
  private final Link link;
  private final ByteOrder order;
  private final List<Packet> packets = new ArrayList<>();

  public CaptureWriter(Format format, Link link, ByteOrder order) {
    this.format = format;
    this.link = link;
    this.order = order;
  }

  public CaptureWriter add(Packet p) {
    packets.add(p);
    return this;
  }

  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (format == Format.PCAPNG) {
      out.writeBytes(sectionHeader());
      out.writeBytes(interfaceDescription());
      for (Packet p : packets) {
        for (byte[] frame : frames(p)) {
          out.writeBytes(enhancedPacket(p, frame));
        }
      }
    } else {
      ByteBuffer header = buffer(24);
      header.putInt(format == Format.PCAP_NANOS ? 0xA1B23C4D : 0xA1B2C3D4);
      header.putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
          .putInt(link.type);
      out.writeBytes(header.array());
      for (Packet p : packets) {
        for (byte[] frame : frames(p)) {
          out.writeBytes(pcapRecord(p, frame));
        }
      }
    }
    return out.toByteArray();
  }

  private byte[] pcapRecord(Packet p, byte[] frame) {
    ByteBuffer record = buffer(16 + frame.length);
    long fraction = format == Format.PCAP_NANOS ? p.timeUs() % 1_000_000 * 1000
        : p.timeUs() % 1_000_000;
    record.putInt((int) (p.timeUs() / 1_000_000)).putInt((int) fraction)
        .putInt(frame.length).putInt(frame.length).put(frame);
    return record.array();
  }

  private ByteBuffer buffer(int size) {
    return ByteBuffer.allocate(size).order(order);
  }

  private byte[] sectionHeader() {
    ByteBuffer b = buffer(28);
    b.putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
        .putLong(-1).putInt(28);
    return b.array();
  }

  /** An interface with a nanosecond clock (if_tsresol 9), to exercise the option. */
  private byte[] interfaceDescription() {
    ByteBuffer b = buffer(32);
    b.putInt(1).putInt(32).putShort((short) link.type).putShort((short) 0).putInt(65535);
    b.putShort((short) 9).putShort((short) 1).put((byte) 9).put(new byte[3]);
    b.putShort((short) 0).putShort((short) 0);
    b.putInt(32);
    return b.array();
  }

  private byte[] enhancedPacket(Packet p, byte[] frame) {
    int padded = (frame.length + 3) / 4 * 4;
    int length = 32 + padded;
    ByteBuffer b = buffer(length);
    long ticks = p.timeUs() * 1000;
    b.putInt(6).putInt(length).putInt(0).putInt((int) (ticks >>> 32)).putInt((int) ticks)
        .putInt(frame.length).putInt(frame.length).put(frame).put(new byte[padded - frame.length])
        .putInt(length);
    return b.array();
  }

  private List<byte[]> frames(Packet p) {
    List<byte[]> frames = new ArrayList<>();
    for (byte[] ip : ips(p)) {
      frames.add(frame(p, ip));
    }
    return frames;
  }

  private byte[] frame(Packet p, byte[] ip) {
    boolean v6 = p.from().contains(":");
    int etherType = v6 ? 0x86DD : 0x0800;
    ByteBuffer b;
    switch (link) {
      case ETHERNET -> {
        b = ByteBuffer.allocate(14 + ip.length);
        b.put(new byte[12]).putShort((short) etherType);
      }
      case ETHERNET_VLAN -> {
        b = ByteBuffer.allocate(18 + ip.length);
        b.put(new byte[12]).putShort((short) 0x8100).putShort((short) 42)
            .putShort((short) etherType);
      }
      case LINUX_SLL -> {
        b = ByteBuffer.allocate(16 + ip.length);
        b.put(new byte[14]).putShort((short) etherType);
      }
      case LINUX_SLL2 -> {
        b = ByteBuffer.allocate(20 + ip.length);
        b.putShort((short) etherType).put(new byte[18]);
      }
      case NULL -> {
        // The address family in the writing host's order: little-endian here, on purpose.
        b = ByteBuffer.allocate(4 + ip.length);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(v6 ? 30 : 2).order(ByteOrder.BIG_ENDIAN);
      }
      default -> b = ByteBuffer.allocate(ip.length);
    }
    return b.put(ip).array();
  }

  /** The IP packets that carry {@code p}: one, or its fragments. */
  private static List<byte[]> ips(Packet p) {
    byte[] transport = p.protocol() == 17 ? udp(p) : p.payload();
    int id = identification++;
    List<byte[]> out = new ArrayList<>();
    if (p.pieces() < 2) {
      out.add(ip(p, transport, 0, transport.length, id, false, false));
      return out;
    }
    int step = Math.max(8, transport.length / p.pieces() / 8 * 8);
    int index = 0;
    for (int at = 0; at < transport.length; at += step, index++) {
      int end = index == p.pieces() - 1 ? transport.length : Math.min(transport.length, at + step);
      if (index != p.missing()) {
        out.add(ip(p, transport, at, end, id, true, end < transport.length));
      }
      if (end == transport.length) {
        break;
      }
    }
    if (p.reversed()) {
      java.util.Collections.reverse(out);
    }
    return out;
  }

  private static byte[] ip(Packet p, byte[] transport, int from, int to, int id,
      boolean fragment, boolean more) {
    byte[] source = address(p.from());
    byte[] destination = address(p.to());
    int length = to - from;
    if (source.length == 4) {
      ByteBuffer b = ByteBuffer.allocate(20 + length);
      int flags = fragment ? (more ? 0x2000 : 0) | from / 8 : 0x4000;
      b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + length)).putShort((short) id)
          .putShort((short) flags).put((byte) 64).put((byte) p.protocol()).putShort((short) 0)
          .put(source).put(destination).put(transport, from, length);
      return b.array();
    }
    // IPv6 with a destination-options header first, to exercise the chain, then (for a fragment)
    // the fragment header (RFC 8200 section 4.5).
    int extra = fragment ? 16 : 8;
    ByteBuffer b = ByteBuffer.allocate(40 + extra + length);
    b.putInt(0x6000_0000).putShort((short) (extra + length)).put((byte) 60).put((byte) 64)
        .put(source).put(destination);
    b.put((byte) (fragment ? 44 : p.protocol())).put((byte) 0).put(new byte[6]);
    if (fragment) {
      b.put((byte) p.protocol()).put((byte) 0).putShort((short) (from / 8 << 3 | (more ? 1 : 0)))
          .putInt(id);
    }
    return b.put(transport, from, length).array();
  }

  private static byte[] udp(Packet p) {
    ByteBuffer b = ByteBuffer.allocate(8 + p.payload().length);
    b.putShort((short) p.fromPort()).putShort((short) p.toPort())
        .putShort((short) (8 + p.payload().length)).putShort((short) 0).put(p.payload());
    return b.array();
  }

  private static byte[] address(String text) {
    try {
      return InetAddress.getByName(text).getAddress();
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(text, e);
    }
  }
}
