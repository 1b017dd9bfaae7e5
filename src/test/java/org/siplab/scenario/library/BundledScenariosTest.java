package org.siplab.scenario.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.siplab.explain.Annotator;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.scenario.run.Summaries;
import org.siplab.trace.TraceJson;

/**
 * Every scenario bundled under {@code scenarios/}, in every folder: it loads, its expectations
 * hold, and a second run with the same seed writes the same trace.json, byte for byte (DESIGN.md,
 * "Determinism, the first law").
 */
@DisplayName("the bundled scenario library")
class BundledScenariosTest {

  @Test
  @DisplayName("has the RFC 3665 flows, the chan_sip walkthroughs and at least eight teaching"
      + " scenarios")
  void libraryIsThere() {
    assertTrue(Library.scenarioFiles(Library.ROOT.resolve("rfc3665")).size() >= 16);
    assertTrue(Library.scenarioFiles(Library.ROOT.resolve("chan_sip")).size() >= 5);
    assertTrue(Library.scenarioFiles(Library.ROOT.resolve("teaching")).size() >= 8);
  }

  @TestFactory
  @DisplayName("each scenario meets its expectations, and the same seed gives the same"
      + " trace.json bytes twice")
  Stream<DynamicTest> everyScenario() {
    List<Path> files = Library.scenarioFiles(Library.ROOT);
    assertFalse(files.isEmpty(), "no scenario under " + Library.ROOT.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(
        Library.ROOT.relativize(file).toString(), () -> runsAsExpected(file)));
  }

  private static void runsAsExpected(Path file) {
    Scenario scenario = Library.load(file);
    RunResult first = ScenarioRunner.run(scenario, scenario.seed());
    assertTrue(first.passed(), () -> file + " (seed " + scenario.seed() + ") failed:\n"
        + failures(first));
    if (file.startsWith(Library.ROOT.resolve("long"))) {
      // The 10,000-message run takes seconds; one run checks its expectations, and the
      // determinism of runs is shown by every other scenario.
      return;
    }
    RunResult second = ScenarioRunner.run(Library.load(file), scenario.seed());
    assertArrayEquals(traceJson(first), traceJson(second), () -> file + " (seed "
        + scenario.seed() + "): two runs with the same seed wrote different trace.json");
  }

  /** trace.json as the report writes it: annotations, findings and the run's summary. */
  private static byte[] traceJson(RunResult result) {
    return TraceJson.write(result.trace(), Annotator.annotate(result.trace()),
        result.findings(), Summaries.of(result)).getBytes(StandardCharsets.UTF_8);
  }

  /** Each expectation not met, script problem and finding of {@code result}, for a message. */
  static String failures(RunResult result) {
    StringBuilder out = new StringBuilder();
    for (RunResult.Verdict v : result.verdicts()) {
      if (!v.met()) {
        out.append("  ").append(v.expectation().position()).append(": expected ")
            .append(Summaries.what(v.expectation())).append('\n').append("    ")
            .append(v.explanation().replace("\n", "\n    ")).append('\n');
      }
    }
    for (RunResult.ScriptProblem p : result.scriptProblems()) {
      out.append("  ").append(p.position()).append(": ").append(p.message()).append('\n');
    }
    result.findings().forEach(f -> out.append("  finding ").append(f.rule()).append(": ")
        .append(f.message()).append('\n'));
    return out.toString();
  }
}
