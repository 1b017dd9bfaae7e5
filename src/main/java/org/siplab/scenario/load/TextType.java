package org.siplab.scenario.load;

import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Any scalar, as written; a number or {@code true} is text too ({@code password: 1234}). */
final class TextType extends ScalarType<String> {

  /** What text a key takes. */
  enum Kind {
    /** Anything, over several lines too (a description). */
    TEXT("text", "text"),
    /** One line: a value printed in a header field (a display name, a realm). */
    LINE("line", "one line of text"),
    /** One word: a user name, an account name. */
    WORD("word", "a word without spaces"),
    /** A title: one line, not empty (a report's heading and the browser tab's name). */
    TITLE("title", "a title on one line");

    final String name;
    final String expected;

    Kind(String name, String expected) {
      this.name = name;
      this.expected = expected;
    }
  }

  private final Kind kind;

  TextType(Kind kind) {
    super(kind.name, kind.expected);
    this.kind = kind;
  }

  @Override
  String parse(String text, ScalarNode node, ReadContext ctx) {
    if (kind == Kind.TITLE && text.isBlank()) {
      ctx.error(node, "the title is empty, which would leave the report without a heading;"
          + " expected " + expected() + " (or no name: key, for the file name)");
      return null;
    }
    if (kind == Kind.TITLE && text.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      ctx.error(node, "the title runs over several lines; expected " + expected()
          + " (the description takes several)");
      return null;
    }
    if (kind == Kind.WORD && text.isEmpty()) {
      ctx.error(node, "the value is empty; expected " + expected());
      return null;
    }
    if (kind == Kind.WORD && text.codePoints().anyMatch(Character::isWhitespace)) {
      ctx.error(node, Nodes.quote(text) + " contains a space; expected " + expected());
      return null;
    }
    // A header field ends at a line break (RFC 3261 section 7.3.1), and a quoted-string can carry
    // no CR or LF at all (section 25.1), so a value that goes into a header is one line.
    if (kind == Kind.LINE && text.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      ctx.error(node, Nodes.quote(text) + " contains a line break; expected " + expected()
          + ", since it goes into a SIP header field");
      return null;
    }
    return text;
  }
}
