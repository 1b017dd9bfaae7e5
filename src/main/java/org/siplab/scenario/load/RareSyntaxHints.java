package org.siplab.scenario.load;

import static org.siplab.scenario.load.SyntaxHints.at;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.scenario.load.SyntaxHints.Explained;

/**
 * The rarer syntax errors of a scenario file (a second document, a tag, a directive, a '|' text
 * block's header, a '?' key...), each put plainly; what none of them matches keeps
 * snakeyaml-engine's own words, with its parser terms translated.
 */
final class RareSyntaxHints {

  private RareSyntaxHints() {}

  private static final Pattern NODE_CONTENT =
      Pattern.compile("expected the node content, but found '(.+)'");

  /** The rarer complaints: each put plainly, or YAML's own words with its terms translated. */
  static Explained explain(YamlComplaint c) {
    String problem = c.problem();
    String context = c.context();
    Matcher node = NODE_CONTENT.matcher(problem);
    if (node.matches()) {
      String found = node.group(1);
      return at(c, "a '" + found + "' where YAML expected a value" + (found.equals("-")
          ? " (a list item cannot start inside { } or after a key on its line)" : "")
          + "; expected a value here, or the value in quotes if it starts with '" + found + "'");
    }
    if (problem.startsWith("sequence entries are not allowed")) {
      return at(c, "a list item ('- ') where YAML cannot start a list, such as on its key's line;"
          + " expected the list's items on lines of their own under the key, or the list in [ ]");
    }
    if (problem.startsWith("mapping keys are not allowed")) {
      return at(c, "a '?' here, which YAML reads as the start of a complex key; expected the"
          + " value in quotes if it starts with '?'");
    }
    if (problem.contains("end of stream") && context.contains("quoted scalar")
        && c.hasContext()) {
      return new Explained(c.contextLine(), c.contextColumn(), "this quote is never closed;"
          + " expected a closing quote after its value");
    }
    if (problem.contains("another document") || problem.contains("document start")) {
      return at(c, "a line '---' or '...' ends the scenario's YAML document here, and a scenario"
          + " file holds one document; expected no '---' or '...' line after the first content");
    }
    if (problem.contains("leading empty lines contain more spaces")) {
      return at(c, "the first lines of this '|' or '>' text block hold more spaces than its"
          + " first line of text; expected the block's lines indented the same");
    }
    if (context.contains("block scalar")) {
      return at(c, "after '|' or '>', which start a text block, YAML expects the text on the"
          + " lines below; expected the value in quotes if it starts with '|' or '>'");
    }
    if (context.contains("tag")) {
      return at(c, "a '!' here starts a YAML tag; expected the value in quotes if it starts with"
          + " '!'");
    }
    if (context.contains("directive")) {
      return at(c, "a line starting with '%' is a YAML directive; expected the value in quotes"
          + " if it starts with '%'");
    }
    if (context.contains("alias") || context.contains("anchor")) {
      return at(c, "a '*' or '&' starts a YAML alias or anchor, whose name cannot go on with"
          + " this character; expected the value in quotes if it starts with '*' or '&'");
    }
    return at(c, inPlainWords(problem).replaceAll("\\(\\d+\\)$", "").strip()
        + (problem.contains("end of stream") ? "; expected every quote and bracket to be closed"
        : ""));
  }

  /** snakeyaml-engine's words with its parser terms put plainly, without its "(while ...)". */
  static String inPlainWords(String problem) {
    return problem.replace("<block end>", "the end of the indented block")
        .replace("'<scalar>'", "a value").replace("<scalar>", "a value")
        .replace("'<block mapping start>'", "a more indented key")
        .replace("'<block sequence start>'", "a more indented list item")
        .replace("<stream end>", "the end of the file")
        .replace("<document start>", "'---'").replace("<document end>", "'...'");
  }
}
