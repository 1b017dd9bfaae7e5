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

  /** One packet: a UDP datagram, or any IP payload when {@code protocol} is not 17. */
  public record Packet(long timeUs, String from, int fromPort, String to, int toPort, byte[] payload,
      int protocol, boolean fragment) {
    public static Packet udp(long timeUs, String from, int fromPort, String to, int toPort,
        byte[] payload) {
      return new Packet(timeUs, from, fromPort, to, toPort, payload, 17, false);
    }
  }

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
        out.writeBytes(enhancedPacket(p, frame(p)));
      }
    } else {
      ByteBuffer header = buffer(24);
      header.putInt(format == Format.PCAP_NANOS ? 0xA1B23C4D : 0xA1B2C3D4);
      header.putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535)
          .putInt(link.type);
      out.writeBytes(header.array());
      for (Packet p : packets) {
        byte[] frame = frame(p);
        ByteBuffer record = buffer(16);
        long fraction = format == Format.PCAP_NANOS ? p.timeUs() % 1_000_000 * 1000
            : p.timeUs() % 1_000_000;
        record.putInt((int) (p.timeUs() / 1_000_000)).putInt((int) fraction)
            .putInt(frame.length).putInt(frame.length);
        out.writeBytes(record.array());
        out.writeBytes(frame);
      }
    }
    return out.toByteArray();
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

  private byte[] frame(Packet p) {
    byte[] ip = ip(p);
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

  private static byte[] ip(Packet p) {
    byte[] transport = p.protocol() == 17 ? udp(p) : p.payload();
    byte[] from = address(p.from());
    byte[] to = address(p.to());
    if (from.length == 4) {
      ByteBuffer b = ByteBuffer.allocate(20 + transport.length);
      b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + transport.length))
          .putShort((short) 7).putShort((short) (p.fragment() ? 0x2000 : 0x4000))
          .put((byte) 64).put((byte) p.protocol()).putShort((short) 0).put(from).put(to)
          .put(transport);
      return b.array();
    }
    // IPv6 with a destination-options header before the payload, to exercise the chain.
    int next = p.fragment() ? 44 : p.protocol();
    ByteBuffer b = ByteBuffer.allocate(48 + transport.length);
    b.putInt(0x6000_0000).putShort((short) (8 + transport.length)).put((byte) 60).put((byte) 64)
        .put(from).put(to);
    b.put((byte) next).put((byte) 0).put(new byte[6]);
    return b.put(transport).array();
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
