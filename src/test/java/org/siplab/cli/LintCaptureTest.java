package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.capture.CaptureWriter;
import org.siplab.capture.CaptureWriter.Packet;

@DisplayName("siplab lint on a packet capture")
class LintCaptureTest {

  private static final String CANCEL = "scenarios/captures/sipp-cancel.pcap";

  @TempDir Path dir;

  @Test
  @DisplayName("explains each SIP message of a capture, named FILE#PACKET, and exits 1 when one"
      + " is invalid")
  void eachMessage() {
    LintRun.Result run = LintRun.lint(CANCEL);
    assertEquals(Main.CHECK_FAILED, run.exitCode(), run.err());
    assertTrue(run.out().startsWith(CANCEL + "#1: a valid SIP request (no errors, no warnings)\n"),
        run.out());
    assertTrue(run.out().contains("\n" + CANCEL + "#6: an invalid SIP response"), run.out());
    assertTrue(run.out().contains("the parameter 'tag' appears a second time"), run.out());
    assertEquals("", run.err());
  }

  @Test
  @DisplayName("--json gives one object a SIP message, its file FILE#PACKET")
  void json() throws IOException {
    LintRun.Result run = LintRun.lint("--json", CANCEL);
    JsonNode root = new ObjectMapper().readTree(run.out());
    List<String> files = new ArrayList<>();
    root.forEach(n -> files.add(n.get("file").asText()));
    assertEquals(List.of(CANCEL + "#1", CANCEL + "#2", CANCEL + "#3", CANCEL + "#4",
        CANCEL + "#5", CANCEL + "#6", CANCEL + "#7"), files);
    assertFalse(root.get(5).get("valid").asBoolean(), "the 487 with two To tags");
    assertEquals("CANCEL", root.get(3).get("method").asText());
  }

  @Test
  @DisplayName("a capture with no SIP in it cannot be linted: exit 2 with the reason")
  void noSip() throws IOException {
    byte[] rtp = {(byte) 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
    Path file = Files.write(dir.resolve("rtp.pcap"), new CaptureWriter(
        CaptureWriter.Format.PCAPNG, CaptureWriter.Link.ETHERNET, ByteOrder.BIG_ENDIAN)
        .add(Packet.udp(0, "192.0.2.1", 4000, "192.0.2.2", 4000, rtp)).bytes());
    LintRun.Result run = LintRun.lint(file.toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals("siplab: " + file + ": cannot read: the capture holds 1 packet and no SIP"
        + " message over UDP\n", run.err());
  }

  @Test
  @DisplayName("FILE#PACKET, the name lint gives a message of a capture, lints that message alone,"
      + " as the whole capture's output shows it")
  void onePacketByItsName() throws IOException {
    LintRun.Result all = LintRun.lint("--json", CANCEL);
    LintRun.Result one = LintRun.lint("--json", CANCEL + "#6");
    assertEquals(Main.CHECK_FAILED, one.exitCode(), one.err());
    ObjectMapper json = new ObjectMapper();
    JsonNode only = json.readTree(one.out());
    assertEquals(1, only.size());
    assertEquals(json.readTree(all.out()).get(5), only.get(0));
    LintRun.Result text = LintRun.lint(CANCEL + "#2");
    assertEquals(Main.OK, text.exitCode(), text.err());
    assertTrue(text.out().startsWith(CANCEL + "#2: a valid SIP response"), text.out());
  }

  @Test
  @DisplayName("a packet that is not there, not SIP, or in a file that is no capture is exit 2"
      + " with the reason")
  void packetThatIsNoMessage() throws IOException {
    assertEquals(new LintRun.Result(Main.BAD_INPUT, "", "siplab: " + CANCEL + "#8: cannot read:"
        + " the capture holds packets 1 to 7, so there is no packet 8\n"),
        LintRun.lint(CANCEL + "#8"));
    byte[] rtp = {(byte) 0x80, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1};
    Path file = Files.write(dir.resolve("mixed.pcap"), new CaptureWriter(
        CaptureWriter.Format.PCAP_MICROS, CaptureWriter.Link.ETHERNET, ByteOrder.LITTLE_ENDIAN)
        .add(Packet.udp(0, "192.0.2.1", 4000, "192.0.2.2", 4000, rtp))
        .add(Packet.udp(1, "192.0.2.1", 5060, "192.0.2.2", 5060, Files.readAllBytes(
            Path.of("scenarios/messages/invite.sip")))).bytes());
    assertEquals("siplab: " + file + "#1: cannot read: packet 1 is not a SIP message over UDP"
        + " (siplab lint " + file + " lists those that are)\n",
        LintRun.lint(file + "#1").err());
    assertEquals(Main.OK, LintRun.lint(file + "#2").exitCode());
    assertEquals("siplab: README.md#1: cannot read: README.md is not a pcap or pcapng capture,"
        + " so #1 names no packet in it\n", LintRun.lint("README.md#1").err());
  }

  @Test
  @DisplayName("a file whose name ends in #N is read as that file, not as a packet")
  void fileNamedLikeAPacketIsAFile() throws IOException {
    Path message = Files.copy(Path.of("scenarios/messages/invite.sip"), dir.resolve("m.sip#1"));
    Files.copy(Path.of("scenarios/messages/invite.sip"), dir.resolve("m.sip"));
    LintRun.Result run = LintRun.lint(message.toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertTrue(run.out().startsWith(message + ": a valid SIP request"), run.out());
  }
}
