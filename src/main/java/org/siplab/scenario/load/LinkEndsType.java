package org.siplab.scenario.load;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A link's {@code between: [alice, proxy]}: a list of element names, read as any such list, except
 * that one name written alone gets advice that fits a link. "Write [alice-proxy] for a list of
 * one" cannot help, since a link needs two names; {@code alice-proxy} is most likely the two names
 * joined, and is shown split.
 */
final class LinkEndsType implements ValueType<List<String>> {

  private final ValueType<List<String>> list = Types.listOf(Types.element());

  @Override
  public List<String> read(Node node, ReadContext ctx) {
    if (node instanceof ScalarNode scalar && !Nodes.isNull(scalar)) {
      String written = scalar.getValue();
      ctx.error(node, "found " + Nodes.quote(written) + "; expected the two elements of the link"
          + " as a list, such as " + split(written, ctx).orElse("[alice, proxy]"));
      return null;
    }
    return list.read(node, ctx);
  }

  /**
   * {@code [alice, proxy]} when {@code written} is two element names joined by '-', ',' or
   * spaces; a name may hold '-' itself, so every place is tried.
   */
  private static Optional<String> split(String written, ReadContext ctx) {
    for (int i = 1; i < written.length() - 1; i++) {
      char c = written.charAt(i);
      if (c != '-' && c != ',' && c != ' ') {
        continue;
      }
      String first = written.substring(0, i).strip();
      String second = written.substring(i + 1).strip();
      if (ctx.elements().contains(first) && ctx.elements().contains(second)) {
        return Optional.of("[" + first + ", " + second + "]");
      }
    }
    return Optional.empty();
  }

  @Override
  public String name() {
    return list.name();
  }

  @Override
  public String expected() {
    return list.expected();
  }

  @Override
  public String format(List<String> values) {
    return list.format(values);
  }
}
