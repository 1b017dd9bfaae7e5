package org.siplab.report;

/**
 * Quoting for DOT sources. Labels come from the trace (element names, addresses), so each is a
 * quoted string with its quotes and backslashes escaped and its line breaks as {@code \n}. graphviz
 * reads HTML entities in every label ({@code a&amp;b} shows as a&b), and graphviz-java refuses a
 * source holding {@code <img>}, so '&', '<' and '>' are written as entities and show as
 * themselves.
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
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
