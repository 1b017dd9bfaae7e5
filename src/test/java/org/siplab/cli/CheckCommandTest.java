package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.siplab.check.Checker;
import org.siplab.scenario.load.StarterScenario;
import org.siplab.testkit.Draw;
import org.siplab.trace.TraceJson;
import org.siplab.trace.TraceReader;

@DisplayName("siplab check")
class CheckCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @DisplayName("a trace with an error finding exits 1 and prints its findings grouped by rule")
  void errorsExitOne() {
    String file = CommandRun.traceFixture("rfc3665-3.2.trace.json");
    CommandRun.Result run = CommandRun.run("check", file);
    assertEquals(Main.CHECK_FAILED, run.exitCode(), run.err());
    String out = run.out();
    assertTrue(out.startsWith(file + ": 23 events, 5 findings: 5 errors, 0 warnings, 0 info\n"),
        out);
    int msg = out.indexOf("\nMSG-001 error: Every message follows the SIP grammar\n"
        + "  (RFC 3261 sections 7 and 25)\n  event 4 at 0.03 s, alice > proxy-1: INVITE");
    int via = out.indexOf("\nVIA-002 error: A branch is used by one transaction only\n");
    assertTrue(msg > 0 && via > msg, "grouped by rule, in catalog order:\n" + out);
    int[] events = {16, 17, 19, 20};
    int at = via;
    for (int event : events) {
      int next = out.indexOf("\n  event " + event + " at ", at);
      assertTrue(next > at, "event " + event + " in order under VIA-002:\n" + out);
      at = next;
    }
    assertTrue(out.contains("\n    proxy-1 sent ACK with branch 'z9hG4bK2d4790.1', already used"
        + " by proxy-1 for\n    INVITE to proxy-2 (event 5);"), out);
    assertEquals("", run.err());
  }

  @Test
  @DisplayName("prints what the README shows for the gallery's 3.8 trace")
  void readmeExample() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String command = "    $ ./siplab check reports/3.8-unsuccessful-no-answer/trace.json\n";
    int at = readme.indexOf(command);
    assertTrue(at >= 0, "the README shows siplab check on the 3.8 trace");
    int from = at + command.length();
    String shown = readme.substring(from, readme.indexOf('\n', from)).strip();
    CommandRun.Result run = CommandRun.run("check",
        "reports/3.8-unsuccessful-no-answer/trace.json");
    assertEquals(shown, run.out().strip());
  }

  @Test
  @DisplayName("a trace with only a warning exits 0 and still shows it")
  void warningExitsZero() {
    CommandRun.Result run = CommandRun.run("check",
        CommandRun.traceFixture("rfc3665-2.5.trace.json"));
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains(": 4 events, 1 finding: 0 errors, 1 warning, 0 info\n"));
    assertTrue(run.out().contains("\nCALLID-003 warning: A retry after 401 or 407 keeps"));
  }

  @Test
  @DisplayName("a clean trace exits 0 and says there are no findings")
  void cleanExitsZero() {
    String file = CommandRun.traceFixture("rfc3665-3.1.trace.json");
    CommandRun.Result run = CommandRun.run("check", file);
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertEquals(file + ": 6 events, no findings\n", run.out());
  }

  @Test
  @DisplayName("a scenario file given to check or report, where a trace is expected, is named as"
      + " a scenario, with the command that runs it, not as text that is not JSON")
  void aScenarioGivenForATraceSaysHowToRunIt() throws IOException {
    Path scenario = dir.resolve("my-first.yaml");
    Files.writeString(scenario, StarterScenario.text("my-first", "my-first.yaml"));
    Path unnamed = dir.resolve("my-first.txt");
    Files.writeString(unnamed, StarterScenario.text("my-first", "my-first.txt"));
    for (Path file : List.of(scenario, unnamed)) {
      for (String command : List.of("check", "report")) {
        CommandRun.Result run = CommandRun.run(command, file.toString());
        assertEquals(new CommandRun.Result(Main.BAD_INPUT, "", file + ":1:1: this is a scenario"
            + " file, not a trace; expected a trace.json or a capture (run the scenario with:"
            + " siplab run " + file + ")\n"), run);
      }
    }
  }

  @Test
  @DisplayName("a missing file, a directory, text that is not JSON or JSON that is not a trace"
      + " exits 2 with siplab: FILE: why, or FILE:LINE:COLUMN: why when the text is wrong, and no"
      + " stack trace")
  void badFiles() throws IOException {
    Path notJson = Files.writeString(dir.resolve("notes.txt"), "INVITE sip:bob SIP/2.0\n");
    Path notTrace = Files.writeString(dir.resolve("list.json"), "[1, 2, 3]\n");
    Path badSeq = Files.writeString(dir.resolve("seq.json"),
        "{\"scenario\": \"x\", \"seed\": 1, \"events\": [{\"seq\": 5, \"type\": \"send\"}]}");
    Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
    Map<String, String> expected = Map.of(
        dir.resolve("missing.json").toString(), "siplab: " + dir.resolve("missing.json")
            + ": cannot read: no such file",
        dir.toString(), "siplab: " + dir + ": cannot read: it is a directory",
        notJson.toString(), notJson + ":1:1: not valid JSON: ",
        notTrace.toString(), notTrace + ":1:1: not a siplab trace",
        badSeq.toString(), badSeq + ":1:49: event seq 5 is out of order",
        latin1.toString(), "siplab: " + latin1 + ": cannot read: it is not UTF-8 text");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      CommandRun.Result run = CommandRun.run("check", e.getKey());
      assertEquals(Main.BAD_INPUT, run.exitCode(), e.getKey());
      assertTrue(run.err().startsWith(e.getValue()), run.err());
      assertFalse(run.err().contains("\tat "), run.err());
      assertEquals("", run.out());
    }
  }

  @Test
  @DisplayName("--write stores the findings in the file and keeps its annotations")
  void write() throws IOException {
    String fixture = Files.readString(Path.of(CommandRun.traceFixture("rfc3665-3.2.trace.json")));
    TraceReader.Document doc = TraceReader.read(fixture);
    Path file = dir.resolve("trace.json");
    Files.writeString(file, TraceJson.write(doc.trace(), Map.of(16L, "the ACK for the 2xx"),
        List.of()));
    CommandRun.Result run = CommandRun.run("check", "--write", file.toString());
    assertEquals(Main.CHECK_FAILED, run.exitCode(), run.err());
    assertTrue(run.out().endsWith("findings written to " + file + "\n"), run.out());
    TraceReader.Document written = TraceReader.read(Files.readString(file));
    assertEquals(Checker.check(doc.trace()), written.findings());
    assertEquals(Map.of(16L, "the ACK for the 2xx"), written.annotations());
    CommandRun.run("check", "--write", file.toString());
    assertEquals(TraceJson.write(written.trace(), written.annotations(), written.findings()),
        Files.readString(file), "writing twice changes nothing");
  }

  @Test
  @DisplayName("prints the same bytes every run")
  void deterministic() {
    String file = CommandRun.traceFixture("rfc3665-3.2.trace.json");
    assertEquals(CommandRun.run("check", file).out(), CommandRun.run("check", file).out());
  }

  @Test
  @DisplayName("a trace.json with fields removed, nulled or of the wrong type is checked or"
      + " refused, never a stack trace")
  void oddTracesNeverThrow() throws IOException {
    JsonNode trace = MAPPER.readTree(
        Files.readString(Path.of(CommandRun.traceFixture("rfc3665-3.2.trace.json"))));
    Path file = dir.resolve("odd.json");
    Gen<String> odd = in -> TraceMangling.mangle(trace.deepCopy(), new Draw(in));
    qt().withFixedSeed(20260312L).withExamples(150).forAll(odd).checkAssert(json -> {
      try {
        Files.writeString(file, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CommandRun.Result run = CommandRun.run("check", file.toString());
      assertTrue(run.exitCode() >= 0 && run.exitCode() <= 2, run.err());
      assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    });
  }

  @Test
  @DisplayName("a trace.json saved with a byte order mark, as some Windows editors save UTF-8, is"
      + " checked as the same file without it")
  void byteOrderMarkIsSkipped() throws IOException {
    String fixture = CommandRun.traceFixture("rfc3665-3.2.trace.json");
    Path withBom = dir.resolve("trace.json");
    Files.writeString(withBom, "\uFEFF" + Files.readString(Path.of(fixture)),
        StandardCharsets.UTF_8);
    CommandRun.Result plain = CommandRun.run("check", fixture);
    CommandRun.Result run = CommandRun.run("check", withBom.toString());
    assertEquals(plain.exitCode(), run.exitCode(), run.err());
    assertEquals(plain.out().replace(fixture, "FILE"), run.out().replace(withBom.toString(),
        "FILE"));
    assertEquals("", run.err());
  }
}
