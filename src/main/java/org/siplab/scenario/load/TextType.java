package org.siplab.scenario.load;

import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Any scalar, as written; a number or {@code true} is text too ({@code password: 1234}). */
final class TextType extends ScalarType<String> {

  private final boolean singleWord;

  TextType(boolean singleWord) {
    super(singleWord ? "word" : "text", singleWord ? "a word without spaces" : "text");
    this.singleWord = singleWord;
  }

  @Override
  String parse(String text, ScalarNode node, ReadContext ctx) {
    if (singleWord && text.isEmpty()) {
      ctx.error(node, "the value is empty; expected " + expected());
      return null;
    }
    if (singleWord && text.codePoints().anyMatch(Character::isWhitespace)) {
      ctx.error(node, Nodes.quote(text) + " contains a space; expected " + expected());
      return null;
    }
    return text;
  }
}
