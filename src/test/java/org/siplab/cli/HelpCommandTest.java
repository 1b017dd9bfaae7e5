package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.siplab.cli.CommandRun.Result;

@DisplayName("siplab help")
class HelpCommandTest {

  @TestFactory
  @DisplayName("help COMMAND prints exactly what COMMAND --help prints, for every command")
  Stream<DynamicTest> helpNamesTheSameUsageAsHelpOption() {
    return Main.commandLine().getSubcommands().keySet().stream()
        .map(name -> DynamicTest.dynamicTest(name, () ->
            assertEquals(CommandRun.run(name, "--help"), CommandRun.run("help", name))));
  }

  @Test
  @DisplayName("a misspelt command is bad usage, with the command that was meant")
  void misspeltCommandGetsTheSuggestionSiplabItselfGives() {
    assertEquals(new Result(2, "", "siplab: unknown command 'rnu'; did you mean 'run'?\n"
        + "Try 'siplab help --help' for usage.\n"), CommandRun.run("help", "rnu"));
  }

  @Test
  @DisplayName("a name close to no command lists the commands there are")
  void unknownCommandListsTheCommands() {
    Result run = CommandRun.run("help", "capture");
    assertEquals(2, run.exitCode());
    assertEquals("siplab: unknown command 'capture'; expected one of: check, gallery, help, lint,"
        + " list, new, report, rules, run\nTry 'siplab help --help' for usage.\n", run.err());
  }

  @Test
  @DisplayName("a second command name is bad usage, not silently dropped")
  void secondNameIsRefused() {
    assertEquals(new Result(2, "", "siplab: unexpected argument 'lint'; siplab help takes one"
        + " COMMAND\nTry 'siplab help --help' for usage.\n"),
        CommandRun.run("help", "run", "lint"));
  }
}
