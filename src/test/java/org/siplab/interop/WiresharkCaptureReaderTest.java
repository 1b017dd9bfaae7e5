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

  /** One line a UDP datagram: frame number, microseconds, source, destination, payload in hex. */
  private List<String> tshark(Path capture) {
    String out = WiresharkCommand.run(List.of("tshark", "-n", "-r", capture.toString(), "-Y",
        "udp", "-T", "fields", "-E", "separator=/t", "-e", "frame.number", "-e",
        "frame.time_epoch", "-e", "ip.src", "-e", "udp.srcport", "-e", "ip.dst", "-e",
        "udp.dstport", "-e", "udp.payload"), work, LIMIT).stdoutText();
    List<String> lines = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      lines.add(f[0] + " " + micros(f[1]) + " " + f[2] + ":" + f[3] + " > " + f[4] + ":" + f[5]
          + " " + f[6].replace(":", "").toLowerCase(java.util.Locale.ROOT));
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
