package org.siplab.cli;

import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.siplab.report.DescriptionMarkdown;

/**
 * A scenario's Markdown description as text for a terminal: the words of its emphasis, code
 * spans and links without their marks ({@code **480**} is {@code 480}, {@code `answer:`} is
 * {@code answer:}), a line break inside a paragraph as a space, and blocks apart by a blank line,
 * as {@link org.siplab.trace.RunSummary#firstSentence} expects. The HTML report renders the same
 * text with its own Markdown renderer; this changes nothing there.
 */
final class PlainText {

  private PlainText() {}

  static String of(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Words words = new Words(out);
    for (Node block = DescriptionMarkdown.parse(markdown).getFirstChild(); block != null;
        block = block.getNext()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      block.accept(words);
    }
    return out.toString().strip();
  }

  /** Appends the text of the nodes it visits, and none of their marks. */
  private static final class Words extends AbstractVisitor {

    private final StringBuilder out;

    Words(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void visit(Text text) {
      out.append(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
      out.append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      out.append(' ');
    }

    @Override
    public void visit(ListItem item) {
      out.append("\n- ");
      visitChildren(item);
    }

    @Override
    public void visit(FencedCodeBlock block) {
      out.append(block.getLiteral().strip());
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      out.append(block.getLiteral().strip());
    }

    // A table's rows on lines of their own, its cells apart by a bar, as the file writes them.
    @Override
    public void visit(CustomNode node) {
      if (node.getPrevious() != null) {
        if (node instanceof TableCell) {
          out.append(" | ");
        } else if (node instanceof TableRow || node instanceof TableBody) {
          out.append('\n');
        }
      }
      visitChildren(node);
    }

    // Raw HTML is shown as written: a terminal does not render it either.
    @Override
    public void visit(HtmlInline html) {
      out.append(html.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
      out.append(html.getLiteral().strip());
    }
  }
}
