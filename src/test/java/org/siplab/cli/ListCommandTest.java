package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.cli.CommandRun.Result;

@DisplayName("siplab list")
class ListCommandTest {

  @Test
  @DisplayName("lists every bundled scenario by its path under the project, each followed by its"
      + " name and first sentence, in path order")
  void listsTheBundledScenarios() {
    Result run = CommandRun.run("list");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    List<Path> files = ListCommand.bundled(Path.of("."));
    assertEquals(2 * files.size(), lines.size(), run.out());
    for (int i = 0; i < files.size(); i++) {
      String path = lines.get(2 * i);
      String about = lines.get(2 * i + 1);
      assertTrue(path.startsWith("scenarios/") && path.endsWith(".yaml"), path);
      assertTrue(about.startsWith("    ") && about.length() > 4, about);
      assertFalse(about.contains("does not load"), path + ": " + about);
    }
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("scenarios/rfc3665/")), run.out());
    List<String> paths = java.util.stream.IntStream.range(0, files.size())
        .mapToObj(i -> lines.get(2 * i)).toList();
    assertEquals(paths.stream().sorted().toList(), paths);
  }

  @Test
  @DisplayName("shows a description's Markdown as plain text: no ** or backticks, the words kept")
  void showsMarkdownAsPlainText() {
    Result run = CommandRun.run("list");
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    // unknown-extension.yaml's description: "Alice is registered with the PBX and dials **999**".
    int at = lines.indexOf("scenarios/chan_sip/unknown-extension.yaml");
    assertTrue(at >= 0, run.out());
    assertEquals("    chan_sip: unknown extension (404): Alice is registered with the PBX and dials"
        + " 999, a number the dialplan does not have.", lines.get(at + 1));
    assertTrue(lines.stream().noneMatch(l -> l.contains("`")), run.out());
  }
}
