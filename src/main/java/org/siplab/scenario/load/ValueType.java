package org.siplab.scenario.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A kind of value a key takes (a duration, a list of element names...): how to read it from a YAML
 * node, checking everything that can be checked in isolation, and how to name it in messages and
 * in the reference tables of scenarios/README.md.
 */
interface ValueType<T> {

  /** The value, or null after reporting to {@code ctx} what is wrong. Never throws. */
  T read(Node node, ReadContext ctx);

  /** Short, for the type column of the reference: {@code duration}. */
  String name();

  /** For messages, after "expected": {@code a duration such as 500ms or 2s}. */
  String expected();

  /** How a value of this type is written in a scenario file, for defaults in the reference. */
  default String format(T value) {
    return String.valueOf(value);
  }

  /** The keys of a mapping type, which the reference lists under the key that holds it. */
  default Optional<MappingSchema> nested() {
    return Optional.empty();
  }
}
