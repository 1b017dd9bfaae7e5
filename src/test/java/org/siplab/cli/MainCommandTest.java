package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.cli.CommandRun.Result;

@DisplayName("siplab without a command")
class MainCommandTest {

  @Test
  @DisplayName("is bad usage: it prints nothing on stdout, says a command is missing on stderr and"
      + " exits 2, as every command does when its argument is missing")
  void noCommandIsBadUsage() {
    Result run = CommandRun.run();
    assertEquals(new Result(2, "", "siplab: no command given; expected one of: check,"
        + " gallery, help, lint, list, new, report, rules, run\n"
        + "Try 'siplab --help' for usage.\n"), run);
  }

  @Test
  @DisplayName("--help still prints the usage and exits 0")
  void helpStillExits0() {
    Result run = CommandRun.run("--help");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(CommandRun.run("help").out(), run.out());
  }
}
