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
 * A value with a comma in it, written inside a flow mapping: {@code { at: 1,5s, do: ... }}, or
 * a number with a space after its comma, {@code { at: 1, 5s, do: ... }}, or a list without its
 * brackets, {@code { between: alice, proxy }}.
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

  /**
   * The keys whose value is a list: {@code between: alice,proxy} is the list without its
   * brackets, and quoting it, as for text, would only lead to "expected ... as a list".
   */
  private static final Set<String> LIST_KEYS = Set.of(NetworkSchema.BETWEEN.name(),
      PhoneSchema.CODECS.name(), PhoneSchema.PROXY.name(), KindSchema.MISBEHAVE);

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
      // A key that is no scalar ({ [x]: y }, or [[x]: y] in a list) is no key of ours: the
      // schema readers say what it is.
      if (!(tuples.get(i).getValueNode() instanceof ScalarNode value) || !plain(value)
          || !(tuples.get(i).getKeyNode() instanceof ScalarNode keyNode)) {
        continue;
      }
      List<ScalarNode> pieces = new ArrayList<>();
      List<String> gaps = new ArrayList<>();
      Node before = value;
      for (int j = i + 1; j < tuples.size(); j++) {
        Optional<String> gap = gap(before, tuples.get(j), text);
        if (gap.isEmpty()) {
          break;
        }
        before = tuples.get(j).getKeyNode();
        pieces.add((ScalarNode) before);
        gaps.add(gap.get());
      }
      String key = keyNode.getValue();
      if (!pieces.isEmpty() && (gaps.stream().allMatch(String::isEmpty)
          || isNumber(joined(value, pieces, List.of())) || LIST_KEYS.contains(key))) {
        explain(keyNode, value, pieces, gaps, ctx);
        i += pieces.size();
      }
    }
  }

  /**
   * The spaces between the ',' that ends {@code before} and {@code next}, when {@code next} is
   * the rest of that value: a plain key written after the ',' on the same line, with no ':' and
   * so no value of its own; else empty. With spaces, {@code { at: 1, 5s }} is as likely a slip
   * for 1.5s as {@code 1,5s} is, but {@code { between: alice, proxy }} is a list that lost its
   * brackets: {@link #splitsIn} takes a spaced split only for a number.
   */
  private static Optional<String> gap(Node before, NodeTuple next, int[] text) {
    if (!(next.getKeyNode() instanceof ScalarNode key) || !plain(key)
        || !Nodes.isNull(next.getValueNode())) {
      return Optional.empty();
    }
    Optional<Mark> end = before.getEndMark();
    Optional<Mark> start = key.getStartMark();
    Optional<Mark> keyEnd = key.getEndMark();
    if (end.isEmpty() || start.isEmpty() || keyEnd.isEmpty()) {
      return Optional.empty();
    }
    int comma = end.get().getIndex();
    int from = start.get().getIndex();
    int after = keyEnd.get().getIndex();
    if (comma >= text.length || text[comma] != ',' || from <= comma
        || start.get().getLine() != end.get().getLine()
        || after < text.length && text[after] == ':') {
      return Optional.empty();
    }
    for (int k = comma + 1; k < from; k++) {
      if (text[k] != ' ') {
        return Optional.empty();
      }
    }
    return Optional.of(" ".repeat(from - comma - 1));
  }

  /** The value and its pieces joined by ',' and the {@code gaps} written after each (or none). */
  private static String joined(ScalarNode value, List<ScalarNode> pieces, List<String> gaps) {
    StringBuilder sb = new StringBuilder(value.getValue());
    for (int i = 0; i < pieces.size(); i++) {
      sb.append(',').append(gaps.isEmpty() ? "" : gaps.get(i)).append(pieces.get(i).getValue());
    }
    return sb.toString();
  }

  private static boolean isNumber(String whole) {
    return whole.matches(DECIMAL_COMMA) || whole.matches(THOUSANDS);
  }

  private static boolean plain(ScalarNode node) {
    return node.getScalarStyle() == ScalarStyle.PLAIN && !node.getValue().isEmpty();
  }

  private static void explain(ScalarNode key, ScalarNode value, List<ScalarNode> pieces,
      List<String> gaps, ReadContext ctx) {
    StringBuilder read = new StringBuilder("'" + key.getValue() + ": " + value.getValue() + "'");
    for (int i = 0; i < pieces.size(); i++) {
      read.append(i == pieces.size() - 1 ? " and" : ",").append(" a key '")
          .append(pieces.get(i).getValue()).append("'");
    }
    String whole = joined(value, pieces, List.of());
    String name = key.getValue() + ": ";
    String expected;
    if (whole.matches(DECIMAL_COMMA)) {
      expected = name + whole.replace(',', '.') + ", with a decimal point (a value that must hold"
          + " a comma goes in quotes)";
    } else if (whole.matches(THOUSANDS)) {
      expected = name + whole.replace(",", "") + ", without the thousands separators";
    } else if (LIST_KEYS.contains(key.getValue())) {
      expected = "a list in brackets, " + name + "[" + whole.replace(",", ", ") + "]";
    } else {
      expected = "the value in quotes, " + name + "\"" + whole + "\"";
    }
    boolean spaced = gaps.stream().anyMatch(g -> !g.isEmpty());
    ctx.error(ctx.position(value, 0), "inside { } a ',' separates entries"
        + (spaced ? "," : ", even with no space after it,") + " so YAML read '" + name
        + joined(value, pieces, gaps) + "' as " + read + "; expected " + expected);
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
