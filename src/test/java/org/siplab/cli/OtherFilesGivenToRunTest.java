package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.CommandRun.Result;
import org.siplab.scenario.load.StarterScenario;

/** The tool's other files, given to siplab run in place of a scenario. */
@DisplayName("a file that is not a scenario given to siplab run")
class OtherFilesGivenToRunTest {

  @TempDir Path dir;

  private static Result refused(String file, String why) {
    return new Result(2, "", file + ":1:1: " + why + "\n");
  }

  @Test
  @DisplayName("a SIP message is named one, with the command that explains it")
  void aSipMessageIsSentToLint() {
    String file = "scenarios/messages/invite.sip";
    assertEquals(refused(file, "this is a SIP message, not a scenario; expected a scenario file"
        + " (explain the message with: siplab lint scenarios/messages/invite.sip)"),
        CommandRun.run("run", "--out", dir.toString(), file));
  }

  @Test
  @DisplayName("a response is named a SIP message too")
  void aResponseIsSentToLint() {
    String file = "scenarios/messages/ringing-compact.sip";
    assertEquals(refused(file, "this is a SIP message, not a scenario; expected a scenario file"
        + " (explain the message with: siplab lint " + file + ")"),
        CommandRun.run("run", "--out", dir.toString(), file));
  }

  @Test
  @DisplayName("a packet capture is named one, with the command that checks it")
  void aCaptureIsSentToCheck() {
    String file = "scenarios/captures/sipp-cancel.pcap";
    assertEquals(refused(file, "this is a packet capture, not a scenario; expected a scenario"
        + " file (check the capture with: siplab check " + file + ")"),
        CommandRun.run("run", "--out", dir.toString(), file));
  }

  @Test
  @DisplayName("a trace.json is named the file a run writes, once, not as six unknown keys")
  void aTraceIsSentToReport() {
    String file = CommandRun.traceFixture("rfc3665-3.1.trace.json");
    assertEquals(refused(file, "this is a trace.json, which siplab run writes, not a scenario;"
        + " expected a scenario file (draw the trace with: siplab report " + file + ")"),
        CommandRun.run("run", "--out", dir.toString(), file));
  }

  @Test
  @DisplayName("a scenario saved as UTF-16 is told its encoding, not that a byte is not UTF-8")
  void aUtf16ScenarioIsNamedSo() throws IOException {
    Path file = Files.write(dir.resolve("notepad.yaml"),
        StarterScenario.text("notepad", "notepad.yaml").getBytes(StandardCharsets.UTF_16LE));
    byte[] withMark = Files.readAllBytes(file);
    byte[] marked = new byte[withMark.length + 2];
    marked[0] = (byte) 0xFF;
    marked[1] = (byte) 0xFE;
    System.arraycopy(withMark, 0, marked, 2, withMark.length);
    Files.write(file, marked);
    assertEquals(refused(file.toString(), "the file is saved as UTF-16 (it starts with UTF-16's"
        + " byte order mark); expected the file saved as UTF-8"),
        CommandRun.run("run", "--out", dir.toString(), file.toString()));
  }

  @Test
  @DisplayName("a folder is named one, with the command that runs every scenario in it")
  void aFolderIsShownTheGlob() throws IOException {
    assertEquals(refused("scenarios/teaching", "this is a folder, not a file; expected a scenario"
        + " file (to run every scenario in the folder: siplab run scenarios/teaching/*.yaml)"),
        CommandRun.run("run", "--out", dir.toString(), "scenarios/teaching"));
    Path spaced = Files.createDirectory(dir.resolve("my scenarios"));
    assertEquals(refused(spaced.toString(), "this is a folder, not a file; expected a scenario file"
        + " (to run every scenario in the folder: siplab run '" + spaced + "/'*.yaml)"),
        CommandRun.run("run", "--out", dir.toString(), spaced + "/"));
  }
}
