package org.siplab.scenario.load;

import java.util.Optional;
import org.siplab.scenario.model.Options;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A mapping of settings described by a {@link MappingSchema}, turned into a value by a builder
 * that may check how the keys go together (the builder reports problems and returns null).
 */
final class RecordType<T> implements ValueType<T> {

  /** Makes the value from complete options; reports a problem and returns null if they clash. */
  interface Builder<T> {
    T build(Options options, Node node, ReadContext ctx);
  }

  private final MappingSchema schema;
  private final Builder<T> builder;

  RecordType(MappingSchema schema, Builder<T> builder) {
    this.schema = schema;
    this.builder = builder;
  }

  /** The options themselves, for a nested mapping with nothing to check across keys. */
  static RecordType<Options> of(MappingSchema schema) {
    return new RecordType<>(schema, (options, node, ctx) -> options);
  }

  @Override
  public T read(Node node, ReadContext ctx) {
    Options options = schema.read(node, ctx, schema.noun());
    return options == null ? null : builder.build(options, node, ctx);
  }

  @Override
  public String name() {
    return "mapping";
  }

  @Override
  public String expected() {
    return "a mapping of " + schema.noun() + " settings, such as { " + schema.example() + " }";
  }

  @Override
  public String format(T value) {
    return "";
  }

  @Override
  public Optional<MappingSchema> nested() {
    return Optional.of(schema);
  }
}
