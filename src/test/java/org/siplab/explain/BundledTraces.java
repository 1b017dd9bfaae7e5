package org.siplab.explain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.trace.Trace;

/**
 * The traces of the scenarios bundled under {@code scenarios/} (the RFC 3665 flows, the chan_sip
 * walkthroughs, the teaching scenarios and the misbehaviour demos of scenarios/rules), each run
 * once with its own seed, as the gallery runs them. scenarios/long is left out, as the gallery
 * leaves it out: its 10,000 messages show nothing the others do not.
 */
final class BundledTraces {

  private static final Path ROOT = Path.of("scenarios");
  private static final Map<Path, Trace> RUNS = new LinkedHashMap<>();

  private BundledTraces() {}

  /** Every bundled scenario file but scenarios/long, sorted by path. */
  static List<Path> files() {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml"))
          .filter(p -> !p.startsWith(ROOT.resolve("long")))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The trace of {@code file}'s run with its own seed; each file is run once per test JVM. */
  static synchronized Trace trace(Path file) {
    return RUNS.computeIfAbsent(file, f -> {
      LoadResult loaded = ScenarioLoader.load(f);
      if (!loaded.isValid()) {
        throw new AssertionError(f + " does not load:\n" + loaded.errorReport());
      }
      Scenario scenario = loaded.scenario().orElseThrow();
      return ScenarioRunner.run(scenario, scenario.seed()).trace();
    });
  }

  static String name(Path file) {
    return ROOT.relativize(file).toString();
  }
}
