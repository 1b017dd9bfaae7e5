package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.cli.CommandRun.Result;

/**
 * DESIGN.md: an invalid input file exits 2 and "the message says file:line:column", lines and
 * columns counted from 1 in characters. A trace.json is the input file of check and report.
 */
@DisplayName("an invalid trace.json given to check or report")
class TraceFilePositionsTest {

  @TempDir Path dir;

  /** Runs the command on a file holding {@code json}; returns what it printed on stderr. */
  private String refused(String command, String json) throws IOException {
    Path file = dir.resolve("trace.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Result run = command.equals("report")
        ? CommandRun.run("report", file.toString(), "--out", dir.resolve("out").toString())
        : CommandRun.run(command, file.toString());
    assertEquals(Main.BAD_INPUT, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertEquals(1, run.err().lines().count(), run.err());
    return run.err().replace(file.toString(), "FILE");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a JSON syntax error is reported as FILE:LINE:COLUMN, the column counted in"
      + " characters (an emoji is one)")
  void syntaxError(String command) throws IOException {
    String err = refused(command, "{\"scenario\": \"\uD83D\uDE00\", \"seed\": 1, \"events\": [}");
    assertEquals("FILE:1:41: not valid JSON: unexpected '}'; expected ']' (opened at line 1)\n",
        err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a character that cannot start a value says so in words, not in Jackson's"
      + " terms and character codes")
  void syntaxErrorInPlainWords(String command) throws IOException {
    String err = refused(command, "{\"scenario\": # a comment\n}");
    assertEquals("FILE:1:14: not valid JSON: unexpected '#'; expected a JSON value (a string in"
        + " double quotes, a number, [...], {...}, true, false or null)\n", err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with an event out of order points at that event's seq")
  void eventOutOfOrder(String command) throws IOException {
    String err = refused(command, "{\n  \"scenario\": \"x\",\n  \"seed\": 1,\n"
        + "  \"events\": [{\"seq\": 5, \"timeUs\": 0, \"type\": \"send\"}]\n}\n");
    assertEquals("FILE:4:22: event seq 5 is out of order; expected 1\n", err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with an event of an unknown type points at its type, CRLF line ends counting one"
      + " line each, and says which types there are")
  void unknownType(String command) throws IOException {
    String err = refused(command, "{\r\n \"scenario\": \"x\",\r\n \"seed\": 1,\r\n"
        + " \"events\": [\r\n"
        + "  {\"seq\": 1, \"timeUs\": 0, \"type\": \"bogus\"}\r\n ]\r\n}\r\n");
    assertTrue(err.startsWith("FILE:5:35: event 1 has an unknown type 'bogus'; expected one of:"
        + " send, deliver, "), err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("that is JSON but not a trace points at its top-level value")
  void notATrace(String command) throws IOException {
    String err = refused(command, "\n  [1, 2]\n");
    assertEquals("FILE:2:3: not a siplab trace: the top level must be an object with 'scenario',"
        + " 'seed' and 'events'\n", err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("whose seed is not a whole number is refused at the seed, not read as seed 0")
  void seedNotANumber(String command) throws IOException {
    String err = refused(command, "{\"scenario\": \"x\",\n \"seed\": \"one\",\n \"events\": []}");
    assertEquals("FILE:2:10: the seed is \"one\"; expected a whole number, the run's seed\n", err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("whose events are not a list is refused at them, not read as a trace of no events")
  void eventsNotAList(String command) throws IOException {
    String err = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": 5}");
    assertEquals("FILE:1:40: 'events' is 5; expected the list of the run's events\n", err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with an event that is not an object, or whose time is not a whole number, is"
      + " refused at it")
  void eventOfTheWrongShape(String command) throws IOException {
    String notObject = refused(command,
        "{\"scenario\": \"x\", \"seed\": 1, \"events\": [7]}");
    assertEquals("FILE:1:41: event 1 is 7; expected an object with seq, timeUs and type\n",
        notObject);
    String badTime = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": ["
        + "{\"seq\": 1, \"timeUs\": \"soon\", \"type\": \"action\"}]}");
    assertEquals("FILE:1:62: event 1 has timeUs \"soon\"; expected a whole number of microseconds"
        + " since the start of the run\n", badTime);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a type that holds a newline or an escape is still reported on one printable"
      + " line")
  void typeWithControlCharacters(String command) throws IOException {
    String err = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": ["
        + "{\"seq\": 1, \"timeUs\": 0, \"type\": \"a\\nb\\u001b[31m\"}]}");
    assertTrue(err.startsWith("FILE:1:73: event 1 has an unknown type 'a?b?[31m'; expected "), err);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a cause that is not a whole number, or names no earlier event, is refused at"
      + " the cause, not read as another event's")
  void causeOfTheWrongShape(String command) throws IOException {
    String text = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": ["
        + "{\"seq\": 1, \"timeUs\": 0, \"type\": \"action\", \"cause\": \"timer\"}]}");
    assertEquals("FILE:1:92: event 1 has cause \"timer\"; expected the seq of an earlier event,"
        + " or null\n", text);
    String later = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": ["
        + "{\"seq\": 1, \"timeUs\": 0, \"type\": \"action\", \"cause\": 1}]}");
    assertEquals("FILE:1:92: event 1 has cause 1; expected the seq of an earlier event, or"
        + " null\n", later);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a number, a flag or a text field of the wrong type is refused at that field")
  void fieldsOfTheWrongType(String command) throws IOException {
    String prefix = "{\"scenario\": \"x\", \"seed\": 1, \"events\": [{\"seq\": 1, \"timeUs\": 0, ";
    assertEquals("FILE:1:96: event 1 has durationUs \"4s\"; expected a whole number\n",
        refused(command, prefix + "\"type\": \"timer\", \"durationUs\": \"4s\"}]}"));
    assertEquals("FILE:1:92: event 1 has copy \"yes\"; expected true or false\n",
        refused(command, prefix + "\"type\": \"deliver\", \"copy\": \"yes\"}]}"));
    assertEquals("FILE:1:89: event 1 has from {\"name\":\"alice\"}; expected a text or null\n",
        refused(command, prefix + "\"type\": \"send\", \"from\": {\"name\": \"alice\"}}]}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a finding whose event is not a whole number, or whose severity is none of"
      + " error, warning and info, is refused at it")
  void findingOfTheWrongShape(String command) throws IOException {
    String err = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": [],\n"
        + " \"findings\": [{\"rule\": \"MSG-001\", \"event\": \"first\"}]}");
    assertEquals("FILE:2:44: finding 1 has event \"first\"; expected the seq of the event it is"
        + " about\n", err);
    String severity = refused(command, "{\"scenario\": \"x\", \"seed\": 1, \"events\": [],\n"
        + " \"findings\": [{\"rule\": \"MSG-001\", \"severity\": \"bogus\"}]}");
    assertEquals("FILE:2:47: finding 1 has severity \"bogus\"; expected error, warning or info\n",
        severity);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("with a run summary whose expectation is met \"yes\" is refused at it, rather than"
      + " read as an expectation that failed")
  void runSummaryOfTheWrongShape(String command) throws IOException {
    String prefix = "{\"scenario\": \"x\", \"seed\": 1, \"events\": [],\n \"run\": ";
    assertEquals("FILE:2:50: expectation 2 of the run has met \"yes\"; expected true or false\n",
        refused(command, prefix + "{\"expectations\": [{\"met\": true}, {\"met\": \"yes\"}]}}"));
    assertEquals("FILE:2:26: the run's expectations are {\"met\":true}; expected a list of objects"
        + " with what, where, met and explanation\n",
        refused(command, prefix + "{\"expectations\": {\"met\": true}}}"));
    assertEquals("FILE:2:21: the run has runaway \"no\"; expected true or false\n",
        refused(command, prefix + "{\"runaway\": \"no\"}}"));
    assertEquals("FILE:2:25: item 2 of the run's notes is 7; expected a text\n",
        refused(command, prefix + "{\"notes\": [\"a\", 7]}}"));
    assertEquals("FILE:2:9: 'run' is []; expected the run's summary, an object with file, passed"
        + " and expectations\n", refused(command, prefix + "[]}"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"check", "report"})
  @DisplayName("nested deeper than the JSON reader allows is refused at the bracket that goes one"
      + " level too deep, in words")
  void nestedTooDeep(String command) throws IOException {
    String err = refused(command, "{\"scenario\": \"x\", \"seed\": 1,\n \"events\": "
        + "[".repeat(1200) + "]".repeat(1200) + "}");
    assertEquals("FILE:2:1011: not valid JSON: lists and objects are nested more than 1000 deep"
        + " here; a trace.json nests a few levels\n", err);
  }
}
