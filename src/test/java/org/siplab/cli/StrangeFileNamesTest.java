package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.CommandRun.Result;
import org.siplab.scenario.load.StarterScenario;

/**
 * A file name may hold a newline or an escape sequence (Linux allows every byte but '/' and NUL).
 * Whatever the command prints, a name in it is shown as lint shows text, '?' for each control
 * character, so a name can neither split a line nor drive the terminal.
 */
@DisplayName("file names with control characters")
class StrangeFileNamesTest {

  /** A newline and the start of an escape sequence that would turn the terminal red. */
  private static final String STRANGE = "two\nlines\u001b[31m";
  private static final String SHOWN = "two?lines?[31m";

  @TempDir Path dir;

  @Test
  @DisplayName("siplab check shows a strange trace name printably in its summary and its errors")
  void check() throws IOException {
    Path trace = Files.copy(Path.of(CommandRun.traceFixture("rfc3665-3.1.trace.json")),
        dir.resolve(STRANGE + ".json"));
    Result run = CommandRun.run("check", trace.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(dir + "/" + SHOWN + ".json: 6 events, no findings\n", run.out());

    Path broken = Files.writeString(dir.resolve(STRANGE + "-broken.json"), "{\"seed\": 1,");
    Result bad = CommandRun.run("check", broken.toString());
    assertEquals(2, bad.exitCode(), bad.out() + bad.err());
    assertPrintable(bad.err());
    assertTrue(bad.err().startsWith(dir + "/" + SHOWN + "-broken.json:1:"), bad.err());
  }

  @Test
  @DisplayName("siplab report shows a strange trace name printably in its wrote line")
  void report() throws IOException {
    Path folder = Files.createDirectories(dir.resolve(STRANGE));
    Path trace = Files.copy(Path.of(CommandRun.traceFixture("rfc3665-3.1.trace.json")),
        folder.resolve("trace.json"));
    Result run = CommandRun.run("report", trace.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("wrote " + dir + "/" + SHOWN + "/index.html\n", run.out());
    assertPrintable(run.err());
  }

  @Test
  @DisplayName("siplab run shows a strange scenario name printably in the loader's errors")
  void runLoaderErrors() throws IOException {
    String text = StarterScenario.text("starter", "starter.yaml");
    Path file = dir.resolve(STRANGE + ".yaml");
    Files.writeString(file, text.replace("seed: 1", "seed: one"), StandardCharsets.UTF_8);
    Result run = CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith(dir + "/" + SHOWN + ".yaml:"), run.err());
    assertPrintable(run.err());
  }

  private static void assertPrintable(String printed) {
    assertTrue(printed.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), printed);
  }
}
