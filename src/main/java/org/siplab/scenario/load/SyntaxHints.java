package org.siplab.scenario.load;

/**
 * Words for snakeyaml-engine's syntax errors, with a hint for the mistakes people make most often
 * in a scenario (an unquoted IPv6 address with a port, a tab, a ': ' inside a value...).
 */
final class SyntaxHints {

  private SyntaxHints() {}

  /** A mistake found before the place YAML gave up at, with its own position (from 1). */
  record Culprit(int line, int column, String message) {}

  /** Characters that look like a space but are not one to YAML, with their names. */
  private static final java.util.Map<Character, String> FALSE_SPACES = java.util.Map.of(
      '\u00A0', "a non-breaking space (U+00A0)", '\u2007', "a figure space (U+2007)",
      '\u202F', "a narrow non-breaking space (U+202F)", '\u200B', "a zero-width space (U+200B)",
      '\u3000', "an ideographic space (U+3000)", '\uFEFF', "a zero-width no-break space (U+FEFF)");

  /**
   * After a syntax error at {@code errorLine}, the mistake that most likely caused it, when it
   * lies on that line or before it: a character that looks like a space but is not one (pasted
   * from a web page or a word processor), or a double quote never closed on its line (YAML then
   * reads on into the next lines and fails where it no longer makes sense of them). Empty when
   * neither is there; the error is then reported where YAML gave up.
   */
  static java.util.Optional<Culprit> culprit(String text, int errorLine) {
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < Math.min(errorLine, lines.length); n++) {
      String line = lines[n];
      for (int i = n == 0 && line.startsWith("\uFEFF") ? 1 : 0; i < line.length(); i++) {
        String name = FALSE_SPACES.get(line.charAt(i));
        if (name != null && standsForASpace(line, i)) {
          return java.util.Optional.of(new Culprit(n + 1, line.codePointCount(0, i) + 1,
              "YAML syntax error: " + name + ", as text pasted from a web page or a word"
                  + " processor brings, which YAML does not take for a space; expected an"
                  + " ordinary space"));
        }
      }
    }
    for (int n = 0; n < Math.min(errorLine, lines.length); n++) {
      int open = unclosedQuote(lines[n]);
      if (open >= 0 && n + 1 < errorLine) {
        return java.util.Optional.of(new Culprit(n + 1, lines[n].codePointCount(0, open) + 1,
            "YAML syntax error: this quote is not closed on its line, so YAML read on to line "
                + errorLine + " and failed there; expected a closing \" before the end of the"
                + " line"));
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Whether a false space at {@code i} stands where YAML needs a real one: in the indentation, or
   * after the ':', '-' or ',' of the structure. Inside a value (a display name written with a
   * non-breaking space) it is text, and no mistake.
   */
  private static boolean standsForASpace(String line, int i) {
    boolean indentation = true;
    for (int j = 0; j < i && indentation; j++) {
      indentation = line.charAt(j) == ' ' || FALSE_SPACES.containsKey(line.charAt(j));
    }
    return indentation || ":-,".indexOf(line.charAt(i - 1)) >= 0;
  }

  /**
   * The index of a double quote that opens a value and is not closed on the line, or -1. Quotes
   * inside single-quoted text and after a comment's '#' do not count; in double-quoted text a
   * backslash escapes the next character.
   */
  private static int unclosedQuote(String line) {
    int open = -1;
    boolean single = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (open >= 0) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          open = -1;
        }
      } else if (single) {
        single = c != '\'';
      } else if (c == '"' && startsValue(line, i)) {
        open = i;
      } else if (c == '\'' && startsValue(line, i)) {
        single = true;
      } else if (c == '#' && (i == 0 || line.charAt(i - 1) == ' ')) {
        return -1;
      }
    }
    return open;
  }

  /** Whether a quote at {@code i} starts a scalar (YAML quotes only there; elsewhere, it is text). */
  private static boolean startsValue(String line, int i) {
    int j = i - 1;
    while (j >= 0 && line.charAt(j) == ' ') {
      j--;
    }
    return j < 0 || ":-[{,?".indexOf(line.charAt(j)) >= 0;
  }

  static String explain(String problem, String context, String line) {
    String what = "YAML syntax error: " + (problem == null ? "unreadable" : problem)
        + (context == null || context.isBlank() ? "" : " (" + context + ")");
    return what + hint(problem == null ? "" : problem, line);
  }

  private static String hint(String problem, String line) {
    if (line.matches(".*\\[[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*\\]:[0-9].*")) {
      return "; expected an IPv6 address with a port in quotes, such as \"[2001:db8::1]:5060\"";
    }
    if (problem.contains("TAB") || problem.contains("\\t")) {
      return "; expected spaces for indentation, not tabs";
    }
    if (problem.contains("mapping values are not allowed") || problem.endsWith("but got :")) {
      return "; expected a value containing ': ' in quotes, or a nested mapping on its own lines";
    }
    if (problem.contains("undefined alias")) {
      return "; expected a value starting with '*' in quotes, such as \"*\"";
    }
    if (problem.contains("cannot start any token")) {
      return "; expected a value starting with @ or ` in quotes";
    }
    if (problem.contains("end of stream") || problem.contains("unexpected end")) {
      return "; expected every quote and bracket to be closed";
    }
    if (problem.contains("expected <block end>")) {
      return "; expected this line indented like the keys around it";
    }
    return "";
  }
}
