package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * How siplab reads a scenario's Markdown description, for the report and for the terminal alike:
 * CommonMark with GitHub's tables (a teacher writes timer tables), and a star between a number and
 * a term read as the multiplication it is in SIP texts. RFC 3261 writes {@code 2*T1} and
 * {@code 64*T1}; CommonMark would take the stars of a description's
 * {@code after 2*T1, then 4*T1} for the marks of an emphasis and show
 * {@code after 2<em>T1, then 4</em>T1}.
 */
public final class DescriptionMarkdown {

  /** The extensions the parser and the HTML renderer share. */
  static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private DescriptionMarkdown() {}

  /** The description's document, with multiplication stars given back as text. */
  public static Node parse(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Emphasis> products = new ArrayList<>();
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Emphasis emphasis) {
        if (isMultiplication(emphasis)) {
          products.add(emphasis);
        }
        visitChildren(emphasis);
      }
    });
    products.forEach(DescriptionMarkdown::unwrap);
    return document;
  }

  /**
   * Whether an emphasis was made of two stars that each stand between a digit and what follows:
   * its opening star comes right after a digit ({@code 2*T1}), and so does its closing one
   * ({@code ..., then 4*T1}). Emphasis written to emphasise starts after a space or punctuation.
   */
  private static boolean isMultiplication(Emphasis emphasis) {
    return "*".equals(emphasis.getOpeningDelimiter())
        && emphasis.getPrevious() instanceof Text before && endsWithDigit(before.getLiteral())
        && emphasis.getLastChild() instanceof Text last && endsWithDigit(last.getLiteral());
  }

  private static boolean endsWithDigit(String text) {
    return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
  }

  /** Puts the emphasis's stars and children back in its place, as plain text. */
  private static void unwrap(Emphasis emphasis) {
    emphasis.insertBefore(new Text("*"));
    for (Node child = emphasis.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      emphasis.insertBefore(child);
      child = next;
    }
    emphasis.insertBefore(new Text("*"));
    emphasis.unlink();
  }
}
