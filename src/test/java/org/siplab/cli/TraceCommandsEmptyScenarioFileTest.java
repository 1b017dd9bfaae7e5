package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty file named like a scenario holds no scenario: check and report say it is empty, what
 * they read, and which command takes a scenario, as lint does ({@link LintEmptyScenarioFileTest}),
 * instead of calling it a scenario by its name and sending the student to siplab run.
 */
@DisplayName("siplab check and siplab report given an empty .yaml file")
class TraceCommandsEmptyScenarioFileTest {

  @Test
  @DisplayName("say the file is empty, that the command reads a trace.json or a capture and that"
      + " siplab run takes a scenario, and exit 2")
  void anEmptyYamlFileIsCalledEmptyNotAScenario(@TempDir Path dir) throws Exception {
    Path empty = dir.resolve("call.yaml");
    Files.writeString(empty, "\n  \n");
    Path nothing = dir.resolve("nothing.yml");
    Files.writeString(nothing, "");
    for (Path file : List.of(empty, nothing)) {
      for (String command : List.of("check", "report")) {
        CommandRun.Result run = CommandRun.run(command, file.toString());
        assertEquals(new CommandRun.Result(Main.BAD_INPUT, "", "siplab: " + file + ": cannot"
            + " read: the file is empty: it holds no trace, which " + command + " reads (a"
            + " trace.json that siplab run writes, or a pcap or pcapng capture), and no scenario"
            + " either, which siplab run takes (a scenario has at least elements:; siplab new"
            + " NAME writes a starter one)\n"), run);
      }
    }
  }
}
