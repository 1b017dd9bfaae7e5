package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.siplab.check.Checker;
import org.siplab.sim.LinkProfile;
import org.siplab.testkit.Draw;
import org.siplab.testkit.Lab;
import org.siplab.trace.TraceJson;

@DisplayName("siplab report")
class ReportCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @DisplayName("renders TRACE into DIR/index.html and says where")
  void writesTheReport() throws IOException {
    String trace = CommandRun.traceFixture("rfc3665-3.2.trace.json");
    Path out = dir.resolve("out");
    CommandRun.Result run = CommandRun.run("report", trace, "--out", out.toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertEquals("wrote " + out.resolve("index.html") + "\n", run.out());
    assertEquals("", run.err());
    String html = Files.readString(out.resolve("index.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<h1>rfc3665-3.2</h1>"));
    assertEquals(23, html.split("\" data-seq=\"").length - 1, "an arrow per datagram");
  }

  @Test
  @DisplayName("without --out the report goes next to the trace")
  void nextToTheTrace() throws IOException {
    Path trace = dir.resolve("run/trace.json");
    Files.createDirectories(trace.getParent());
    Files.writeString(trace, callTrace(), StandardCharsets.UTF_8);
    CommandRun.Result run = CommandRun.run("report", trace.toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertTrue(Files.exists(dir.resolve("run/index.html")));
  }

  @Test
  @DisplayName("a missing, unreadable or invalid trace exits 2 with 'siplab: FILE: reason', or"
      + " 'FILE:LINE:COLUMN: reason' when its text is wrong, and writes nothing")
  void badTraces() throws IOException {
    Path missing = dir.resolve("missing.json");
    assertFails(missing.toString(), "cannot read: no such file");
    assertFails(dir.toString(), "cannot read: it is a directory");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"events\": [", StandardCharsets.UTF_8);
    assertFailsAt(broken.toString(), "1:13: not valid JSON: ");
    Path other = dir.resolve("other.json");
    Files.writeString(other, "[1, 2]", StandardCharsets.UTF_8);
    assertFailsAt(other.toString(), "1:1: not a siplab trace: the top level must be an object with"
        + " 'scenario', 'seed' and 'events'");
    Path latin1 = dir.resolve("latin1.json");
    Files.write(latin1, new byte[] {'{', (byte) 0xe9, '}'});
    assertFails(latin1.toString(), "cannot read: it is not UTF-8 text");
    assertFalse(Files.exists(dir.resolve("out")));
  }

  @Test
  @DisplayName("a report that cannot be written exits 2 with the folder and why")
  void cannotWrite() throws IOException {
    Path trace = dir.resolve("trace.json");
    Files.writeString(trace, callTrace(), StandardCharsets.UTF_8);
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "not a folder");
    CommandRun.Result run = CommandRun.run("report", trace.toString(), "--out",
        blocker.resolve("out").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    // The file in the way is named, not the folder below it, with no "Not a directory".
    assertEquals("siplab: " + blocker + ": cannot write: a file of that name is in the way of the"
        + " folder\n", run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }

  @Test
  @DisplayName("a report whose --out is a file exits 2 and says the file is in the way of the"
      + " folder, not only its path")
  void outIsAFile() throws IOException {
    Path trace = dir.resolve("trace.json");
    Files.writeString(trace, callTrace(), StandardCharsets.UTF_8);
    Path blocker = Files.writeString(dir.resolve("file"), "not a folder");
    CommandRun.Result run = CommandRun.run("report", trace.toString(), "--out",
        blocker.toString());
    assertEquals(new CommandRun.Result(Main.BAD_INPUT, "", "siplab: " + blocker
        + ": cannot write: a file of that name is in the way of the folder\n"), run);
  }

  @Test
  @DisplayName("a trace.json with fields removed, nulled or of the wrong type is rendered or"
      + " refused, never a stack trace")
  void oddTracesNeverThrow() throws IOException {
    JsonNode trace = MAPPER.readTree(callTrace());
    Path file = dir.resolve("odd.json");
    Path out = dir.resolve("odd");
    Gen<String> odd = in -> TraceMangling.mangle(trace.deepCopy(), new Draw(in));
    qt().withFixedSeed(20261126L).withExamples(40).forAll(odd).checkAssert(json -> {
      try {
        Files.writeString(file, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      CommandRun.Result run = CommandRun.run("report", file.toString(), "--out", out.toString());
      assertTrue(run.exitCode() == Main.OK || run.exitCode() == Main.BAD_INPUT, run.err());
      assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    });
  }

  @Test
  @DisplayName("siplab report on a run's own trace.json writes the bytes of the report run wrote,"
      + " note links included")
  void sameReportAsRun() throws IOException {
    Path runDir = runScenario(dir.resolve("run"));
    byte[] written = Files.readAllBytes(runDir.resolve("index.html"));
    assertFalse(RunOutputPathsTest.noteLinks(new String(written, StandardCharsets.UTF_8))
        .isEmpty());
    CommandRun.Result again = CommandRun.run("report", runDir.resolve("trace.json").toString());
    assertEquals(Main.OK, again.exitCode(), again.err());
    assertArrayEquals(written, Files.readAllBytes(runDir.resolve("index.html")),
        "re-rendered in place");
    Path copy = dir.resolve("copy/" + RunOutputPathsTest.NAME);
    CommandRun.Result elsewhere = CommandRun.run("report", runDir.resolve("trace.json")
        .toString(), "--out", copy.toString());
    assertEquals(Main.OK, elsewhere.exitCode(), elsewhere.err());
    assertArrayEquals(written, Files.readAllBytes(copy.resolve("index.html")),
        "rendered into another folder as deep below the repository");
  }

  @Test
  @DisplayName("a run's trace.json stripped of findings and annotations renders as the run's"
      + " report: findings counted and steps explained")
  void strippedTraceGetsFindingsAndExplanations() throws IOException {
    Path runDir = runScenario(dir.resolve("run"));
    ObjectNode trace = (ObjectNode) MAPPER.readTree(runDir.resolve("trace.json").toFile());
    trace.remove("findings");
    trace.get("events").forEach(e -> ((ObjectNode) e).remove("annotation"));
    Path stripped = dir.resolve("stripped/" + RunOutputPathsTest.NAME);
    Files.createDirectories(stripped);
    Files.writeString(stripped.resolve("trace.json"), MAPPER.writeValueAsString(trace));
    CommandRun.Result run = CommandRun.run("report", stripped.resolve("trace.json").toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    String html = Files.readString(stripped.resolve("index.html"));
    assertTrue(html.contains("<span class=\"count error\">2 errors</span>"), "findings counted");
    assertEquals(Files.readString(runDir.resolve("index.html")), html,
        "the checker's findings and the annotator's explanations, as run made them");
  }

  @Test
  @DisplayName("findings and annotations stored in a trace.json are the record: the report shows"
      + " them, not the checker's")
  void storedFindingsAndAnnotationsWin() throws IOException {
    Path runDir = runScenario(dir.resolve("run"));
    ObjectNode trace = (ObjectNode) MAPPER.readTree(runDir.resolve("trace.json").toFile());
    trace.putArray("findings");
    ((ObjectNode) trace.get("events").get(0)).put("annotation", "A teacher wrote this step");
    Files.writeString(runDir.resolve("trace.json"), MAPPER.writeValueAsString(trace));
    CommandRun.Result run = CommandRun.run("report", runDir.resolve("trace.json").toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    String html = Files.readString(runDir.resolve("index.html"));
    assertTrue(html.contains("<span class=\"count error\">0 errors</span>"), "stored: none");
    assertTrue(html.contains("A teacher wrote this step"));
  }

  @Test
  @DisplayName("a hand-edited trace the annotator cannot read is still rendered, with a warning"
      + " that the steps are not explained")
  void unreadableForTheAnnotator() throws IOException {
    ObjectNode trace = (ObjectNode) MAPPER.readTree(callTrace());
    trace.get("events").forEach(e -> {
      if ("transaction".equals(e.path("type").asText())) {
        ((ObjectNode) e).putNull("kind");
      }
    });
    Path file = dir.resolve("edited.json");
    Files.writeString(file, MAPPER.writeValueAsString(trace), StandardCharsets.UTF_8);
    CommandRun.Result run = CommandRun.run("report", file.toString(), "--out",
        dir.resolve("out").toString());
    assertEquals(Main.OK, run.exitCode(), run.err());
    assertEquals("siplab: " + file + ": warning: the annotator cannot read this trace (an event"
        + " is not as siplab writes it), so the report has no explanations or learner-note links"
        + " from it\n", run.err());
    assertTrue(Files.readString(dir.resolve("out/index.html")).contains("data-seq=\""));
  }

  /** Runs the CSeq scenario (two error findings, learner notes) into {@code out}. */
  private static Path runScenario(Path out) {
    CommandRun.Result run = CommandRun.run("run", "--out", out.toString(),
        RunOutputPathsTest.SCENARIO);
    assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
    return out.resolve(RunOutputPathsTest.NAME);
  }

  /** The run fails with this reason, or a reason that starts with it when it ends in a space. */
  private void assertFails(String file, String reason) {
    assertFailsWith(file, "siplab: " + file + ": " + reason);
  }

  /** As {@link #assertFails}, for a reason that has its place in the file: FILE:LINE:COLUMN. */
  private void assertFailsAt(String file, String placeAndReason) {
    assertFailsWith(file, file + ":" + placeAndReason);
  }

  private void assertFailsWith(String file, String expected) {
    CommandRun.Result run = CommandRun.run("report", file, "--out", dir.resolve("out").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    if (expected.endsWith(" ")) {
      boolean oneLine = run.err().indexOf('\n') == run.err().length() - 1;
      assertTrue(run.err().startsWith(expected) && oneLine, run.err());
    } else {
      assertEquals(expected + "\n", run.err());
    }
    assertEquals("", run.out());
  }

  /** A call with a lost ACK, as trace.json: every kind of event a call makes. */
  private static String callTrace() {
    Lab lab = new Lab(2, LinkProfile.ofDelay(10_000));
    lab.dropNth(1, "alice", "bob", "ACK");
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(5_000_000);
    return TraceJson.write(lab.sim.trace(), Map.of(), Checker.check(lab.sim.trace()));
  }
}
