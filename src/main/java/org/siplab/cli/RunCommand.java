package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.siplab.scenario.load.LoadError;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.AsciiLadder;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.scenario.run.SetupFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siplab run [--seed N] [--out DIR] [--ladder] SCENARIO...}: runs each scenario, writes
 * DIR/NAME/trace.json, prints one verdict line a scenario with its seed, and what failed.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Run scenario files and write DIR/NAME/trace.json and DIR/NAME/index.html"
        + " for each.",
        "Exit 0 when every expectation holds, 1 when one does not, 2 for a bad file."})
final class RunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
      description = "the seed of the run, 0 or more (default: the scenario's own seed)")
  Long seed;

  /**
   * A seed as a scenario file's {@code seed:} takes it, from 0 to Long.MAX_VALUE: a negative one
   * would run here yet be refused when written into the scenario, so it is bad usage (exit 2).
   */
  static final class SeedConverter implements CommandLine.ITypeConverter<Long> {
    private static final String EXPECTED = "; expected a whole number from 0 to " + Long.MAX_VALUE;

    @Override
    public Long convert(String value) {
      // The scenario loader's words for the same mistakes in seed:.
      if (value.matches("-0*[1-9][0-9]*")) {
        throw new CommandLine.TypeConversionException("'" + value + "' is below 0" + EXPECTED);
      }
      if (!value.matches("[+-]?[0-9]+")) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number"
            + EXPECTED);
      }
      long seed;
      try {
        seed = Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is above "
            + Long.MAX_VALUE + EXPECTED);
      }
      return seed;
    }
  }

  @Option(names = "--out", paramLabel = "DIR", converter = DirectoryArgument.class,
      defaultValue = "reports",
      description = "where to write NAME/trace.json (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--ladder", description = "also print each run as an ASCII ladder")
  boolean ladder;

  @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "scenario files (.yaml)")
  List<Path> scenarios;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    String clash = folderClash();
    if (clash == null) {
      clash = blockedFolder();
    }
    if (clash != null) {
      stderr.println("siplab: " + clash);
      stderr.flush();
      return Main.BAD_INPUT;
    }
    int exit = Main.OK;
    for (Path file : scenarios) {
      LoadResult loaded = ScenarioLoader.load(file);
      if (!loaded.isValid()) {
        stderr.print(errorsOf(loaded));
        stderr.flush();
        exit = Main.BAD_INPUT;
        continue;
      }
      Scenario scenario = loaded.scenario().orElseThrow();
      RunResult result;
      try {
        result = ScenarioRunner.run(scenario, seed != null ? seed : scenario.seed());
      } catch (SetupFailure refused) {
        stderr.println(TextLayout.printable(file + ": " + refused.getMessage()));
        stderr.flush();
        exit = Main.BAD_INPUT;
        continue;
      }
      String written = write(result, HomePaths.scenario(file, Home.path()), stderr);
      stdout.print(Verdicts.line(result, written));
      if (ladder) {
        stdout.print(AsciiLadder.of(result.trace()));
      }
      stdout.flush();
      if (written == null) {
        exit = Main.BAD_INPUT;
      } else if (exit == Main.OK) {
        exit = exitCodeOf(result);
      }
    }
    return exit;
  }

  /**
   * The loader's errors, one a line, each shown as lint shows text ('?' for a control character):
   * an error starts with the file's name and may quote the file, and either may hold a newline or
   * an escape sequence. One error repeated many times is printed a few times, then counted
   * ({@link Repeats}).
   */
  static String errorsOf(LoadResult loaded) {
    List<LoadError> errors = loaded.errors();
    List<Repeats.Item> items = new ArrayList<>();
    for (LoadError e : errors) {
      items.add(new Repeats.Item(e.message(), e.position().line(), e.position().column()));
    }
    StringBuilder out = new StringBuilder();
    for (Repeats.Line line : Repeats.plan(items)) {
      if (line instanceof Repeats.Full full) {
        out.append(TextLayout.printable(errors.get(full.index()).toString())).append('\n');
      } else if (line instanceof Repeats.Rest rest) {
        LoadError e = errors.get(rest.index());
        out.append(TextLayout.printable(e.position() + ": " + rest.words() + ": "
            + e.message())).append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Two different files whose outputs would go to one folder, {@code DIR/NAME}, in words, or null.
   * Each run writes its folder whole, so the second would silently replace the first's trace and
   * report; this is found before anything runs, so that nothing is half done. The same file named
   * twice (in two spellings) is no clash: its second run writes what the first did.
   */
  private String folderClash() {
    Map<String, Path> firstByName = new HashMap<>();
    for (Path file : scenarios) {
      String name = ScenarioNames.stem(file.toString());
      Path earlier = firstByName.putIfAbsent(name, file);
      if (earlier != null && !sameFile(earlier, file)) {
        return TextLayout.printable(earlier.toString()) + " and "
            + TextLayout.printable(file.toString()) + " would both write "
            + TextLayout.printable(out.resolve(name).toString())
            + "; run them one at a time, each with its own --out";
      }
    }
    return null;
  }

  /** The first scenario's output folder that a file is in the way of, in words, or null. */
  private String blockedFolder() {
    for (Path file : scenarios) {
      String blocked = DirectoryArgument.blocked(out.resolve(ScenarioNames.stem(file.toString())));
      if (blocked != null) {
        return blocked;
      }
    }
    return null;
  }

  private static boolean sameFile(Path a, Path b) {
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }

  /**
   * 1 when the run failed: an expectation not met, a script step not carried out, or a runaway
   * (DESIGN.md: findings alone do not count); else 0.
   */
  static int exitCodeOf(RunResult result) {
    return result.passed() ? Main.OK : Main.CHECK_FAILED;
  }

  /**
   * Writes the trace and report, naming the scenario {@code shownFile} in them; returns the folder
   * written (as given), or null on failure.
   */
  private String write(RunResult result, String shownFile, PrintWriter stderr) {
    Path dir = out.resolve(ScenarioNames.stem(result.scenario().file()));
    try {
      RunOutputs.write(result, shownFile, dir);
      return dir.toString();
    } catch (IOException e) {
      // In words, as check and report say it: the JDK's message is often the path alone.
      stderr.println("siplab: " + dir + ": cannot write: " + FileProblems.reason(e));
      stderr.flush();
      return null;
    }
  }
}
