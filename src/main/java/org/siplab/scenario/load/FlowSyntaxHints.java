package org.siplab.scenario.load;

import static org.siplab.scenario.load.SyntaxHints.at;

import org.siplab.scenario.load.SyntaxHints.Explained;

/**
 * Syntax errors inside a flow collection, {@code { ... }} or {@code [ ... ]}: a '{' not closed
 * on its line (YAML reads on into the next lines), a closing bracket of the other kind, a ','
 * left out between two entries, or a value holding ': ' without quotes.
 */
final class FlowSyntaxHints {

  private FlowSyntaxHints() {}

  /** "expected ',' or '}', but got ...": inside a {...} or [...] YAML read something else. */
  static Explained unfinished(String[] lines, YamlComplaint c) {
    char closer = c.problem().startsWith("expected ',' or '}'") ? '}' : ']';
    char opener = closer == '}' ? '{' : '[';
    String got = c.problem().substring(c.problem().indexOf("but got") + "but got".length()).trim();
    if (c.hasContext()) {
      String openLine = YamlLines.at(lines, c.contextLine());
      int open = YamlLines.index(openLine, c.contextColumn());
      if (got.contains("stream end") || got.contains("end of stream")) {
        return new Explained(c.contextLine(), c.contextColumn(), "this '" + opener + "' is"
            + " never closed; expected '" + closer + "' after its last entry");
      }
      if (c.contextLine() < c.line() && YamlLines.openBrackets(openLine, open) > 0) {
        return new Explained(c.contextLine(), c.contextColumn(), "this '" + opener + "' is not"
            + " closed on its line, so YAML read on into line " + c.line() + " and failed there;"
            + " expected '" + closer + "' before the end of line " + c.contextLine());
      }
      if (got.equals("}") || got.equals("]")) {
        return at(c, "a '" + got + "' where the '" + opener + "' opened at line "
            + c.contextLine() + ", column " + c.contextColumn() + " needs a '" + closer
            + "'; expected '" + closer + "'");
      }
    }
    if (got.equals(":")) {
      return missingComma(YamlLines.at(lines, c.line()), c, closer);
    }
    String found = got.length() == 1 ? "'" + got + "'" : RareSyntaxHints.inPlainWords(got);
    return at(c, "inside " + opener + " " + closer + " YAML expected a ',' before the next entry"
        + " or a '" + closer + "' to end it, but found " + found + "; expected a ',' or '" + closer
        + "' here, or the value in quotes if it holds " + (got.length() == 1 ? found
        : "such characters"));
  }

  /**
   * A ':' where YAML wanted ',' or '}': the words before it ran on from the previous value, so
   * either a ',' is missing between two entries, or a value holds ': ' and needs quotes.
   */
  private static Explained missingComma(String line, YamlComplaint c, char closer) {
    int colon = YamlLines.index(line, c.column());
    int from = Math.max(Math.max(line.lastIndexOf(", ", colon), line.lastIndexOf(": ", colon - 1)),
        Math.max(line.lastIndexOf('{', colon), line.lastIndexOf('[', colon)));
    String words = line.substring(Math.max(0, from + 1), Math.min(colon, line.length()))
        .replaceFirst("^[\\s:,]+", "").strip();
    int space = words.lastIndexOf(' ');
    if (space > 0) {
      String key = words.substring(space + 1);
      return at(c, "a ':' after '" + words + "'; expected a ',' before '" + key + "' if it starts"
          + " the next entry of this " + (closer == '}' ? "{ }" : "[ ]") + ", or the value in"
          + " quotes if it holds ': '");
    }
    return at(c, "a ':' inside a value of this " + (closer == '}' ? "{ }" : "[ ]") + "; expected"
        + " a value holding ':' in quotes, or a ',' between two entries");
  }
}
