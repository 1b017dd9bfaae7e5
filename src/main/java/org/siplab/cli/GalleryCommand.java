package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.siplab.report.Gallery;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.scenario.run.SetupFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code siplab gallery [--out DIR]}: runs every bundled scenario (scenarios/**&#47;*.yaml, except
 * the long runs in scenarios/long/) with its own seed and writes each report and DIR/index.html
 * listing them with their verdicts. The reports/ folder of the repository is exactly this
 * command's output.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Run every bundled scenario (except scenarios/long/) and write the report"
        + " gallery: DIR/NAME/index.html for each and DIR/index.html listing them.",
        "Exit 0 when every scenario passes, 1 when one fails, 2 when one does not load."})
final class GalleryCommand implements Callable<Integer> {

  /** Long runs (the 10,000-message scenario) stay out of the gallery. */
  static final String KEPT_OUT = "long";

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "where to write the gallery (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    Path home = Home.path();
    List<Gallery.Entry> entries = new ArrayList<>();
    int exit = Main.OK;
    for (Path file : galleryScenarios(home)) {
      LoadResult loaded = ScenarioLoader.load(home.relativize(file));
      if (!loaded.isValid()) {
        stderr.print(RunCommand.errorsOf(loaded));
        exit = Main.BAD_INPUT;
        continue;
      }
      Scenario scenario = loaded.scenario().orElseThrow();
      RunResult result;
      try {
        result = ScenarioRunner.run(scenario, scenario.seed());
      } catch (SetupFailure refused) {
        stderr.println(file + ": " + refused.getMessage());
        exit = Main.BAD_INPUT;
        continue;
      }
      String name = ScenarioNames.stem(scenario.file());
      try {
        entries.add(new Gallery.Entry(name,
            RunOutputs.write(result, scenario.file(), out.resolve(name))));
      } catch (IOException e) {
        stderr.println("siplab: " + out.resolve(name) + ": cannot write: " + e.getMessage());
        exit = Main.BAD_INPUT;
        continue;
      }
      stdout.print(Verdicts.line(result, out.resolve(name).toString()));
      if (!result.passed() && exit == Main.OK) {
        exit = Main.CHECK_FAILED;
      }
    }
    try {
      Gallery.write(out, entries);
    } catch (IOException e) {
      stderr.println("siplab: " + out + ": cannot write the index: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    stdout.println("wrote " + out.resolve("index.html") + " (" + entries.size()
        + (entries.size() == 1 ? " scenario)" : " scenarios)"));
    stdout.flush();
    stderr.flush();
    return exit;
  }

  /** The bundled scenarios the gallery shows, in path order. */
  static List<Path> galleryScenarios(Path home) {
    Path kept = home.resolve("scenarios").resolve(KEPT_OUT);
    return ListCommand.bundled(home).stream().filter(p -> !p.startsWith(kept)).toList();
  }
}
