package org.siplab.scenario.generated;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import org.siplab.explain.Annotator;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.scenario.run.Summaries;
import org.siplab.trace.TraceJson;

/**
 * Loading, running and writing a generated scenario for the properties over them; each failure
 * says {@code where}: the seed and the whole file, so that {@code siplab run} replays it.
 */
final class GeneratedRuns {

  /** The name a generated file is loaded under. */
  static final String FILE = "generated.yaml";

  private GeneratedRuns() {}

  static Scenario load(String text, String where) {
    LoadResult loaded = ScenarioLoader.load(FILE, text);
    if (!loaded.isValid()) {
      fail("the generated file does not load:\n" + loaded.errorReport() + where);
    }
    return loaded.scenario().orElseThrow();
  }

  static RunResult run(Scenario scenario, String where) {
    try {
      return ScenarioRunner.run(scenario, scenario.seed());
    } catch (RuntimeException e) {
      throw new AssertionError("the run threw " + e + " " + where, e);
    }
  }

  /** trace.json as {@code siplab run} writes it: annotations, findings and the run's summary. */
  static String traceJson(RunResult result) {
    StringWriter out = new StringWriter();
    TraceJson.write(out, result.trace(), Annotator.annotate(result.trace()), result.findings(),
        Summaries.of(result, FILE));
    return out.toString();
  }
}
