package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("paths relative to the siplab folder")
class HomePathsTest {

  @TempDir Path root;

  @Test
  @DisplayName("a scenario inside the siplab folder is named from it, however it was given")
  void scenarioInside() throws IOException {
    Path home = Files.createDirectories(root.resolve("siplab"));
    Path file = touch(home.resolve("scenarios/rules/x.yaml"));
    assertEquals("scenarios/rules/x.yaml", HomePaths.scenario(file, home));
    assertEquals("scenarios/rules/x.yaml",
        HomePaths.scenario(home.resolve("scenarios/../scenarios/rules/x.yaml"), home));
    assertEquals("x.yaml", HomePaths.scenario(touch(home.resolve("x.yaml")), home));
  }

  @Test
  @DisplayName("a scenario outside the siplab folder is named …/ and its file name, never its"
      + " folder")
  void scenarioOutside() throws IOException {
    Path home = Files.createDirectories(root.resolve("siplab"));
    Path file = touch(root.resolve("mine/x.yaml"));
    assertEquals("…/x.yaml", HomePaths.scenario(file, home));
    assertEquals("…/x.yaml", HomePaths.scenario(touch(root.resolve("siplab-other/x.yaml")), home),
        "a sibling whose name starts like the siplab folder is still outside it");
  }

  @Test
  @DisplayName("the climb from a report's folder to the siplab folder is as many ../ as folders"
      + " between")
  void climb() throws IOException {
    Path home = Files.createDirectories(root.resolve("siplab"));
    assertEquals("../../", HomePaths.climb(home.resolve("reports/call"), home));
    assertEquals("../../../", HomePaths.climb(home.resolve("target/out/call"), home));
    assertEquals("", HomePaths.climb(home, home));
    assertEquals("../../siplab/", HomePaths.climb(root.resolve("elsewhere/call"), home));
  }

  private static Path touch(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "");
  }
}
