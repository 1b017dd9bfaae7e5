package org.siplab.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.capture.CaptureFile;
import org.siplab.capture.CaptureWriter;
import org.siplab.capture.CaptureWriter.Packet;
import org.siplab.capture.CapturedDatagram;

/**
 * siplab's capture reader (package {@code capture}) against Wireshark's: from each sample capture
 * of scenarios/captures, and from the same packets rewritten by {@code editcap} as pcapng and as
 * a nanosecond pcap, both read the same UDP datagrams, with the same endpoints, time and payload.
 */
@DisplayName("siplab's capture reader and tshark")
class WiresharkCaptureReaderTest {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  @TempDir Path work;

  static Stream<String> captures() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios", "captures"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pcap")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("captures")
  @DisplayName("read the same datagrams from a sample capture, as pcap, pcapng and nanosecond pcap")
  void sameDatagrams(String name) throws Exception {
    assumeTrue(WiresharkCommand.onPath("tshark") && WiresharkCommand.onPath("editcap"),
        "tshark or editcap is not on PATH (Debian packages tshark, wireshark-common); skipping");
    Path original = Path.of("scenarios", "captures", name).toAbsolutePath();
    Path pcapng = work.resolve(name + "ng");
    Path nanos = work.resolve("ns-" + name);
    WiresharkCommand.run(List.of("editcap", "-F", "pcapng", original.toString(),
        pcapng.toString()), work, LIMIT);
    WiresharkCommand.run(List.of("editcap", "-F", "nsecpcap", original.toString(),
        nanos.toString()), work, LIMIT);
    List<String> expected = tshark(original);
    for (Path file : List.of(original, pcapng, nanos)) {
      assertEquals(expected, siplab(file), file.getFileName().toString());
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("reassemble the same datagrams from IPv4 and IPv6 fragments, in and out of order")
  void sameReassembly() throws Exception {
    assumeTrue(WiresharkCommand.onPath("tshark"), "tshark is not on PATH; skipping");
    StringBuilder sdp = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      sdp.append("a=rtpmap:").append(96 + i).append(" telephone-event/8000\r\n");
    }
    byte[] invite = ("INVITE sip:bob@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch="
        + "z9hG4bK-big\r\nMax-Forwards: 70\r\nTo: <sip:bob@192.0.2.2>\r\nFrom:"
        + " <sip:alice@192.0.2.1>;tag=1\r\nCall-ID: big\r\nCSeq: 1 INVITE\r\nContent-Type:"
        + " application/sdp\r\nContent-Length: " + sdp.length() + "\r\n\r\n" + sdp)
        .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Path file = work.resolve("fragments.pcap");
    Files.write(file, new CaptureWriter(CaptureWriter.Format.PCAP_MICROS,
        CaptureWriter.Link.ETHERNET, java.nio.ByteOrder.LITTLE_ENDIAN)
        .add(Packet.udp(1_000_000, "192.0.2.1", 5060, "192.0.2.2", 5060, invite)
            .fragmented(3, false, -1))
        .add(Packet.udp(2_000_000, "2001:db8::1", 5060, "2001:db8::2", 5060, invite)
            .fragmented(2, true, -1))
        .bytes());
    List<String> wireshark = tshark(file);
    assertEquals(2, wireshark.size(), String.join("\n", wireshark));
    assertEquals(wireshark, siplab(file));
  }

  /** One line a UDP datagram: frame number, microseconds, source, destination, payload in hex. */
  private List<String> tshark(Path capture) {
    String out = WiresharkCommand.run(List.of("tshark", "-n", "-r", capture.toString(), "-Y",
        "udp", "-T", "fields", "-E", "separator=/t", "-e", "frame.number", "-e",
        "frame.time_epoch", "-e", "ip.src", "-e", "ipv6.src", "-e", "udp.srcport", "-e",
        "ip.dst", "-e", "ipv6.dst", "-e",
        "udp.dstport", "-e", "udp.payload"), work, LIMIT).stdoutText();
    List<String> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      // An IPv6 address is written in brackets, as siplab writes an endpoint.
      String from = f[2].isEmpty() ? "[" + f[3] + "]" : f[2];
      String to = f[5].isEmpty() ? "[" + f[6] + "]" : f[5];
      lines.add(f[0] + " " + micros(f[1]) + " " + from + ":" + f[4] + " > " + to + ":" + f[7]
          + " " + f[8].replace(":", "").toLowerCase(java.util.Locale.ROOT));
    }
    return lines;
  }

  private static List<String> siplab(Path capture) throws Exception {
    List<String> lines = new ArrayList<>();
    for (CapturedDatagram d : CaptureFile.read(Files.readAllBytes(capture)).datagrams()) {
      lines.add(d.packet() + " " + d.timeUs() + " " + d.from() + " > " + d.to() + " "
          + HexFormat.of().formatHex(d.payload()));
    }
    return lines;
  }

  /** tshark's {@code seconds.fraction} (nine digits) as whole microseconds. */
  private static long micros(String epoch) {
    int dot = epoch.indexOf('.');
    String fraction = (epoch.substring(dot + 1) + "000000").substring(0, 6);
    return Long.parseLong(epoch.substring(0, dot)) * 1_000_000 + Long.parseLong(fraction);
  }
}
