package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty file named like a scenario holds no scenario: lint says it is empty, what lint reads,
 * and which command takes a scenario, instead of calling it a scenario by its name.
 */
@DisplayName("siplab lint given an empty .yaml file")
class LintEmptyScenarioFileTest {

  @Test
  @DisplayName("says the file is empty, that lint reads one SIP message a file and that siplab run"
      + " takes a scenario, and exits 2")
  void anEmptyYamlFileIsCalledEmptyNotAScenario(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("call.yaml");
    Files.writeString(empty, "\n  \n");
    LintRun.Result run = LintRun.lint(empty.toString());
    assertEquals(2, run.exitCode());
    assertEquals("siplab: " + empty + ": cannot read: the file is empty: it holds no SIP"
        + " message, which lint reads (one a file, as one UDP datagram carries it), and no"
        + " scenario either, which siplab run takes (a scenario has at least elements:; siplab"
        + " new NAME writes a starter one)\n", run.err());
    assertEquals("", run.out());
  }
}
