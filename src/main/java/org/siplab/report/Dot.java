package org.siplab.report;

/**
 * Quoting for DOT sources. Labels come from the trace (element names, addresses), so each is a
 * quoted string with its quotes and backslashes escaped and its line breaks as {@code \n}.
 *
 * <p>No DOT source here may name a font: graphviz-java measures a named font with the fonts of the
 * machine it runs on, which would make the layout differ from machine to machine; without one, the
 * JavaScript engine uses its built-in Times metrics everywhere.
 */
final class Dot {

  private Dot() {}

  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> { }
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
