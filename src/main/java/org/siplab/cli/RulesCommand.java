package org.siplab.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.siplab.check.Catalog;
import org.siplab.check.Rule;
import org.siplab.check.RuleInfo;
import org.siplab.check.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code siplab rules [--json]}: lists the rule catalog, each rule with its id, severity, title,
 * RFC section and the RFC's words that make it a rule. The JSON form is a top-level array of
 * objects with the keys DESIGN.md names ({@code id, title, rfc, severity}), then {@code quote}.
 */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "List the rules siplab check applies, with the RFC section and text behind each.",
      "Severity: error (the RFC says MUST), warning (SHOULD), info (a teaching point)."
    })
public final class RulesCommand implements Callable<Integer> {

  /** The text table's columns: id, then severity, then the rule. */
  private static final int ID_WIDTH = 12;
  private static final int SEVERITY_WIDTH = 10;
  private static final String INDENT = " ".repeat(ID_WIDTH + SEVERITY_WIDTH);

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  @Spec private CommandSpec spec;

  @Option(names = "--json", description = "Print the catalog as a JSON array.")
  private boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(Catalog.rules(), out);
    } else {
      out.print(table(Catalog.rules()));
    }
    out.flush();
    return Main.OK;
  }

  /** One block a rule: the title line, the section, the quote wrapped at 80 columns. */
  static String table(List<Rule> rules) {
    StringBuilder out = new StringBuilder();
    out.append(rules.size()).append(" rules: ").append(count(rules, Severity.ERROR))
        .append(" error, ").append(count(rules, Severity.WARNING)).append(" warning, ")
        .append(count(rules, Severity.INFO)).append(" info.\n\n");
    out.append(pad("ID", ID_WIDTH)).append(pad("SEVERITY", SEVERITY_WIDTH)).append("RULE\n");
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      out.append('\n');
      List<String> title = TextLayout.wrap(INDENT, info.title());
      out.append(pad(info.id(), ID_WIDTH)).append(pad(info.severity().label(), SEVERITY_WIDTH))
          .append(title.get(0).substring(INDENT.length())).append('\n');
      title.subList(1, title.size()).forEach(line -> out.append(line).append('\n'));
      out.append(INDENT).append(info.rfc()).append('\n');
      TextLayout.wrap(INDENT, "\"" + info.quote() + "\"")
          .forEach(line -> out.append(line).append('\n'));
    }
    return out.toString();
  }

  private static long count(List<Rule> rules, Severity severity) {
    return rules.stream().filter(r -> r.info().severity() == severity).count();
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  private static void writeJson(List<Rule> rules, PrintWriter out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators = Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
      g.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
          .withArrayIndenter(indenter));
      g.writeStartArray();
      for (Rule rule : rules) {
        RuleInfo info = rule.info();
        g.writeStartObject();
        g.writeStringField("id", info.id());
        g.writeStringField("title", info.title());
        g.writeStringField("rfc", info.rfc());
        g.writeStringField("severity", info.severity().label());
        g.writeStringField("quote", info.quote());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON to standard output", e);
    }
    out.write('\n');
  }
}
