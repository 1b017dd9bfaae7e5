package org.siplab.testkit;

import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;

/** Runs a scenario written in a test, as {@code siplab run} would, with the seed it names. */
public final class ScenarioRuns {

  private ScenarioRuns() {}

  /** The run of {@code yaml}, loaded as the file {@code name} (it must load without errors). */
  public static RunResult run(String name, String yaml) {
    Scenario scenario = ScenarioLoader.load(name, yaml).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }
}
