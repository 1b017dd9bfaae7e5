package org.siplab.scenario.load;

/**
 * A YAML file's lines as a person sees them, for explaining syntax errors: columns count code
 * points from 1, as snakeyaml-engine's marks and siplab's messages do, and a comment is the text
 * from a '#' that follows a space (or starts the line) outside quotes.
 */
final class YamlLines {

  private YamlLines() {}

  /** The text's lines, without their line ends (LF or CR LF). */
  static String[] of(String text) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].endsWith("\r")) {
        lines[i] = lines[i].substring(0, lines[i].length() - 1);
      }
    }
    return lines;
  }

  /** Line {@code number} (from 1), or "" past the end. */
  static String at(String[] lines, int number) {
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }

  /** The column (from 1, in code points) of the character at {@code index}. */
  static int column(String line, int index) {
    return line.codePointCount(0, Math.min(index, line.length())) + 1;
  }

  /** The index of the character at {@code column} (from 1, in code points), or the line's end. */
  static int index(String line, int column) {
    int cps = line.codePointCount(0, line.length());
    return column - 1 >= cps ? line.length() : line.offsetByCodePoints(0, Math.max(0, column - 1));
  }

  /** Whether a quote at {@code i} starts a scalar: YAML quotes only there, elsewhere it is text. */
  static boolean startsValue(String line, int i) {
    int j = i - 1;
    while (j >= 0 && line.charAt(j) == ' ') {
      j--;
    }
    return j < 0 || ":-[{,?".indexOf(line.charAt(j)) >= 0;
  }

  /** The line without its comment and the spaces before it. */
  static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if ((c == '"' || c == '\'') && startsValue(line, i)) {
        quote = c;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\t')) {
        return line.substring(0, i).stripTrailing();
      }
    }
    return line.stripTrailing();
  }

  /**
   * How many of the '{' and '[' from {@code from} to the end of the line stay open there, outside
   * quotes and comments (a closing bracket takes back one).
   */
  static int openBrackets(String line, int from) {
    String content = withoutComment(line);
    int depth = 0;
    char quote = 0;
    for (int i = from; i < content.length(); i++) {
      char c = content.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if ((c == '"' || c == '\'') && startsValue(content, i)) {
        quote = c;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    }
    return depth;
  }
}
