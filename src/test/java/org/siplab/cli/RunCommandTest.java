package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siplab.cli.CommandRun.Result;
import org.siplab.scenario.load.StarterScenario;

@DisplayName("siplab run")
class RunCommandTest {

  @TempDir Path dir;

  /** The scenario {@code siplab new} writes, with {@code from} replaced by {@code to}. */
  private Path starter(String from, String to) throws IOException {
    String text = StarterScenario.text("starter", "starter.yaml");
    assertTrue(text.contains(from), "the starter scenario no longer holds: " + from);
    Path file = dir.resolve("starter.yaml");
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    return file;
  }

  private Path starter() throws IOException {
    return starter("seed: 1", "seed: 1");
  }

  @Test
  @DisplayName("runs the starter scenario of siplab new: it passes, exits 0 and writes the trace"
      + " and the report")
  void runsTheStarterScenario() throws IOException {
    Path file = starter();
    Path out = dir.resolve("out");
    Result run = CommandRun.run("run", file.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("PASS " + file + " (seed 1): "), run.out());
    assertTrue(run.out().contains("no findings"), run.out());
    assertTrue(Files.isRegularFile(out.resolve("starter/trace.json")));
    assertTrue(Files.isRegularFile(out.resolve("starter/index.html")));
  }

  @Test
  @DisplayName("runs the annotated example of scenarios/README.md, and it passes")
  void runsTheReadmeExample() throws IOException {
    String readme = Files.readString(Path.of("scenarios/README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```yaml\n");
    assertTrue(start >= 0, "scenarios/README.md has no yaml example");
    int end = readme.indexOf("```", start + 8);
    Path file = dir.resolve("example.yaml");
    Files.writeString(file, readme.substring(start + 8, end), StandardCharsets.UTF_8);
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("PASS "), run.out());
  }

  @Test
  @DisplayName("a phone whose only server is its proxy registers through it: the proxy passes the"
      + " REGISTER on to the domain's registrar with the Request-URI unchanged")
  void registersThroughTheProxy() throws IOException {
    Result run = CommandRun.run("run", starter().toString(), "--out",
        dir.resolve("out").toString(), "--ladder");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(Pattern.compile("alice +--> proxy +REGISTER sip:example.com SIP/2.0").matcher(
        run.out()).find(), run.out());
    assertTrue(Pattern.compile("proxy +--> registrar +REGISTER sip:example.com SIP/2.0")
        .matcher(run.out()).find(), run.out());
    assertTrue(Pattern.compile("proxy +--> alice +SIP/2.0 200 OK").matcher(run.out()).find(),
        run.out());
  }

  @Test
  @DisplayName("an empty --out is bad usage (exit 2), not the current folder, for run, report and"
      + " gallery")
  void emptyOutIsBadUsage() throws IOException {
    for (String[] args : List.of(new String[] {"run", "--out", "", starter().toString()},
        new String[] {"report", "--out", " ", "trace.json"},
        new String[] {"gallery", "--out", ""})) {
      Result r = CommandRun.run(args);
      assertEquals(2, r.exitCode(), r.out() + r.err());
      assertTrue(r.err().contains("the folder is empty; expected a folder name, such as reports"),
          r.err());
    }
  }

  @Test
  @DisplayName("--seed replaces the scenario's seed, and the verdict line says which seed ran")
  void seedOverridesTheScenarios() throws IOException {
    Result run = CommandRun.run("run", "--seed", "5", starter().toString(), "--out",
        dir.resolve("out").toString());
    assertTrue(run.out().contains(" (seed 5): "), run.out());
  }

