package org.siplab.scenario.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** A mapping whose keys are data, not settings, such as {@code users: { alice: secret }}. */
final class MapType<K, V> implements ValueType<Map<K, V>> {

  private final String noun;
  private final ScalarType<K> keys;
  private final ValueType<V> values;

  /** @param noun what the keys are, for the reference: {@code user}, {@code AOR} */
  MapType(String noun, ScalarType<K> keys, ValueType<V> values) {
    this.noun = noun;
    this.keys = keys;
    this.values = values;
  }

  String noun() {
    return noun;
  }

  @Override
  public Optional<MappingSchema> nested() {
    return values.nested();
  }

  @Override
  public Map<K, V> read(Node node, ReadContext ctx) {
    if (!(node instanceof MappingNode)) {
      ctx.unexpected(node, expected());
      return null;
    }
    Map<K, V> entries = new LinkedHashMap<>();
    Map<String, SourcePosition> seen = new LinkedHashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      K key = keys.read(tuple.getKeyNode(), ctx);
      V value = values.read(tuple.getValueNode(), ctx);
      if (key == null) {
        continue;
      }
      String written = ((ScalarNode) tuple.getKeyNode()).getValue();
      SourcePosition first = seen.putIfAbsent(written, ctx.position(tuple.getKeyNode()));
      if (first != null) {
        ctx.error(tuple.getKeyNode(), "duplicate " + noun + " " + Nodes.quote(written)
            + ", already given at line " + first.line() + "; expected each " + noun + " once");
      } else if (value != null) {
        entries.put(key, value);
      }
    }
    return entries;
  }

  @Override
  public String name() {
    return "mapping of " + noun + " to " + values.name();
  }

  @Override
  public String expected() {
    return "a mapping of " + noun + " to " + values.name() + ", such as { key: value }";
  }

  @Override
  public String format(Map<K, V> value) {
    return value.isEmpty() ? "{}" : value.toString();
  }
}
