package org.siplab.scenario.load;

import java.util.EnumSet;
import java.util.Set;
import org.siplab.scenario.model.ElementKind;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The name of another element of one of some kinds. Whether it exists and has the right kind is
 * checked once every element is known.
 */
final class ElementRefType extends ScalarType<String> {

  private final Set<ElementKind> kinds;

  ElementRefType(Set<ElementKind> kinds) {
    super(Reference.kindsList(kinds) + " name", "the name of " + Reference.kindsPhrase(kinds));
    this.kinds = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
  }

  @Override
  String parse(String text, ScalarNode node, ReadContext ctx) {
    ctx.refer(text, ctx.position(node), kinds);
    return text;
  }
}
