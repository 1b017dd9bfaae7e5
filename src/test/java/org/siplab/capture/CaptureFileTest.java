package org.siplab.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.capture.CaptureWriter.Format;
import org.siplab.capture.CaptureWriter.Link;
import org.siplab.capture.CaptureWriter.Packet;

class CaptureFileTest {

  /** A capture of scenarios/captures, the sample captures siplab ships. */
  static byte[] resource(String name) {
    try {
      return Files.readAllBytes(Path.of("scenarios", "captures", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @DisplayName("the SIPp captures of the corpus read as Wireshark shows them: every packet a UDP"
      + " datagram between 127.0.0.1:5060 and 127.0.0.1:5090, in time order")
  void corpusCaptures() throws Exception {
    Map<String, Integer> packets = Map.of("sipp-cancel.pcap", 7, "sipp-call.pcap", 7,
        "sipp-five-calls.pcap", 30);
    for (var entry : packets.entrySet()) {
      Capture capture = CaptureFile.read(resource(entry.getKey()));
      assertEquals(entry.getValue(), capture.packets(), entry.getKey());
      assertEquals(entry.getValue(), capture.datagrams().size(), entry.getKey());
      assertTrue(capture.passedOver().isEmpty(), capture.passedOver()::toString);
      long time = 0;
      for (CapturedDatagram d : capture.datagrams()) {
        assertTrue(List.of("127.0.0.1:5060", "127.0.0.1:5090").contains(d.from()), d.from());
        assertTrue(List.of("127.0.0.1:5060", "127.0.0.1:5090").contains(d.to()), d.to());
        assertTrue(d.timeUs() >= time);
        assertFalse(d.truncated());
        time = d.timeUs();
      }
    }
    CapturedDatagram first = CaptureFile.read(resource("sipp-cancel.pcap")).datagrams().get(0);
    assertEquals(1, first.packet());
    assertEquals("127.0.0.1:5060", first.from());
    assertEquals("127.0.0.1:5090", first.to());
    assertTrue(new String(first.payload(), StandardCharsets.UTF_8)
        .startsWith("INVITE sip:receiver@127.0.0.1:5090 SIP/2.0\r\n"));
  }

  @Test
  @DisplayName("a pcapng file and a nanosecond pcap of the same packets read the same datagrams")
  void formatsAgree() throws Exception {
    Packet a = Packet.udp(1_700_000_000_123_456L, "192.0.2.1", 5060, "192.0.2.2", 5070,
        "OPTIONS sip:b SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Packet b = Packet.udp(1_700_000_001_000_001L, "2001:db8::2", 5070, "2001:db8::1", 5060,
        "SIP/2.0 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    List<CapturedDatagram> expected = null;
    for (Format format : Format.values()) {
      for (ByteOrder order : List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)) {
        byte[] file = new CaptureWriter(format, Link.ETHERNET, order).add(a).add(b).bytes();
        assertTrue(CaptureFile.isCapture(file), format + " " + order);
        List<CapturedDatagram> read = CaptureFile.read(file).datagrams();
        assertEquals(2, read.size());
        assertEquals("[2001:db8::2]:5070", read.get(1).from());
        assertEquals(1_700_000_000_123_456L, read.get(0).timeUs(), format + " " + order);
        if (expected != null) {
          assertSameDatagrams(expected, read);
        }
        expected = read;
      }
    }
  }

  @Test
  @DisplayName("packets that hold no UDP datagram, and fragments whose datagram is incomplete,"
      + " are passed over and counted by reason")
  void passedOver() throws Exception {
    byte[] sip = "OPTIONS sip:b SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] file = new CaptureWriter(Format.PCAP_MICROS, Link.ETHERNET, ByteOrder.BIG_ENDIAN)
        .add(Packet.udp(1, "192.0.2.1", 1, "192.0.2.2", 2, new byte[20]).other(6))
        .add(Packet.udp(2, "192.0.2.1", 5060, "192.0.2.2", 5060, sip).fragmented(3, false, 1))
        .add(Packet.udp(3, "2001:db8::1", 5060, "2001:db8::2", 5060, sip).fragmented(2, true, 0))
        .add(Packet.udp(4, "192.0.2.1", 5060, "192.0.2.2", 5060, sip))
        .add(Packet.udp(5, "192.0.2.1", 1, "192.0.2.2", 2, new byte[40]).other(6)
            .fragmented(2, false, -1))
        .bytes();
    Capture capture = CaptureFile.read(file);
    assertEquals(7, capture.packets(), "1 + 2 of 3 pieces + 1 of 2 + 1 + 2");
    assertEquals(1, capture.datagrams().size());
    assertEquals(5, capture.datagrams().get(0).packet(), "the fifth packet of the file");
    assertEquals(Map.of(Packets.NOT_UDP, 1, Packets.NOT_UDP_FRAGMENT, 2,
        CaptureFile.INCOMPLETE, 3), capture.passedOver());
  }

  @Test
  @DisplayName("an IPv4 header whose options run past the captured bytes is passed over as cut"
      + " short, and the packet after it is still read")
  void ipv4OptionsPastTheCapture() throws Exception {
    byte[] sip = "OPTIONS sip:b SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] good = new CaptureWriter(Format.PCAP_MICROS, Link.ETHERNET, ByteOrder.LITTLE_ENDIAN)
        .add(Packet.udp(2, "192.0.2.1", 5060, "192.0.2.2", 5060, sip)).bytes();
    // A record of 34 bytes: an Ethernet header, then a 20-byte IPv4 header whose IHL says 60
    // (15 words) and whose More Fragments flag is set, so that it reads as a fragment.
    byte[] cut = java.util.HexFormat.of().parseHex("00000000" + "00000000" + "22000000"
        + "22000000" + "000000000000" + "000000000000" + "0800" + "4f000064" + "00012000"
        + "40110000" + "c0000201" + "c0000202");
    byte[] file = new byte[good.length + cut.length];
    System.arraycopy(good, 0, file, 0, 24);
    System.arraycopy(cut, 0, file, 24, cut.length);
    System.arraycopy(good, 24, file, 24 + cut.length, good.length - 24);
    Capture capture = CaptureFile.read(file);
    assertEquals(2, capture.packets());
    assertEquals(1, capture.datagrams().size());
    assertEquals(2, capture.datagrams().get(0).packet());
    assertEquals(Map.of(Packets.CUT, 1), capture.passedOver());
    byte[] alone = java.util.Arrays.copyOf(file, 24 + cut.length);
    assertEquals(Map.of(Packets.CUT, 1), CaptureFile.read(alone).passedOver(),
        "the same packet as the last of the file");
  }

  @Test
  @DisplayName("a capture cut short gives the packets before its last and says the last was passed"
      + " over, and a file that is no capture says what a capture begins with")
  void badFiles() throws Exception {
    byte[] whole = resource("sipp-cancel.pcap");
    int packets = CaptureFile.read(whole).datagrams().size();
    for (int cutBy : new int[] {10, 200}) {
      Capture cut = CaptureFile.read(java.util.Arrays.copyOf(whole, whole.length - cutBy));
      assertEquals(packets - 1, cut.datagrams().size(), "cut by " + cutBy);
      assertEquals(Map.of(CaptureFile.CUT_SHORT, 1), cut.passedOver());
    }
    byte[] payload = "OPTIONS sip:a@b SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] ng = new CaptureWriter(Format.PCAPNG, Link.ETHERNET, ByteOrder.LITTLE_ENDIAN)
        .add(Packet.udp(1, "192.0.2.1", 5060, "192.0.2.2", 5060, payload))
        .add(Packet.udp(2, "192.0.2.1", 5060, "192.0.2.2", 5060, payload)).bytes();
    Capture ngCut = CaptureFile.read(java.util.Arrays.copyOf(ng, ng.length - 10));
    assertEquals(1, ngCut.datagrams().size());
    assertEquals(Map.of(CaptureFile.CUT_SHORT, 1), ngCut.passedOver());
    CaptureFormatException e;
    assertFalse(CaptureFile.isCapture("{\"events\": []}".getBytes(StandardCharsets.US_ASCII)));
    e = assertThrows(CaptureFormatException.class,
        () -> CaptureFile.read(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
            17, 18, 19, 20, 21, 22, 23, 24}));
    assertTrue(e.getMessage().startsWith("this is not a capture file"), e.getMessage());
  }

  @Test
  @DisplayName("any datagram written in any format, byte order and link layer, whole or in IP"
      + " fragments in any order, reads back as written")
  void roundTrip() {
    qt().withFixedSeed(20261127L).withExamples(300)
        .forAll(arbitrary().enumValues(Format.class), arbitrary().enumValues(Link.class),
            arbitrary().pick(List.of(ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN)),
            lists().of(packets()).ofSizeBetween(0, 4))
        .checkAssert((format, link, order, list) -> {
          CaptureWriter writer = new CaptureWriter(format, link, order);
          list.forEach(writer::add);
          Capture capture = read(writer.bytes());
          assertEquals(list.size(), capture.datagrams().size());
          for (int i = 0; i < list.size(); i++) {
            Packet p = list.get(i);
            CapturedDatagram d = capture.datagrams().get(i);
            assertTrue(d.packet() >= i + 1, "numbered by the packet that completed it");
            assertEquals(p.timeUs(), d.timeUs());
            assertEquals(bytes(p.from()), bytes(d.fromAddress()));
            assertEquals(bytes(p.to()), bytes(d.toAddress()));
            assertEquals(p.fromPort(), d.fromPort());
            assertEquals(p.toPort(), d.toPort());
            assertArrayEquals(p.payload(), d.payload());
          }
        });
  }

  @Test
  @DisplayName("any truncation or byte change of a capture reads or is refused with a reason,"
      + " never an exception of another kind")
  void mutations() {
    byte[] file = resource("sipp-five-calls.pcap");
    qt().withFixedSeed(20261127L).withExamples(2000)
        .forAll(integers().between(0, file.length - 1), integers().between(0, 255),
            arbitrary().pick(List.of(true, false)))
        .checkAssert((at, value, truncate) -> {
          byte[] changed = truncate ? java.util.Arrays.copyOf(file, at) : file.clone();
          if (!truncate) {
            changed[at] = (byte) (int) value;
          }
          try {
            CaptureFile.read(changed);
          } catch (CaptureFormatException expected) {
            assertFalse(expected.getMessage().isBlank());
          }
        });
  }

  @Test
  @DisplayName("IPv6 addresses are written as RFC 5952 section 4 asks")
  void ipv6Text() {
    assertEquals("2001:db8::1", IpText.v6(raw("2001:0db8:0:0:0:0:0:1"), 0));
    assertEquals("2001:db8:0:1:1:1:1:1", IpText.v6(raw("2001:db8:0:1:1:1:1:1"), 0));
    assertEquals("2001:0:0:1::1", IpText.v6(raw("2001:0:0:1:0:0:0:1"), 0));
    assertEquals("2001:db8::1:0:0:1", IpText.v6(raw("2001:db8:0:0:1:0:0:1"), 0));
    assertEquals("::", IpText.v6(new byte[16], 0));
    assertEquals("::1", IpText.v6(raw("::1"), 0));
    assertEquals("fe80::", IpText.v6(raw("fe80::"), 0));
  }

  private static Capture read(byte[] file) {
    try {
      return CaptureFile.read(file);
    } catch (CaptureFormatException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  private static Gen<Packet> packets() {
    Gen<String> v4 = integers().between(0, Integer.MAX_VALUE).map(n -> (n >>> 24) + "."
        + (n >>> 16 & 0xFF) + "." + (n >>> 8 & 0xFF) + "." + (n & 0xFF));
    Gen<String> v6 = longs().all().zip(longs().all(), (hi, lo) -> v6Text(hi, lo));
    Gen<Boolean> sixes = arbitrary().pick(List.of(true, false));
    Gen<Integer> ports = integers().between(0, 65535);
    Gen<byte[]> payloads = lists().of(integers().between(0, 255)).ofSizeBetween(0, 600)
        .map(list -> {
          byte[] b = new byte[list.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (int) list.get(i);
          }
          return b;
        });
    // Times up to 2106 (the classic format's 32-bit seconds).
    Gen<Long> times = longs().between(0, 4_294_967_295_999_999L);
    return sixes.flatMap(six -> {
      Gen<String> addresses = six ? v6 : v4;
      Gen<Integer> pieces = integers().between(1, 5);
      Gen<Boolean> backwards = arbitrary().pick(List.of(true, false));
      return addresses.zip(addresses, ports, ports, Ends::new)
          .zip(times, payloads, (e, t, payload) -> Packet.udp(t, e.from(), e.fromPort(), e.to(),
              e.toPort(), payload))
          .zip(pieces, backwards, (p, n, back) -> p.fragmented(n, back, -1));
    });
  }

  private record Ends(String from, String to, int fromPort, int toPort) {}

  private static String v6Text(long hi, long lo) {
    StringBuilder s = new StringBuilder();
    for (int i = 3; i >= 0; i--) {
      s.append(Integer.toHexString((int) (hi >>> (16 * i)) & 0xFFFF)).append(':');
    }
    for (int i = 3; i >= 0; i--) {
      s.append(Integer.toHexString((int) (lo >>> (16 * i)) & 0xFFFF)).append(i > 0 ? ":" : "");
    }
    String text = s.toString();
    // ::ffff:a.b.c.d would come back from InetAddress as IPv4: keep such addresses out.
    return text.startsWith("0:0:0:0:0:ffff:") ? "1" + text.substring(1) : text;
  }

  private static List<Byte> bytes(String address) {
    try {
      byte[] b = InetAddress.getByName(address).getAddress();
      List<Byte> out = new java.util.ArrayList<>();
      for (byte x : b) {
        out.add(x);
      }
      return out;
    } catch (UnknownHostException e) {
      throw new AssertionError(address, e);
    }
  }

  private static byte[] raw(String address) {
    try {
      return InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      throw new AssertionError(address, e);
    }
  }

  private static void assertSameDatagrams(List<CapturedDatagram> a, List<CapturedDatagram> b) {
    assertEquals(a.size(), b.size());
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i).from(), b.get(i).from());
      assertEquals(a.get(i).to(), b.get(i).to());
      assertEquals(a.get(i).timeUs(), b.get(i).timeUs());
      assertArrayEquals(a.get(i).payload(), b.get(i).payload());
    }
  }
}
