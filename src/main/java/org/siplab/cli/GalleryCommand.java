package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.siplab.report.Gallery;
import org.siplab.report.Report;
import org.siplab.report.ReportInput;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.scenario.run.SetupFailure;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceFormatException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code siplab gallery [--out DIR]}: runs every bundled scenario (scenarios/**&#47;*.yaml, except
 * the long runs in scenarios/long/) with its own seed, reads the sample captures of
 * scenarios/captures, and writes each report and DIR/index.html listing them, the scenarios with
 * their verdicts. The reports/ folder of the repository is exactly this command's output.
 */
@Command(name = "gallery", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Run every bundled scenario (except scenarios/long/), read the sample captures"
        + " of scenarios/captures/, and write the report gallery: DIR/NAME/index.html for each"
        + " and DIR/index.html listing them.",
        "Exit 0 when every scenario passes, 1 when one fails, 2 when one does not load."})
final class GalleryCommand implements Callable<Integer> {

  /** Long runs (the 10,000-message scenario) stay out of the gallery. */
  static final String KEPT_OUT = "long";

  @Spec CommandSpec spec;

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryArgument.class,
      defaultValue = "reports",
      description = "where to write the gallery (default: ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    String blocked = DirectoryArgument.blocked(out);
    if (blocked != null) {
      stderr.println("siplab: " + blocked);
      stderr.flush();
      return Main.BAD_INPUT;
    }
    Path home = Home.path();
    List<Gallery.Entry> entries = new ArrayList<>();
    int exit = Main.OK;
    for (Path file : galleryScenarios(home)) {
      // Read where it is, named as from the repository, whichever folder the command runs in.
      LoadResult loaded = ScenarioLoader.load(file, HomePaths.scenario(file, home));
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
        stderr.println("siplab: " + out.resolve(name) + ": cannot write: "
            + FileProblems.reason(e));
        exit = Main.BAD_INPUT;
        continue;
      }
      stdout.print(Verdicts.line(result, out.resolve(name).toString()));
      if (!result.passed() && exit == Main.OK) {
        exit = Main.CHECK_FAILED;
      }
    }
    for (Path capture : galleryCaptures(home)) {
      exit = Math.max(exit, addCapture(home.relativize(capture), entries));
    }
    if (exit == Main.BAD_INPUT) {
      // An index without the scenarios that failed would overwrite the gallery with less.
      stderr.println("siplab: " + out.resolve("index.html") + " was not written, because of the"
          + " errors above");
      stdout.flush();
      stderr.flush();
      return exit;
    }
    try {
      Gallery.write(out, entries);
    } catch (IOException e) {
      stderr.println("siplab: " + out + ": cannot write the index: " + FileProblems.reason(e));
      return Main.BAD_INPUT;
    }
    long captures = entries.stream().filter(e -> e.run().captured()).count();
    long scenarios = entries.size() - captures;
    stdout.println("wrote " + out.resolve("index.html") + " (" + scenarios
        + (scenarios == 1 ? " scenario" : " scenarios") + ", " + captures
        + (captures == 1 ? " capture)" : " captures)"));
    stdout.flush();
    stderr.flush();
    return exit;
  }

  /**
   * Reads a bundled capture and writes its report to DIR/NAME, NAME the file's name without
   * {@code .pcap}, and prints {@code READ file: N datagrams, findings -> DIR/NAME}. A capture's
   * findings do not fail the gallery: they are what the capture shows (one is there to show a
   * broken message). Returns the exit code this capture asks for.
   */
  private int addCapture(Path file, List<Gallery.Entry> entries) {
    PrintWriter stderr = spec.commandLine().getErr();
    String shown = file.toString().replace('\\', '/');
    TraceFiles.Read read;
    try {
      read = TraceFiles.read(Home.path().resolve(file).toString(), "gallery");
    } catch (TraceFiles.Unreadable | TraceFormatException e) {
      stderr.println("siplab: " + shown + ": " + e.getMessage());
      return Main.BAD_INPUT;
    }
    String name = file.getFileName().toString().replaceFirst("\\.pcap(ng)?$", "");
    Path dir = out.resolve(name);
    ReportInput input = ReportInputs.ofDocument(read.document(), dir,
        warning -> stderr.println("siplab: " + shown + ": warning: " + warning));
    try {
      Files.createDirectories(dir);
      Report.write(input, dir);
    } catch (IOException e) {
      stderr.println("siplab: " + dir + ": cannot write: " + FileProblems.reason(e));
      return Main.BAD_INPUT;
    }
    entries.add(new Gallery.Entry(name, input));
    long messages = read.document().trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send).count();
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print("READ " + TextLayout.printable(shown) + ": " + messages + " datagrams, "
        + input.findings().size() + (input.findings().size() == 1 ? " finding" : " findings")
        + " -> " + TextLayout.printable(dir.toString()) + "\n");
    return Main.OK;
  }

  /** The bundled captures the gallery shows (scenarios/captures/*.pcap), in path order. */
  static List<Path> galleryCaptures(Path home) {
    Path folder = home.resolve("scenarios").resolve("captures");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.getFileName().toString().matches(".*\\.pcap(ng)?"))
          .sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The bundled scenarios the gallery shows, in path order. */
  static List<Path> galleryScenarios(Path home) {
    Path kept = home.resolve("scenarios").resolve(KEPT_OUT);
    return ListCommand.bundled(home).stream().filter(p -> !p.startsWith(kept)).toList();
  }
}
