package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.Runaways;

@DisplayName("the verdict siplab run prints for a runaway")
class RunawayVerdictTest {

  @Test
  @DisplayName("is FAIL, says the run was stopped as a runaway after how many events and why, and"
      + " gives the replay command")
  void failWithTheKernelsWords() {
    RunResult result = Runaways.callStoppedAfter(5);
    String[] lines = Verdicts.line(result, "reports/runaway").split("\n");
    assertTrue(lines[0].startsWith("FAIL runaway.yaml (seed 1): "), lines[0]);
    assertTrue(lines[0].endsWith(", stopped as a runaway -> reports/runaway"), lines[0]);
    assertTrue(lines[1].startsWith("  runaway: stopped after 5 events at "), lines[1]);
    assertTrue(lines[1].contains("something keeps scheduling new events"), lines[1]);
    assertEquals("  replay: ./siplab run --seed 1 runaway.yaml", lines[lines.length - 1]);
  }

  @Test
  @DisplayName("counts as a failure, which siplab run turns into exit code 1")
  void exitCodeOne() {
    RunResult result = Runaways.callStoppedAfter(5);
    assertEquals(Main.CHECK_FAILED, RunCommand.exitCodeOf(result));
  }
}
