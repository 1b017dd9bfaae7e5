package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.CommandRun.Result;

@DisplayName("a script step that fails without sending anything, in siplab run")
class UnsentStepNoteCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("is noted under the verdict and in trace.json with its line and column, and the"
      + " run still passes with exit 0")
  void notedUnderTheVerdict() throws IOException {
    String text = """
        elements:
          alice: { kind: phone, aor: sip:alice@atlanta.example.com, address: 192.0.2.101 }
        script:
          - { at: 0s, do: alice.register }
          - { at: 1s, do: alice.call sip:carol@nowhere.com }
        """;
    Path file = dir.resolve("nowhere.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("PASS "), lines[0]);
    assertEquals(3, lines.length, run.out());
    assertTrue(lines[1].startsWith("  note: the step at " + file + ":4:5 (alice.register) failed"
        + " at 0s without sending anything: alice has no registrar: or proxy:"), lines[1]);
    assertTrue(lines[2].startsWith("  note: the step at " + file + ":5:5 (alice.call"
        + " sip:carol@nowhere.com) failed at 1s without sending anything: no element serves"
        + " nowhere.com"), lines[2]);
    String trace = Files.readString(dir.resolve("out/nowhere/trace.json"),
        StandardCharsets.UTF_8);
    assertTrue(trace.contains(":5:5 (alice.call sip:carol@nowhere.com) failed at 1s without"
        + " sending anything"), trace);
  }
}
