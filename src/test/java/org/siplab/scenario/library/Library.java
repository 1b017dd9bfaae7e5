package org.siplab.scenario.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;

/** The bundled scenario files under {@code scenarios/}, as the library tests read them. */
final class Library {

  /** The folder of the bundled scenarios; tests run from the repository root. */
  static final Path ROOT = Path.of("scenarios");

  private Library() {}

  /** Every {@code .yaml} file under {@code folder}, at any depth, sorted by path. */
  static List<Path> scenarioFiles(Path folder) {
    return filesEnding(folder, ".yaml");
  }

  /** Every file under {@code folder} whose name ends with {@code suffix}, sorted by path. */
  static List<Path> filesEnding(Path folder, String suffix) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scenario in {@code file}; fails with the loader's file:line:column errors. */
  static Scenario load(Path file) {
    LoadResult loaded = ScenarioLoader.load(file);
    if (!loaded.isValid()) {
      throw new AssertionError(file + " does not load:\n" + loaded.errorReport());
    }
    return loaded.scenario().orElseThrow();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
