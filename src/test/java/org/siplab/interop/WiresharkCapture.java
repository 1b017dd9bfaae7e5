package org.siplab.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Writes datagrams into a capture file with text2pcap, one UDP datagram per sample, in the order
 * given, so that frame N of the capture is sample N-1.
 */
final class WiresharkCapture {

  /**
   * Both ends use 5060, the port RFC 3261 section 19.1.2 gives SIP over UDP, which is the port
   * Wireshark hands to its SIP dissector without being told.
   */
  static final int SIP_PORT = 5060;

  private static final int BYTES_PER_LINE = 16;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private WiresharkCapture() {}

  /** Writes {@code samples} to {@code folder}/messages.pcapng and returns its path. */
  static Path write(List<WiresharkSample> samples, Path folder) {
    Path dump = folder.resolve("messages.hex");
    Path capture = folder.resolve("messages.pcapng");
    try {
      Files.writeString(dump, hexDump(samples), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WiresharkCommand.Output out = WiresharkCommand.run(List.of("text2pcap", "-u",
        SIP_PORT + "," + SIP_PORT, dump.toString(), capture.toString()), folder,
        Duration.ofSeconds(30));
    // text2pcap reports what it did on stderr; a datagram it could not read is a short count.
    String wrote = "wrote " + samples.size() + " packets";
    if (!out.stderr().contains(wrote)) {
      throw new AssertionError(out.command() + " did not say '" + wrote + "':\n" + out.stderr());
    }
    return capture;
  }

  /**
   * The input text2pcap reads: each datagram as lines of a hex offset and up to 16 hex bytes,
   * the offset going back to 0 where a new datagram begins.
   */
  static String hexDump(List<WiresharkSample> samples) {
    StringBuilder out = new StringBuilder();
    for (WiresharkSample sample : samples) {
      byte[] wire = sample.wire();
      for (int start = 0; start < wire.length; start += BYTES_PER_LINE) {
        out.append(String.format(Locale.ROOT, "%06x", start));
        for (int i = start; i < Math.min(start + BYTES_PER_LINE, wire.length); i++) {
          // By hand rather than String.format: the long run alone has some 4 million bytes.
          out.append(' ').append(HEX[(wire[i] >> 4) & 0xf]).append(HEX[wire[i] & 0xf]);
        }
        out.append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }
}
