package org.siplab.scenario.load;

import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * The result of reading a piece of text: a value, or a problem at an offset into the text (in
 * code points), so that the caller can point at the exact character.
 */
record Parsed<T>(T value, int offset, String problem) {

  static <T> Parsed<T> of(T value) {
    return new Parsed<>(value, 0, null);
  }

  static <T> Parsed<T> failure(int offset, String problem) {
    return new Parsed<>(null, offset, problem);
  }

  boolean ok() {
    return problem == null;
  }

  /** The value, or null after reporting the problem at its place in {@code node}. */
  T reportTo(ReadContext ctx, ScalarNode node, int base) {
    if (!ok()) {
      ctx.error(ctx.position(node, base + offset), problem);
    }
    return value;
  }

  /** The same problem as a failure of another type, {@code by} code points further on. */
  <U> Parsed<U> shifted(int by) {
    return failure(offset + by, problem);
  }

  /** The same problem as a failure of another type. */
  <U> Parsed<U> asFailure() {
    return shifted(0);
  }
}
