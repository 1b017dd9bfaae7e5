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
}
