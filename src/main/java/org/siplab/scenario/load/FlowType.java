package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.siplab.scenario.model.FlowItem;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The messages of a flow: {@code [alice>proxy INVITE, ..., { any-order: [a>b 100, b>c INVITE] }]}.
 * {@code ...} lets any messages come between its neighbours.
 */
final class FlowType implements ValueType<List<FlowItem>> {

  static final String GAP = "...";
  static final String ANY_ORDER = "any-order";

  @Override
  public List<FlowItem> read(Node node, ReadContext ctx) {
    if (!(node instanceof SequenceNode)) {
      ctx.unexpected(node, expected());
      return null;
    }
    List<FlowItem> items = new ArrayList<>();
    boolean anyStep = false;
    for (Node item : ((SequenceNode) node).getValue()) {
      FlowItem read = item(item, ctx);
      if (read != null) {
        items.add(read);
      }
      anyStep |= !(item instanceof ScalarNode s && s.getValue().strip().equals(GAP));
    }
    if (!anyStep) {
      // A flow of nothing, or of ... alone, would pass whatever the run sent: it checks nothing.
      ctx.error(node, "this flow has no message steps, so it would check nothing; expected at"
          + " least one flow step " + FlowText.FORM);
      return null;
    }
    return items;
  }

  private static FlowItem item(Node node, ReadContext ctx) {
    if (node instanceof ScalarNode s && s.getValue().strip().equals(GAP)) {
      return new FlowItem.Gap(ctx.position(node));
    }
    if (node instanceof MappingNode m) {
      return anyOrder(m, ctx);
    }
    if (node instanceof ScalarNode s && isNearGap(s.getValue().strip())) {
      ctx.error(node, Nodes.quote(s.getValue().strip()) + " is not a flow step; did you mean '"
          + GAP + "' (any messages between its neighbours)?");
      return null;
    }
    return message(node, ctx);
  }

  /**
   * {@code ..}, {@code ....} or the one-character ellipsis {@code …}, which editors and word
   * processors put in place of three dots: meant as the gap, not as a step.
   */
  private static boolean isNearGap(String text) {
    boolean dots = !text.isEmpty() && text.chars().allMatch(c -> c == '.' || c == '\u2026');
    return dots && !text.equals(GAP) && !text.equals(".");
  }

  private static FlowItem.AnyOrder anyOrder(MappingNode node, ReadContext ctx) {
    List<NodeTuple> entries = node.getValue();
    Node key = entries.isEmpty() ? node : entries.get(0).getKeyNode();
    String word = key instanceof ScalarNode k ? k.getValue() : null;
    if (entries.size() != 1 || !ANY_ORDER.equals(word)) {
      String hint = word != null && Suggest.closest(word, List.of(ANY_ORDER)).isPresent()
          ? "; did you mean '" + ANY_ORDER + "'?"
          : "; expected { any-order: [...] } or a flow step " + FlowText.FORM;
      ctx.error(key, "found " + (word == null ? Nodes.describe(key) : Nodes.quote(word))
          + " in a flow" + hint);
      return null;
    }
    Node list = entries.get(0).getValueNode();
    if (!(list instanceof SequenceNode)) {
      ctx.unexpected(list, "a list of flow steps "
          + FlowText.FORM);
      return null;
    }
    if (((SequenceNode) list).getValue().isEmpty()) {
      ctx.error(list, "this any-order group is empty, so it would check nothing; expected at"
          + " least one flow step " + FlowText.FORM);
      return null;
    }
    List<FlowItem.Message> messages = new ArrayList<>();
    for (Node item : ((SequenceNode) list).getValue()) {
      FlowItem.Message message = message(item, ctx);
      if (message != null) {
        messages.add(message);
      }
    }
    return new FlowItem.AnyOrder(messages, ctx.position(node));
  }

  private static FlowItem.Message message(Node node, ReadContext ctx) {
    if (!(node instanceof ScalarNode) || Nodes.isNull(node)) {
      ctx.unexpected(node, "a flow step " + FlowText.FORM);
      return null;
    }
    ScalarNode scalar = (ScalarNode) node;
    Parsed<FlowText.Step> parsed = FlowText.read(scalar.getValue(), ctx.elements()::contains);
    FlowText.Step step = parsed.reportTo(ctx, scalar, 0);
    if (step == null) {
      return null;
    }
    ctx.refer(step.from(), ctx.position(scalar, step.fromOffset()), Set.of());
    ctx.refer(step.to(), ctx.position(scalar, step.toOffset()), Set.of());
    return new FlowItem.Message(step.from(), step.to(), step.pattern(), ctx.position(node));
  }

  @Override
  public String name() {
    return "list of flow steps";
  }

  @Override
  public String expected() {
    return "a list of flow steps " + FlowText.FORM + ", with ... for any messages between";
  }
}
