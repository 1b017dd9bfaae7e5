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
import org.siplab.scenario.load.StarterScenario;

@DisplayName("a script step that finds its phone with no call, in siplab run")
class IdleStepNoteCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("is noted under the verdict and in trace.json with its line and column, and the"
      + " run still passes with exit 0")
  void notedUnderTheVerdict() throws IOException {
    String text = StarterScenario.text("early", "early.yaml")
        .replace("  - { at: 1s, do: alice.call bob }\n",
            "  - { at: 1s, do: alice.call bob }\n  - { at: 0.5s, do: bob.answer }\n");
    Path file = dir.resolve("early.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    int line = (int) text.substring(0, text.indexOf("{ at: 0.5s")).chars()
        .filter(c -> c == '\n').count() + 1;
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("PASS "), lines[0]);
    assertEquals("  note: the step at " + file + ":" + line + ":5 (bob.answer) did nothing at"
        + " 0.5s: bob had no call (it was registered); it runs before the first call bob can"
        + " take part in (alice.call bob at 1s, line " + (line - 1) + "); steps run at their at:"
        + " times, whatever their order in the file", lines[1]);
    String trace = Files.readString(dir.resolve("out/early/trace.json"), StandardCharsets.UTF_8);
    assertTrue(trace.contains(":" + line + ":5 (bob.answer) did nothing at 0.5s"), trace);
  }
}
