package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.siplab.cli.CommandRun.Result;

/** Every command, found from the command line itself so that a new one cannot be forgotten. */
@DisplayName("the standard options of every siplab command")
class StandardOptionsTest {

  private static List<String> commands() {
    return List.copyOf(Main.commandLine().getSubcommands().keySet());
  }

  @TestFactory
  @DisplayName("--version prints siplab's version and exits 0")
  Stream<DynamicTest> version() {
    String expected = CommandRun.run("--version").out();
    assertTrue(expected.startsWith("siplab "), expected);
    return commands().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Result run = CommandRun.run(name, "--version");
      assertEquals(new Result(0, expected, ""), run);
    }));
  }

  @TestFactory
  @DisplayName("--help prints the command's usage and exits 0")
  Stream<DynamicTest> help() {
    return commands().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
      Result run = CommandRun.run(name, "--help");
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().startsWith("Usage: siplab " + name), run.out());
      assertFalse(run.out().isBlank());
    }));
  }
}
