package org.siplab.report;

/**
 * Escaping for the SVG the report builds by hand. Everything that comes from a trace (element
 * names, first lines, fault descriptions) goes through here, so a message cannot add markup.
 */
final class Xml {

  private Xml() {}

  /** Appends {@code <text class="cssClass" x y>text</text>}, the text escaped. */
  static void text(StringBuilder out, String cssClass, int x, int y, String text) {
    out.append("<text class=\"").append(cssClass).append("\" x=\"").append(x).append("\" y=\"")
        .append(y).append("\">").append(escape(text)).append("</text>");
  }

  /** Text content or a double-quoted attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }
}
