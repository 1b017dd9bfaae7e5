package org.siplab.scenario.load;

import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A value written as one scalar; the subclass reads its text. */
abstract class ScalarType<T> implements ValueType<T> {

  private final String name;
  private final String expected;

  ScalarType(String name, String expected) {
    this.name = name;
    this.expected = expected;
  }

  @Override
  public final T read(Node node, ReadContext ctx) {
    String anchor = Nodes.anchorInsteadOfValue(node);
    if (anchor != null) {
      ctx.error(node, anchor);
      return null;
    }
    if (!(node instanceof ScalarNode) || Nodes.isNull(node)) {
      ctx.unexpected(node, expected);
      return null;
    }
    return parse(((ScalarNode) node).getValue(), (ScalarNode) node, ctx);
  }

  /** The value of {@code text}, or null after reporting the problem. */
  abstract T parse(String text, ScalarNode node, ReadContext ctx);

  @Override
  public String name() {
    return name;
  }

  @Override
  public String expected() {
    return expected;
  }
}
