package org.siplab.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.siplab.spelling.Suggest;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A usage error in the project's words. picocli's own words for an argument it could not place
 * ({@code Unmatched argument at index 0: 'lsit'}) speak of indexes and give no hint; a student who
 * typed {@code siplab lsit} or {@code --Seed} is told which command or option was meant instead,
 * found as the scenario loader finds a misspelt key (case ignored first, then edit distance).
 */
final class UsageErrors {

  private UsageErrors() {}

  /** What to print after {@code siplab: } for {@code ex}. */
  static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      return unmatched(unmatched.getCommandLine(), unmatched.getUnmatched());
    }
    if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      return missing(missing.getCommandLine().getCommandSpec(), missing.getMissing().get(0));
    }
    if (ex.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0
        && ex.getValue() != null) {
      // picocli's words for --ladder=yes are "'yes' is not a boolean": a switch takes no value.
      return "option '" + option.longestName() + "' takes no value, found '"
          + TextLayout.printable(ex.getValue()) + "'; expected " + option.longestName()
          + " alone";
    }
    return ex.getMessage();
  }

  /**
   * picocli's words, {@code Missing required parameter for option '--seed' (N)}, name the value
   * by its label only; {@code siplab run --seed my.yaml} even takes the file for the seed.
   */
  private static String missing(CommandSpec spec, ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return "option '" + option.longestName() + "' needs a value after it; expected "
          + option.longestName() + " " + option.paramLabel();
    }
    return "missing " + arg.paramLabel() + "; " + spec.qualifiedName() + " takes "
        + positionals(spec);
  }

  private static String unmatched(CommandLine command, List<String> arguments) {
    CommandSpec spec = command.getCommandSpec();
    String first = arguments.get(0);
    if (first.startsWith("-") && first.length() > 1) {
      return unknownOption(spec, first);
    }
    if (!command.getSubcommands().isEmpty()) {
      return unknownCommand(command, first);
    }
    return "unexpected argument '" + TextLayout.printable(first) + "'; "
        + spec.qualifiedName() + " takes " + positionals(spec);
  }

  /**
   * {@code siplab rnu} or {@code siplab help rnu}: the command meant, or the commands there are.
   */
  static String unknownCommand(CommandLine siplab, String written) {
    return "unknown command '" + TextLayout.printable(written) + "'"
        + Suggest.hint(written, new TreeSet<>(siplab.getSubcommands().keySet()), "a command");
  }

  /** {@code --Seed=1} is matched on its name alone, and shown so. */
  private static String unknownOption(CommandSpec spec, String written) {
    int equals = written.indexOf('=');
    String name = equals > 0 ? written.substring(0, equals) : written;
    List<String> names = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      names.add(option.longestName());
    }
    names.sort(null);
    return "unknown option '" + TextLayout.printable(name) + "'"
        + Suggest.hint(name, names, "no option");
  }

  /** What a command takes after its options, in words: {@code one NAME}, {@code no arguments}. */
  private static String positionals(CommandSpec spec) {
    List<PositionalParamSpec> params = spec.positionalParameters();
    if (params.isEmpty()) {
      return "no arguments";
    }
    List<String> words = new ArrayList<>();
    for (PositionalParamSpec param : params) {
      int max = param.arity().max();
      String count = max == 1 ? "one " : max == Integer.MAX_VALUE ? "one or more " : max + " ";
      words.add(count + param.paramLabel());
    }
    return String.join(" and ", words);
  }
}
