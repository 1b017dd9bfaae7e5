package org.siplab.scenario.load;

/**
 * Words for snakeyaml-engine's syntax errors, with a hint for the mistakes people make most often
 * in a scenario (an unquoted IPv6 address with a port, a tab, a ': ' inside a value...).
 */
final class SyntaxHints {

  private SyntaxHints() {}

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
