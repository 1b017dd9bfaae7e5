package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import picocli.CommandLine;

@DisplayName("siplab new")
class NewCommandTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  @DisplayName("writes NAME.yaml, a starter scenario that loads without errors")
  void writesAStarterThatLoads() {
    String name = dir.resolve("first-call").toString();
    Run run = run("new", name);
    assertEquals(new Run(0, "wrote " + name + ".yaml; run it with: siplab run " + name
        + ".yaml\n", ""), run);
    LoadResult loaded = ScenarioLoader.load(Path.of(name + ".yaml"));
    assertTrue(loaded.isValid(), loaded::errorReport);
    assertEquals("first-call", loaded.orThrow().name());
  }

  @Test
  @DisplayName("writes to the path given when it ends in .yaml, in UTF-8 with \\n line ends")
  void writesToAGivenPath() throws IOException {
    Path path = dir.resolve("lab 1.yaml");
    assertEquals(0, run("new", path.toString()).exitCode());
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertTrue(text.contains("name: \"lab 1\"\n") && !text.contains("\r"), text);
  }

  @Test
  @DisplayName("the file's own comment gives the same run command as the line printed, quoted"
      + " the same way")
  void theCommentGivesThePrintedCommand() throws IOException {
    Path path = dir.resolve("My First.yaml");
    Run run = run("new", dir.resolve("My First").toString());
    String command = run.out().substring(run.out().indexOf("run it with: ") + 13).strip();
    assertEquals("siplab run '" + path + "'", command);
    assertTrue(Files.readString(path, StandardCharsets.UTF_8)
        .contains("\n# Run it with: " + command + "\n"), Files.readString(path));
  }

  @Test
  @DisplayName("refuses to overwrite a file, exits 2 and leaves the file as it was")
  void refusesToOverwrite() throws IOException {
    Path path = dir.resolve("mine.yaml");
    Files.writeString(path, "mine\n", StandardCharsets.UTF_8);
    Run run = run("new", path.toString());
    assertEquals(new Run(Main.BAD_INPUT, "", "siplab: " + path + " already exists; choose another"
        + " name, or remove the file first\n"), run);
    assertEquals("mine\n", Files.readString(path, StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("exits 2 with a message when the directory does not exist")
  void unwritable() {
    Path path = dir.resolve("no-such-dir").resolve("x.yaml");
    Run run = run("new", path.toString());
    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().startsWith("siplab: cannot write " + path), run.err());
    assertTrue(run.err().contains("does not exist; create it first"), run.err());
  }

  @Test
  @DisplayName("refuses an empty name or one with a line break, exits 2 and writes nothing")
  void refusesEmptyAndMultiLineNames() {
    for (String name : new String[] {"", " ", ".yaml", "a\nb"}) {
      Run run = run("new", name);
      assertEquals(Main.BAD_INPUT, run.exitCode(), name + ": " + run);
      assertTrue(run.err().startsWith("siplab: the name "), run.err());
    }
    assertFalse(Files.exists(Path.of(".yaml")), "no hidden .yaml was written");
  }

  @Test
  @DisplayName("prints the run command as one shell word: quoted with a space, after ./ with a"
      + " leading '-'")
  void printsARunnableCommand() {
    assertEquals("'lab 1.yaml'", NewCommand.shellWord("lab 1.yaml"));
    assertEquals("./-dash.yaml", NewCommand.shellWord("-dash.yaml"));
    assertEquals("'it'\\''s.yaml'", NewCommand.shellWord("it's.yaml"));
    assertEquals("calls/first.yaml", NewCommand.shellWord("calls/first.yaml"));
  }

  @Test
  @DisplayName("exits 2 without a name")
  void needsAName() {
    assertEquals(Main.BAD_INPUT, run("new").exitCode());
  }
}
