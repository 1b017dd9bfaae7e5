package org.siplab.scenario.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A value with a comma in it, written inside a flow mapping: {@code { at: 1,5s, do: ... }}.
 * Inside {@code { }} a ',' separates entries even with no space after it, so YAML reads
 * {@code at: 1} and then a key {@code 5s} with no value; the readers would then say that '1' has
 * no unit and that '5s' is an unknown key, neither of which tells what happened. This finds each
 * such split, says what YAML did and what to write, and covers the two pieces so that nothing
 * else is said about them.
 */
final class CommaSplits {

  /** A decimal number with a comma for its point, and perhaps a unit: 1,5s, 0,2. */
  private static final String DECIMAL_COMMA = "[+-]?[0-9]+,[0-9]+ ?[A-Za-z%]*";

  /** A whole number in groups of three digits, and perhaps a unit: 1,500,000us. */
  private static final String THOUSANDS = "[+-]?[0-9]{1,3}(,[0-9]{3})+ ?[A-Za-z%]*";

  private CommaSplits() {}

  /** Reports every split value under {@code root} into {@code ctx}, covering its pieces. */
  static void report(Node root, ReadContext ctx, int[] text) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (node instanceof MappingNode mapping) {
        if (mapping.getFlowStyle() == FlowStyle.FLOW) {
          splitsIn(mapping.getValue(), ctx, text);
        }
        for (NodeTuple tuple : mapping.getValue()) {
          todo.push(tuple.getValueNode());
          todo.push(tuple.getKeyNode());
        }
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(todo::push);
      }
    }
  }

  private static void splitsIn(List<NodeTuple> tuples, ReadContext ctx, int[] text) {
    for (int i = 0; i < tuples.size(); i++) {
      if (!(tuples.get(i).getValueNode() instanceof ScalarNode value) || !plain(value)) {
        continue;
      }
      List<ScalarNode> pieces = new ArrayList<>();
      Node before = value;
      for (int j = i + 1; j < tuples.size() && continues(before, tuples.get(j), text); j++) {
        before = tuples.get(j).getKeyNode();
        pieces.add((ScalarNode) before);
      }
      if (!pieces.isEmpty()) {
        explain((ScalarNode) tuples.get(i).getKeyNode(), value, pieces, ctx);
        i += pieces.size();
      }
    }
  }

  /**
   * Whether {@code next} is the rest of the value that ends with {@code before}: a plain key
   * written right after a ',' that ends {@code before}, with no ':' and so no value of its own.
   */
  private static boolean continues(Node before, NodeTuple next, int[] text) {
    if (!(next.getKeyNode() instanceof ScalarNode key) || !plain(key)
        || !Nodes.isNull(next.getValueNode())) {
      return false;
    }
    Optional<Mark> end = before.getEndMark();
    Optional<Mark> start = key.getStartMark();
    Optional<Mark> keyEnd = key.getEndMark();
    if (end.isEmpty() || start.isEmpty() || keyEnd.isEmpty()) {
      return false;
    }
    int comma = end.get().getIndex();
    int after = keyEnd.get().getIndex();
    return comma < text.length && text[comma] == ',' && start.get().getIndex() == comma + 1
        && start.get().getLine() == end.get().getLine()
        && (after >= text.length || text[after] != ':');
  }

  private static boolean plain(ScalarNode node) {
    return node.getScalarStyle() == ScalarStyle.PLAIN && !node.getValue().isEmpty();
  }

  private static void explain(ScalarNode key, ScalarNode value, List<ScalarNode> pieces,
      ReadContext ctx) {
    StringBuilder written = new StringBuilder(value.getValue());
    StringBuilder read = new StringBuilder("'" + key.getValue() + ": " + value.getValue() + "'");
    for (int i = 0; i < pieces.size(); i++) {
      written.append(',').append(pieces.get(i).getValue());
      read.append(i == pieces.size() - 1 ? " and" : ",").append(" a key '")
          .append(pieces.get(i).getValue()).append("'");
    }
    String whole = written.toString();
    String name = key.getValue() + ": ";
    String expected;
    if (whole.matches(DECIMAL_COMMA)) {
      expected = name + whole.replace(',', '.') + ", with a decimal point (a value that must hold"
          + " a comma goes in quotes)";
    } else if (whole.matches(THOUSANDS)) {
      expected = name + whole.replace(",", "") + ", without the thousands separators";
    } else {
      expected = "the value in quotes, " + name + "\"" + whole + "\"";
    }
    ctx.error(ctx.position(value, 0), "inside { } a ',' separates entries, even with no space"
        + " after it, so YAML read '" + name + whole + "' as " + read + "; expected " + expected);
    // A reader may point at a node where it starts (its anchor, if it has one) or where its
    // text does: both places are covered.
    for (ScalarNode piece : pieces) {
      ctx.problems().cover(ctx.position(piece));
      ctx.problems().cover(ctx.position(piece, 0));
    }
    ctx.problems().cover(ctx.position(value));
    ctx.problems().cover(ctx.position(value, 0));
  }
}
