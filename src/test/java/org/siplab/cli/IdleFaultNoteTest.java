package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

@DisplayName("a fault that hits no message in a run")
class IdleFaultNoteTest {

  @TempDir Path dir;

  /** Runs the starter scenario with {@code fault} under network:, into {@code out}. */
  private Result runWithFault(String fault, String out) throws IOException {
    String text = StarterScenario.text("faulty", "faulty.yaml")
        .replace("network:\n", "network:\n  faults: [" + fault + "]\n");
    Path file = dir.resolve("faulty.yaml");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return CommandRun.run("run", file.toString(), "--out", dir.resolve(out).toString());
  }

  private String trace(String out) throws IOException {
    return Files.readString(dir.resolve(out).resolve("faulty/trace.json"), StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("is noted under the verdict and in trace.json, and the run still passes with exit 0")
  void notedNotFailed() throws IOException {
    Result run = runWithFault("{ drop: \"200 INVITE\", from: bob, to: alice, nth: 1 }", "a");
    String note = "the fault at " + dir.resolve("faulty.yaml") + ":11:20 (drop 200 INVITE from bob"
        + " to alice, nth: 1) matched no message";
    assertEquals(0, run.exitCode(), run.out() + run.err());
    String[] lines = run.out().split("\n");
    assertTrue(lines[0].startsWith("PASS "), lines[0]);
    assertEquals("  note: " + note, lines[1]);
    assertTrue(trace("a").contains("\"notes\""), "trace.json records no notes");
    assertTrue(trace("a").contains("(drop 200 INVITE from bob to alice, nth: 1) matched no"
        + " message"), "trace.json lacks the note");
  }

  @Test
  @DisplayName("is noted with how many messages it matched when its nth is past them")
  void nthPastTheMatches() throws IOException {
    Result run = runWithFault("{ drop: \"200 INVITE\", from: bob, to: proxy, nth: 9 }", "b");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("(drop 200 INVITE from bob to proxy, nth: 9) hit no message:"
        + " it matched 1 message, fewer than its nth\n"), run.out());
  }

  @Test
  @DisplayName("is not noted when the fault hits, and the trace is the same bytes run after run")
  void noNoteWhenItHits() throws IOException {
    String fault = "{ drop: \"200 INVITE\", from: bob, to: proxy, nth: 1 }";
    Result first = runWithFault(fault, "c");
    Result second = runWithFault(fault, "d");
    assertFalse(first.out().contains("note:"), first.out());
    assertFalse(trace("c").contains("\"notes\""), "a trace without notes has a notes field");
    assertEquals(trace("c").replace(dir.resolve("c").toString(), ""),
        trace("d").replace(dir.resolve("d").toString(), ""));
  }
}
