package org.siplab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code siplab help [COMMAND]}. picocli's own help command has no {@code --version} (the issue
 * asks for it on every command; {@code siplab help --version} printed the usage instead), and
 * answers a misspelt command with picocli's "Unknown subcommand" where {@code siplab rnu} gets a
 * suggestion. This one takes the standard options like every other command, and a command name it
 * does not know is bad usage (exit 2) with the same suggestion.
 */
@Command(
    name = "help",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Display help information about the specified command.")
final class HelpCommand implements Runnable {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "COMMAND", arity = "0..1",
      description = "the command to explain (without it, siplab's own usage)")
  String command;

  @Override
  public void run() {
    CommandLine siplab = spec.commandLine().getParent();
    if (command == null) {
      siplab.usage(spec.commandLine().getOut());
      return;
    }
    CommandLine named = siplab.getSubcommands().get(command);
    if (named == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          UsageErrors.unknownCommand(siplab, command));
    }
    named.usage(spec.commandLine().getOut());
  }
}
