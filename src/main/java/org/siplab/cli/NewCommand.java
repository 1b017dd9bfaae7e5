package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.siplab.scenario.load.StarterScenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siplab new NAME}: writes {@code NAME.yaml} (or NAME itself when it ends in {@code .yaml}
 * or {@code .yml}), a commented starter scenario that runs as it is. Never overwrites a file.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Write a commented starter scenario, NAME.yaml, that runs as it is.",
      "Exit status: 0 written, 2 the file exists already or cannot be written."
    })
public final class NewCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "NAME", description = "The scenario's name, or a path ending in .yaml.")
  private String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String file = fileName(name);
    try {
      Path path = Path.of(file);
      String stem = stem(path);
      Files.writeString(path, StarterScenario.text(stem, file), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return fail(err, file + " already exists; choose another name, or remove the file first");
    } catch (IOException | InvalidPathException e) {
      return fail(err, "cannot write " + file + " (" + e.getMessage() + ")");
    }
    out.print("wrote " + file + "; run it with: siplab run " + file + "\n");
    out.flush();
    return Main.OK;
  }

  /** {@code NAME.yaml}, unless NAME already ends in {@code .yaml} or {@code .yml}. */
  static String fileName(String name) {
    return name.endsWith(".yaml") || name.endsWith(".yml") ? name : name + ".yaml";
  }

  private static String stem(Path path) {
    Path fileName = path.getFileName();
    String base = fileName == null ? path.toString() : fileName.toString();
    return base.replaceFirst("\\.(yaml|yml)$", "");
  }

  private static int fail(PrintWriter err, String message) {
    err.print("siplab: " + message + "\n");
    err.flush();
    return Main.BAD_INPUT;
  }
}
