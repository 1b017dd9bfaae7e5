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
  @DisplayName("a missing, unreadable or invalid trace exits 2 with 'siplab: FILE: reason' and writes nothing")
  void badTraces() throws IOException {
    Path missing = dir.resolve("missing.json");
    assertFails(missing.toString(), "cannot read: no such file");
    assertFails(dir.toString(), "cannot read: it is a directory");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"events\": [", StandardCharsets.UTF_8);
    assertFails(broken.toString(), "not valid JSON at line 1, column 13: ");
    Path other = dir.resolve("other.json");
    Files.writeString(other, "[1, 2]", StandardCharsets.UTF_8);
    assertFails(other.toString(), "not a siplab trace: the top level must be an object with"
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
    assertTrue(run.err().startsWith("siplab: " + blocker.resolve("out") + ": cannot write: "),
        run.err());
    assertFalse(run.err().contains("\tat "), run.err());
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

  /** The run fails with this reason, or a reason that starts with it when it ends in a space. */
  private void assertFails(String file, String reason) {
    CommandRun.Result run = CommandRun.run("report", file, "--out", dir.resolve("out").toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    String expected = "siplab: " + file + ": " + reason;
    if (reason.endsWith(" ")) {
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
