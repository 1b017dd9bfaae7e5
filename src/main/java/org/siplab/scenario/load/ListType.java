package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A list of values of one type, {@code [a, b]} or one {@code - item} a line. With {@code
 * singleAllowed}, one value written alone stands for a list of one.
 */
final class ListType<T> implements ValueType<List<T>> {

  private final ValueType<T> item;
  private final boolean singleAllowed;

  ListType(ValueType<T> item, boolean singleAllowed) {
    this.item = item;
    this.singleAllowed = singleAllowed;
  }

  @Override
  public List<T> read(Node node, ReadContext ctx) {
    if (singleAllowed && node instanceof ScalarNode && !Nodes.isNull(node)) {
      T value = item.read(node, ctx);
      return value == null ? null : List.of(value);
    }
    if (!(node instanceof SequenceNode)) {
      String hint = node instanceof ScalarNode && !Nodes.isNull(node)
          ? "; write [" + ((ScalarNode) node).getValue() + "] for a list of one"
          : "";
      ctx.unexpected(node, expected() + hint);
      return null;
    }
    List<T> values = new ArrayList<>();
    for (Node element : ((SequenceNode) node).getValue()) {
      T value = item.read(element, ctx);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  @Override
  public String name() {
    return (singleAllowed ? item.name() + " or list of " : "list of ") + item.name();
  }

  @Override
  public String expected() {
    return (singleAllowed ? item.expected() + ", or " : "")
        + "a list such as [a, b] where each item is " + item.expected();
  }

  @Override
  public String format(List<T> values) {
    List<String> written = new ArrayList<>();
    values.forEach(value -> written.add(item.format(value)));
    return "[" + String.join(", ", written) + "]";
  }

  @Override
  public Optional<MappingSchema> nested() {
    return item.nested();
  }
}
