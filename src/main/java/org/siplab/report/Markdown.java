package org.siplab.report;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A scenario's Markdown description as HTML. Raw HTML in it is escaped, not passed through, and
 * link targets are sanitized ({@code javascript:} dropped), so a description shows as text what
 * it would otherwise run.
 */
final class Markdown {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .escapeHtml(true)
      .sanitizeUrls(true)
      .softbreak("\n")
      .build();

  private Markdown() {}

  static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }
}
