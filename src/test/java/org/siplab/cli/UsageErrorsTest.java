package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.cli.CommandRun.Result;

@DisplayName("a mistyped command line")
class UsageErrorsTest {

  private static Result badUsage(String message, String command) {
    return new Result(2, "", "siplab: " + message + "\nTry '" + command + " --help' for usage.\n");
  }

  @Test
  @DisplayName("names the command it does not know and the one that is one slip away")
  void aMisspeltCommandGetsTheClosestOne() {
    assertEquals(badUsage("unknown command 'lsit'; did you mean 'list'?", "siplab"),
        CommandRun.run("lsit"));
    assertEquals(badUsage("unknown command 'rule'; did you mean 'rules'?", "siplab"),
        CommandRun.run("rule"));
  }

  @Test
  @DisplayName("takes a command in the wrong case for the command in its own case")
  void aCommandInCapitalsGetsTheCommand() {
    assertEquals(badUsage("unknown command 'RUN'; did you mean 'run'?", "siplab"),
        CommandRun.run("RUN", "my-first.yaml"));
  }

  @Test
  @DisplayName("lists the commands when none is close to the word given")
  void anUnknownWordGetsTheList() {
    assertEquals(badUsage("unknown command 'frobnicate'; expected one of: check, gallery, help,"
        + " lint, list, new, report, rules, run", "siplab"), CommandRun.run("frobnicate"));
  }

  @Test
  @DisplayName("names the option it does not know and the one meant, case ignored")
  void aMisspeltOptionGetsTheClosestOne() {
    assertEquals(badUsage("unknown option '--Seed'; did you mean '--seed'?", "siplab run"),
        CommandRun.run("run", "--Seed", "1", "x.yaml"));
    assertEquals(badUsage("unknown option '--ladr'; did you mean '--ladder'?", "siplab run"),
        CommandRun.run("run", "--ladr=yes", "x.yaml"));
  }

  @Test
  @DisplayName("says that new takes one NAME when it is given two")
  void anExtraArgumentSaysWhatTheCommandTakes() {
    assertEquals(badUsage("unexpected argument 'b'; siplab new takes one NAME", "siplab new"),
        CommandRun.run("new", "a", "b"));
    assertEquals(badUsage("unexpected argument 'x'; siplab list takes no arguments",
        "siplab list"), CommandRun.run("list", "x"));
  }

  @Test
  @DisplayName("says that an option's value is missing, with the option and its value's name")
  void aMissingOptionValueNamesTheOptionAndItsValue() {
    assertEquals(badUsage("option '--seed' needs a value after it; expected --seed N",
        "siplab run"), CommandRun.run("run", "x.yaml", "--seed"));
    assertEquals(badUsage("option '--out' needs a value after it; expected --out DIR",
        "siplab gallery"), CommandRun.run("gallery", "--out"));
  }

  @Test
  @DisplayName("says what a command takes when its file is missing")
  void aMissingFileSaysWhatTheCommandTakes() {
    assertEquals(badUsage("missing SCENARIO; siplab run takes one or more SCENARIO",
        "siplab run"), CommandRun.run("run", "--seed", "3"));
    assertEquals(badUsage("missing TRACE; siplab check takes one TRACE", "siplab check"),
        CommandRun.run("check"));
  }

  @Test
  @DisplayName("says that a switch takes no value when it is given one")
  void aSwitchGivenAValueIsToldToStandAlone() {
    assertEquals(badUsage("option '--ladder' takes no value, found 'yes'; expected --ladder"
        + " alone", "siplab run"), CommandRun.run("run", "--ladder=yes", "x.yaml"));
  }
}
