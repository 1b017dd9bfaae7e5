package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where {@code siplab run} writes and what its outputs name. Tests run in the repository, which is
 * the siplab folder when {@code siplab.home} is not set ({@link Home}).
 */
@DisplayName("siplab run: the paths its outputs name")
class RunOutputPathsTest {

  static final String SCENARIO = "scenarios/rules/cseq-007-lower-cseq-accepted.yaml";
  static final String NAME = "cseq-007-lower-cseq-accepted";
  private static final Pattern NOTE_LINK =
      Pattern.compile("\"((?:\\.\\./)*[^\"]*notes/[^\"]+\\.md)\"");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** A folder under target/, inside the siplab folder but at another depth than reports/. */
  private static final Path INSIDE = Path.of("target", "run-command-test");

  @TempDir Path dir;

  @AfterEach
  void removeInside() throws IOException {
    ReportFiles.delete(INSIDE);
  }

  @Test
  @DisplayName("a scenario given by its absolute path is replayed by its path from the repository"
      + " root, and no output names the absolute path")
  void absoluteScenarioInsideTheRepository() throws IOException {
    String absolute = Path.of(SCENARIO).toAbsolutePath().toString();
    CommandRun.Result run = CommandRun.run("run", "--seed", "1", "--out", dir.toString(),
        absolute);
    assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
    String html = Files.readString(dir.resolve(NAME + "/index.html"));
    String json = Files.readString(dir.resolve(NAME + "/trace.json"));
    assertTrue(html.contains("<code class=\"command\">./siplab run --seed 1 " + SCENARIO
        + "</code></dd>"), "the command runs as is, with no note");
    JsonNode summary = MAPPER.readTree(json).get("run");
    assertEquals(SCENARIO, summary.get("file").asText());
    summary.get("expectations").forEach(e ->
        assertTrue(e.get("where").asText().startsWith(SCENARIO + ":"), e.toString()));
    String home = Path.of("").toAbsolutePath().toString();
    // The note links climb from the report's folder to the siplab folder, so outside it they
    // may spell the folders on the way ("../../../work/siplab/notes/..."); nothing else may.
    String outsideLinks = NOTE_LINK.matcher(html).replaceAll("\"\"");
    assertFalse(outsideLinks.contains(home), "the report names " + home);
    assertFalse(json.contains(home), "trace.json names " + home);
  }

  @Test
  @DisplayName("a scenario from outside the repository is replayed as …/NAME with a note, and no"
      + " output names its folder")
  void scenarioOutsideTheRepository() throws IOException {
    Path mine = Files.createDirectories(dir.resolve("my scenarios"));
    Path file = Files.copy(Path.of(SCENARIO), mine.resolve("lower.yaml"));
    CommandRun.Result run = CommandRun.run("run", "--seed", "1", "--out",
        dir.resolve("out").toString(), file.toString());
    assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
    String html = Files.readString(dir.resolve("out/lower/index.html"));
    String json = Files.readString(dir.resolve("out/lower/trace.json"));
    assertTrue(html.contains("<code class=\"command\">./siplab run --seed 1 …/lower.yaml</code>"
        + " <span class=\"command-note\">The scenario file was outside the siplab folder"), html);
    assertEquals("…/lower.yaml", MAPPER.readTree(json).get("run").get("file").asText());
    for (String text : List.of(html, json)) {
      assertFalse(text.contains("my scenarios"), "an output names the scenario's folder");
      assertFalse(text.contains(dir.toString()));
    }
  }

  @Test
  @DisplayName("a report written outside reports/ links each learner note by a path that leads to"
      + " the note")
  void noteLinksLeadToTheNotes() throws IOException {
    for (Path out : List.of(dir.resolve("elsewhere"), INSIDE.resolve("deeper"))) {
      CommandRun.Result run = CommandRun.run("run", "--out", out.toString(), SCENARIO);
      assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
      Path report = out.resolve(NAME);
      List<String> links = noteLinks(Files.readString(report.resolve("index.html")));
      assertFalse(links.isEmpty(), "the report links learner notes");
      for (String link : links) {
        Path note = report.resolve(link).normalize();
        assertTrue(Files.isRegularFile(note), link + " from " + report + " leads nowhere");
        assertEquals(Path.of("notes").toAbsolutePath().normalize(),
            note.toAbsolutePath().normalize().getParent(), link);
      }
    }
    String inside = Files.readString(INSIDE.resolve("deeper").resolve(NAME + "/index.html"));
    assertTrue(noteLinks(inside).contains("../../../../notes/cseq.md"), noteLinks(inside)
        .toString());
  }

  @Test
  @DisplayName("the gallery's reports under reports/ link notes two folders up, as before")
  void galleryLinksStay() throws IOException {
    String html = Files.readString(Path.of("reports", NAME, "index.html"),
        StandardCharsets.UTF_8);
    assertTrue(noteLinks(html).contains("../../notes/cseq.md"), noteLinks(html).toString());
  }

  /** Every learner-note link in a page's data. */
  static List<String> noteLinks(String html) {
    List<String> links = new ArrayList<>();
    Matcher m = NOTE_LINK.matcher(html);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }
}
