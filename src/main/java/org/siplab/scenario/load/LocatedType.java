package org.siplab.scenario.load;

import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Another scalar type's value, with where it was written. */
final class LocatedType<T> extends ScalarType<Located<T>> {

  private final ScalarType<T> inner;

  LocatedType(ScalarType<T> inner) {
    super(inner.name(), inner.expected());
    this.inner = inner;
  }

  @Override
  Located<T> parse(String text, ScalarNode node, ReadContext ctx) {
    T value = inner.parse(text, node, ctx);
    return value == null ? null : new Located<>(value, ctx.position(node));
  }
}
