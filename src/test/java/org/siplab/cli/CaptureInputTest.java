package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.capture.CaptureWriter;
import org.siplab.capture.CaptureWriter.Packet;

@DisplayName("siplab check and siplab report on a packet capture")
class CaptureInputTest {

  @TempDir Path dir;

  /** A copy of a sample capture of scenarios/captures, in the test's own folder. */
  private Path capture(String name) throws IOException {
    return Files.copy(Path.of("scenarios", "captures", name), dir.resolve(name));
  }

  @Test
  @DisplayName("check reads a pcap's SIP as a trace, prints its findings and says what it read")
  void checkReadsACapture() throws IOException {
    String file = capture("sipp-cancel.pcap").toString();
    CommandRun.Result run = CommandRun.run("check", file);
    assertEquals(Main.CHECK_FAILED, run.exitCode(), run.err());
    assertTrue(run.out().startsWith(file + ": 14 events, 6 findings: 6 errors, 0 warnings,"
        + " 0 info\n"), run.out());
    // Named by its packet first, as Wireshark and siplab lint CAPTURE#6 name it.
    assertTrue(run.out().contains("  packet 6 (event 11) at 4.11067 s, 127.0.0.1:5090 >"
        + " 127.0.0.1:5060: SIP/2.0 ..."), run.out());
    assertTrue(run.out().endsWith("\n\nRead as a capture: 7 SIP messages over UDP among 2"
        + " endpoints. A capture shows\neach message once, at the place it was taken: times count"
        + " from the first SIP\nmessage, and arrivals are not known.\n"), run.out());
    assertEquals("", run.err());
  }

  @Test
  @DisplayName("a capture whose messages break no rule exits 0")
  void cleanCapture() throws IOException {
    // SIPp's own captures each break HDR-001; the OPTIONS exchange written here breaks nothing.
    String options = "OPTIONS sip:b@192.0.2.2 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch="
        + "z9hG4bK-1\r\nMax-Forwards: 70\r\nTo: <sip:b@192.0.2.2>\r\nFrom: <sip:a@192.0.2.1>"
        + ";tag=1\r\nCall-ID: x\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    String ok = "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK-1\r\nTo:"
        + " <sip:b@192.0.2.2>;tag=2\r\nFrom: <sip:a@192.0.2.1>;tag=1\r\nCall-ID: x\r\n"
        + "CSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    Path file = Files.write(dir.resolve("options.pcap"), new CaptureWriter(
        CaptureWriter.Format.PCAP_MICROS, CaptureWriter.Link.ETHERNET, ByteOrder.LITTLE_ENDIAN)
        .add(Packet.udp(1_000_000, "192.0.2.1", 5060, "192.0.2.2", 5060, bytes(options)))
        .add(Packet.udp(1_002_000, "192.0.2.2", 5060, "192.0.2.1", 5060, bytes(ok))).bytes());
    CommandRun.Result run = CommandRun.run("check", file.toString());
    assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith(file + ": 4 events, no findings\n"), run.out());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  @DisplayName("check --write on a capture exits 2 and leaves the file as it was")
  void writeRefused() throws IOException {
    Path file = capture("sipp-five-calls.pcap");
    byte[] before = Files.readAllBytes(file);
    CommandRun.Result run = CommandRun.run("check", "--write", file.toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals("siplab: " + file + ": --write stores findings in a trace.json; a capture has no"
        + " place for them (leave out --write)\n", run.err());
    assertTrue(Arrays.equals(before, Files.readAllBytes(file)));
  }

  @Test
  @DisplayName("a capture cut short is read up to its last packet, which is named as passed"
      + " over; one with no SIP in it exits 2 with the reason and no stack trace")
  void badCaptures() throws IOException {
    Path whole = capture("sipp-cancel.pcap");
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = Files.write(dir.resolve("cut.pcap"), Arrays.copyOf(bytes, bytes.length - 10));
    CommandRun.Result run = CommandRun.run("check", cut.toString());
    assertTrue(run.exitCode() != Main.BAD_INPUT, run.err());
    assertTrue((run.out() + run.err()).contains("cut short"), run.out() + run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    // The pcap file header alone: a capture without packets.
    Path empty = Files.write(dir.resolve("empty.pcap"), Arrays.copyOf(bytes, 24));
    run = CommandRun.run("report", empty.toString(), "--out", dir.resolve("r").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals("siplab: " + empty + ": the capture holds 0 packets and no SIP message over"
        + " UDP\n", run.err());
  }

  @Test
  @DisplayName("report renders a capture as a ladder between its endpoints, with the checker's"
      + " findings")
  void reportOfACapture() throws IOException {
    Path out = dir.resolve("cancel");
    CommandRun.Result run =
        CommandRun.run("report", capture("sipp-cancel.pcap").toString(), "--out",
        out.toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    String html = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
    assertTrue(html.contains("127.0.0.1:5090"), "the ladder's columns are the endpoints");
    assertTrue(html.contains("MSG-001"), "the findings are in the report");
    assertTrue(html.contains("487 Request Terminated"));
    assertTrue(html.contains("<dt>Capture</dt><dd>7 SIP datagrams over UDP, 4.111299 s from the"
        + " first to the last"), "the header says what the capture held");
    assertTrue(html.contains(">captured time</text>"), "the time axis is the capture's");
    assertFalse(html.contains("<dt>Seed</dt>"), "a capture has no seed");
    assertFalse(html.contains("virtual time"), "nor virtual time");
    // The page stores each sentence with its numbers taken out, so the addresses are not there.
    assertTrue(html.contains("; the capture does not show its arrival"),
        "a step does not claim an arrival time");
    assertFalse(html.contains("arrived at "), "nor says when a datagram arrived");
  }
}
