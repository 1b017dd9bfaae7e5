package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code siplab list}: the bundled scenarios, each with its name and one-line description. */
@Command(name = "list", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "List the bundled scenarios (scenarios/**/*.yaml) with their descriptions.")
final class ListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path home = Home.path();
    List<Path> files = bundled(home);
    if (files.isEmpty()) {
      spec.commandLine().getErr().println("siplab: no scenarios found under "
          + home.resolve("scenarios"));
      return Main.BAD_INPUT;
    }
    for (Path file : files) {
      Path shown = home.relativize(file);
      LoadResult loaded = ScenarioLoader.load(file);
      String about = loaded.scenario().map(ListCommand::summary)
          .orElse("(does not load: " + loaded.errors().size() + " errors)");
      out.println(shown.toString().replace('\\', '/'));
      out.println("    " + about);
    }
    out.flush();
    return Main.OK;
  }

  static List<Path> bundled(Path home) {
    Path root = home.resolve("scenarios");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /**
   * The name, and the description's first sentence as plain text (cut at 100 characters with an
   * ellipsis): a terminal would show Markdown's {@code **} and backticks as they are.
   */
  static String summary(Scenario s) {
    String first = org.siplab.trace.RunSummary.firstSentence(PlainText.of(s.description()), 100);
    return s.name() + (first.isEmpty() ? "" : ": " + first);
  }
}