  @Test
  @DisplayName("a state expectation that is not met prints FAIL, where it is written, what was"
      + " seen instead and how to replay, and exits 1")
  void unmetStateExpectationExits1() throws IOException {
    Path file = starter("{ by: 4s, alice: in-call", "{ by: 1s, alice: in-call");
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().startsWith("FAIL " + file + " (seed 1): "), run.out());
    assertTrue(Pattern.compile(Pattern.quote(file.toString())
        + ":\\d+:\\d+: expected alice is in-call by 1s").matcher(run.out()).find(), run.out());
    assertTrue(run.out().contains("expected in-call"), run.out());
    assertTrue(run.out().contains("replay: ./siplab run --seed 1 " + file), run.out());
  }

  @Test
  @DisplayName("a flow expectation that is not met shows the expected flow beside the sent one,"
      + " marks the first step that differs, and exits 1")
  void unmetFlowExpectationShowsTheDifference() throws IOException {
    Path file = starter("proxy>alice 200 INVITE, ...]", "proxy>alice 486 INVITE, ...]");
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("expected flow: "), run.out());
    assertTrue(Pattern.compile("expected +\\| sent").matcher(run.out()).find(), run.out());
    assertTrue(Pattern.compile("> proxy>alice 486 INVITE").matcher(run.out()).find(), run.out());
  }

  @Test
  @DisplayName("findings: none fails when the run breaks a rule, naming the rule")
  void unmetFindingsExpectationExits1() throws IOException {
    Path file = starter("address: 192.0.2.101, proxy: proxy }",
        "address: 192.0.2.101, proxy: proxy, misbehave: [no-magic-cookie] }");
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("VIA-001"), run.out());
  }

  @Test
  @DisplayName("--ladder prints each datagram as a line of an ASCII ladder")
  void printsTheLadder() throws IOException {
    Result run = CommandRun.run("run", starter().toString(), "--out",
        dir.resolve("out").toString(), "--ladder");
    assertTrue(Pattern.compile("\\d+\\.\\d{3}s +bob +--> proxy +SIP/2.0 180 Ringing").matcher(
        run.out()).find(), run.out());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a phone without codecs|address: 192.0.2.101, proxy: proxy }|address: 192.0.2.101,"
          + " proxy: proxy, codecs: [] }",
      "a phone with only telephone-event|address: 192.0.2.101, proxy: proxy }|address:"
          + " 192.0.2.101, proxy: proxy, codecs: [telephone-event] }",
      "a proxy whose Timer C is zero|registrar: registrar }|registrar: registrar, timer-c: 0s }",
      "a registrar whose nonces never live|bob: bob-secret } }|bob: bob-secret },"
          + " nonce-lifetime: 0s }"})
  @DisplayName("a value the elements cannot work with is refused with its line and column, exit"
      + " code 2 and no stack trace")
  void refusesValuesTheElementsCannotUse(String what, String from, String to) throws IOException {
    Path file = starter(from, to);
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: ").matcher(run.err())
        .find(), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
  }
  @Test
  @DisplayName("a PBX whose ring timeout is zero is refused with its line and column and exit"
      + " code 2")
  void refusesAZeroRingTimeout() throws IOException {
    Path file = dir.resolve("pbx.yaml");
    Files.writeString(file, "elements:\n  pbx: { kind: pbx, address: 192.0.2.10,"
        + " ring-timeout: 0s }\n", StandardCharsets.UTF_8);
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains(file + ":2:56: '0s' is zero"), run.err());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
  }

  @Test
  @DisplayName("the verdict of a scenario whose file name holds a newline or an escape character"
      + " is still one line, with no control character reaching the terminal")
  void verdictOfAStrangeFileNameIsOnePrintableLine() throws IOException {
    Path file = Files.move(starter(), dir.resolve("two\nlines\u001b[31m.yaml"));
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(1, run.out().lines().count(), run.out());
    assertTrue(run.out().chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)),
        run.out());
  }

  @Test
  @DisplayName("the replay command of a failing scenario whose path holds a space quotes the path,"
      + " so that pasting it replays that file")
  void replayCommandQuotesAPathWithASpace() throws IOException {
    Path file = Files.move(starter("{ by: 4s, alice: in-call", "{ by: 1s, alice: in-call"),
        dir.resolve("my scenario.yaml"));
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("  replay: ./siplab run --seed 1 '" + file + "'\n"), run.out());
  }

  @ParameterizedTest(name = "--seed {0}")
  @CsvSource({"-1", "-9223372036854775808"})
  @DisplayName("a negative --seed is bad usage, exit 2, as a negative seed in a scenario file is"
      + " an error: seeds run from 0 to 9223372036854775807")
  void negativeSeedIsBadUsage(String seed) throws IOException {
    Path out = dir.resolve("out");
    Result run = CommandRun.run("run", "--seed", seed, starter().toString(), "--out",
        out.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("siplab: Invalid value for option '--seed': '" + seed
        + "' is below 0; expected a whole number from 0 to 9223372036854775807\n"), run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  @DisplayName("a run whose output folder cannot be made, because a file has its name, exits 2"
      + " and says what is in the way")
  void outputFolderBlockedByAFileSaysWhy() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path blocker = Files.writeString(out.resolve("starter"), "not a folder");
    Result run = CommandRun.run("run", starter().toString(), "--out", out.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("siplab: " + blocker + ": cannot write: a file of that name is in the way of"
        + " the folder\n", run.err());
  }

  @Test
  @DisplayName("a run whose --out is a file is refused before it runs: one line says the file is"
      + " in the way, nothing is printed on stdout, and it exits 2")
  void outThatIsAFileIsRefusedBeforeTheRun() throws IOException {
    Path blocker = Files.writeString(dir.resolve("afile"), "not a folder");
    Result run = CommandRun.run("run", "--out", blocker.toString(), starter().toString());
    assertEquals(new Result(2, "", "siplab: " + blocker + ": cannot write: a file of that name"
        + " is in the way of the folder\n"), run);
  }

  @Test
  @DisplayName("two scenario files of the same name in different folders are bad usage, exit 2,"
      + " before either runs: both would write OUT/NAME, and the second would replace the first")
  void twoScenariosThatWouldWriteOneFolderAreBadUsage() throws IOException {
    Path first = Files.copy(starter(), Files.createDirectories(dir.resolve("a")).resolve("x.yaml"));
    Path second = Files.copy(first, Files.createDirectories(dir.resolve("b")).resolve("x.yaml"));
    Path out = dir.resolve("out");
    Result run = CommandRun.run("run", first.toString(), second.toString(), "--out",
        out.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    assertEquals("siplab: " + first + " and " + second + " would both write " + out.resolve("x")
        + "; run them one at a time, each with its own --out\n", run.err());
    assertFalse(Files.exists(out));
  }

  @Test
  @DisplayName("the same scenario file given twice runs twice into its one folder, as the second"
      + " run writes what the first did")
  void theSameFileTwiceRunsTwice() throws IOException {
    Path file = starter();
    Path out = dir.resolve("out");
    Path sameFile = dir.resolve(".").resolve(file.getFileName());
    Result run = CommandRun.run("run", file.toString(), sameFile.toString(), "--out",
        out.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(2, run.out().lines().filter(l -> l.startsWith("PASS ")).count(), run.out());
  }
}
