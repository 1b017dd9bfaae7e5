package org.siplab.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A scenario's Markdown description, as {@link DescriptionMarkdown} reads it, as HTML. Raw HTML in
 * it is escaped, not passed through; link targets keep only the http, https and mailto schemes
 * ({@code javascript:}, {@code data:} and the rest are emptied), so a description shows as text
 * what it would otherwise run; and an image becomes a link to it, because the report fetches
 * nothing when it opens.
 */
final class Markdown {

  private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
      .extensions(DescriptionMarkdown.EXTENSIONS)
      .escapeHtml(true)
      .sanitizeUrls(true)
      .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
      .nodeRendererFactory(ImageAsLink::new)
      .softbreak("\n")
      .build();

  private Markdown() {}

  static String html(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(DescriptionMarkdown.parse(markdown));
  }

  /**
   * The description split for the top of a report: its first paragraph, always shown, and the
   * rest, shown on request, so that on a projector the ladder starts on the first screen. A
   * description that does not open with a paragraph (a list, a heading) is all rest.
   */
  static Split split(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return new Split("", "");
    }
    Node document = DescriptionMarkdown.parse(markdown);
    Node first = document.getFirstChild();
    if (!(first instanceof Paragraph)) {
      return new Split("", RENDERER.render(document));
    }
    first.unlink();
    Document lead = new Document();
    lead.appendChild(first);
    return new Split(RENDERER.render(lead), RENDERER.render(document));
  }

  /** A description as HTML in two parts: the first paragraph, and the rest (either may be ""). */
  record Split(String leadHtml, String restHtml) {}

  /** {@code ![text](url)} as {@code <a href="url">image: text</a>}. */
  private static final class ImageAsLink implements NodeRenderer {

    private final HtmlNodeRendererContext context;

    ImageAsLink(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("rel", "nofollow");
      attributes.put("href",
          context.encodeUrl(context.urlSanitizer().sanitizeLinkUrl(image.getDestination())));
      HtmlWriter html = context.getWriter();
      html.tag("a", attributes);
      html.text("image: ");
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        context.render(child);
      }
      html.tag("/a");
    }
  }
}
