package org.siplab.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code siplab} command. Exit codes for every subcommand (DESIGN.md): 0 success, 1 the thing
 * checked failed, 2 bad usage or an unreadable or invalid input file.
 */
@Command(
    name = "siplab",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "An educational SIP (RFC 3261) simulator with annotated traces.",
    subcommands = {HelpCommand.class, LintCommand.class, RulesCommand.class,
        CheckCommand.class, NewCommand.class, RunCommand.class, ListCommand.class,
        ReportCommand.class, GalleryCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int CHECK_FAILED = 1;
  public static final int BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * {@code siplab} alone: no command was given, which is bad usage (exit 2, DESIGN.md), as a
   * command without its required argument is; {@code siplab --help} prints the usage.
   */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "no command given; expected"
        + " one of: " + String.join(", ", new TreeSet<>(spec.subcommands().keySet())));
  }

  /** Builds the command line with the project's conventions (usage errors exit 2). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("siplab: " + UsageErrors.describe(ex));
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for usage.");
          return BAD_INPUT;
        });
    return cl;
  }

  /** Output is UTF-8 whatever the platform's default charset (DESIGN.md, determinism). */
  public static void main(String[] args) {
    CommandLine cl = commandLine();
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cl.execute(args));
  }
}
