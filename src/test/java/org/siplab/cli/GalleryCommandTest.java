package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery in reports/ is exactly what {@code siplab gallery} writes: regenerating it gives the
 * same bytes, file for file, so nobody edits it by hand and it never goes stale unnoticed.
 */
@DisplayName("siplab gallery")
class GalleryCommandTest {

  private static final Path GALLERY = Path.of("reports");

  /**
   * The gallery is regenerated into a folder beside reports/, as deep below the repository: each
   * report's learner-note links climb from its folder to notes/, so anywhere else they differ.
   */
  @Test
  @DisplayName("regenerating the gallery gives the bytes of reports/, file for file")
  void regeneratesTheCommittedGallery() throws IOException {
    Path out = Files.createTempDirectory(Path.of("").toAbsolutePath(), "gallery-check-");
    try {
      compareWithCommitted(out);
    } finally {
      ReportFiles.delete(out);
    }
  }

  private static void compareWithCommitted(Path out) throws IOException {
    CommandRun.Result run = CommandRun.run("gallery", "--out", out.toString());
    assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
    List<Path> generated = files(out);
    assertTrue(generated.size() > 100, "a report and a trace a scenario, and the index");
    for (Path relative : generated) {
      Path committed = GALLERY.resolve(relative);
      assertTrue(Files.exists(committed), committed + " is missing: run ./siplab gallery");
      assertArrayEquals(Files.readAllBytes(out.resolve(relative)), Files.readAllBytes(committed),
          committed + " differs from what ./siplab gallery writes now: run it again");
    }
    List<Path> committed = files(GALLERY).stream()
        .filter(p -> !p.toString().equals("README.md")).toList();
    assertEquals(generated, committed, "reports/ holds files the gallery no longer writes");
  }

  @Test
  @DisplayName("a gallery whose --out is a file is refused before any scenario runs, in one line,"
      + " and exits 2")
  void outThatIsAFileIsRefusedBeforeTheRuns(@TempDir Path dir) throws IOException {
    Path blocker = Files.writeString(dir.resolve("afile"), "not a folder");
    CommandRun.Result run = CommandRun.run("gallery", "--out", blocker.toString());
    assertEquals(new CommandRun.Result(Main.BAD_INPUT, "", "siplab: " + blocker
        + ": cannot write: a file of that name is in the way of the folder\n"), run);
  }

  @Test
  @DisplayName("leaves the long runs out and lists every other bundled scenario")
  void keepsLongRunsOut() {
    List<Path> shown = GalleryCommand.galleryScenarios(Path.of(".").toAbsolutePath().normalize());
    assertTrue(shown.stream().noneMatch(p -> p.toString().contains("/long/")));
    assertTrue(shown.size() >= 50, shown.size() + " scenarios");
  }

  @Test
  @DisplayName("reads the bundled scenarios of the siplab folder whichever folder it runs in, and"
      + " leaves the index alone when one of them cannot be loaded")
  void readsTheSiplabFolderFromAnywhereAndKeepsTheIndexOnErrors() throws IOException {
    // A siplab folder other than the working one, as when ./siplab runs from another folder.
    Path home = Files.createTempDirectory("siplab-home-");
    String before = System.getProperty("siplab.home");
    try {
      Path teaching = Files.createDirectories(home.resolve("scenarios/teaching"));
      Files.copy(Path.of("scenarios/teaching/lost-ack.yaml"),
          teaching.resolve("only-in-this-home.yaml"));
      System.setProperty("siplab.home", home.toString());
      Path out = home.resolve("reports");
      CommandRun.Result run = CommandRun.run("gallery", "--out", out.toString());
      assertEquals(Main.OK, run.exitCode(), run.out() + run.err());
      assertTrue(Files.exists(out.resolve("only-in-this-home/index.html")), run.out());
      byte[] index = Files.readAllBytes(out.resolve("index.html"));

      Files.writeString(teaching.resolve("broken.yaml"), "elements: [\n");
      CommandRun.Result broken = CommandRun.run("gallery", "--out", out.toString());
      assertEquals(Main.BAD_INPUT, broken.exitCode(), broken.out() + broken.err());
      assertTrue(broken.err().contains("scenarios/teaching/broken.yaml:"), broken.err());
      assertTrue(broken.err().contains("index.html was not written"), broken.err());
      assertArrayEquals(index, Files.readAllBytes(out.resolve("index.html")),
          "a gallery with a scenario left out must not replace the index");
    } finally {
      if (before == null) {
        System.clearProperty("siplab.home");
      } else {
        System.setProperty("siplab.home", before);
      }
      ReportFiles.delete(home);
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
