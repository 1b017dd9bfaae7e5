package org.siplab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import org.siplab.scenario.load.ShellWord;
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
    String refused = refusal(name, file);
    if (refused != null) {
      return fail(err, refused);
    }
    // One text for the command, so that the file's comment and the line printed here agree.
    String runIt = shellWord(file);
    try {
      Path path = Path.of(file);
      String stem = stem(path);
      Files.writeString(path, StarterScenario.text(stem, runIt), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      return fail(err, file + " already exists; choose another name, or remove the file first");
    } catch (NoSuchFileException e) {
      return fail(err, "cannot write " + file + ": the folder " + Path.of(file).getParent()
          + " does not exist; create it first, or give a name in an existing folder");
    } catch (IOException | InvalidPathException e) {
      return fail(err, "cannot write " + file + " (" + e.getMessage() + ")");
    }
    out.print("wrote " + file + "; run it with: siplab run " + runIt + "\n");
    out.flush();
    return Main.OK;
  }

  /**
   * Why NAME cannot name a scenario, or null: an empty name would write a hidden {@code .yaml}
   * with no title, and a line break cannot be in a title or, sensibly, in a file name.
   */
  private static String refusal(String name, String file) {
    if (name.contains("\n") || name.contains("\r")) {
      return "the name holds a line break; expected a name on one line, such as my-call";
    }
    String base = file.substring(file.lastIndexOf('/') + 1);
    if (base.replaceFirst("\\.(yaml|yml)$", "").isBlank()) {
      return "the name is empty; expected a name such as my-call, which writes my-call.yaml";
    }
    return null;
  }

  /**
   * The file as one shell word, so that the printed command runs as it is: quoted when it holds a
   * space or a character the shell reads, and after {@code ./} when it starts with '-' (an option).
   */
  static String shellWord(String file) {
    return ShellWord.of(file);
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
