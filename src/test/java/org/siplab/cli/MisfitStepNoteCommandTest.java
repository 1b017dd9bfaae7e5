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

@DisplayName("a script step that finds its phone in a call it cannot act on, in siplab run")
class MisfitStepNoteCommandTest {

  @TempDir Path dir;

  @Test
  @DisplayName("is noted under the verdict and in trace.json run.notes with its line and column,"
      + " and the run still passes with exit 0")
  void notedUnderTheVerdict() throws IOException {
    // Bob's phone answers by itself at 3 s; the answer step at 4 s finds it in the call.
    String text = StarterScenario.text("late", "late.yaml")
        .replace("  - { at: 1s, do: alice.call bob }\n",
            "  - { at: 1s, do: alice.call bob }\n  - { at: 4s, do: bob.answer }\n");
    Path file = dir.resolve("late.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    int line = (int) text.substring(0, text.indexOf("{ at: 4s")).chars()
        .filter(c -> c == '\n').count() + 1;
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("PASS "), lines[0]);
    assertEquals("  note: the step at " + file + ":" + line + ":5 (bob.answer) did nothing at"
        + " 4s: bob was in an established call (it was in-call): bob.answer answers a call that"
        + " rings at this phone, and bob's call had been answered; to end it, bob.hangup (BYE);"
        + " to hold it, bob.hold", lines[1]);
    String trace = Files.readString(dir.resolve("out/late/trace.json"), StandardCharsets.UTF_8);
    assertTrue(trace.contains(":" + line + ":5 (bob.answer) did nothing at 4s: bob was in an"
        + " established call"), trace);
  }
}
