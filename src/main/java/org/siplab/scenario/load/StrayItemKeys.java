package org.siplab.scenario.load;

import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A key of the last script step or expectation written at the left margin:
 *
 * <pre>
 * script:
 *   - at: 1s
 * do: alice.call bob
 * </pre>
 *
 * <p>That is valid YAML: {@code do} is a key of the whole scenario, and the step has no
 * {@code do}. The readers would say both ("unknown key 'do' in the scenario", "script step has
 * no 'do'"), at two places, without the cause; this says the cause once, at the stray key, and
 * covers the other two.
 */
final class StrayItemKeys {

  /** The top-level lists whose items are block mappings a key can stray from. */
  private static final Set<String> LISTS = Set.of("script", "expect");

  private StrayItemKeys() {}

  static void report(Node root, ReadContext ctx) {
    if (!(root instanceof MappingNode mapping)) {
      return;
    }
    List<String> known = ScenarioSchema.KEYS.names();
    List<NodeTuple> tuples = mapping.getValue();
    for (int i = 1; i < tuples.size(); i++) {
      if (!(tuples.get(i).getKeyNode() instanceof ScalarNode key)
          || known.contains(key.getValue())
          || !(tuples.get(i - 1).getKeyNode() instanceof ScalarNode list)
          || !LISTS.contains(list.getValue())
          || !(tuples.get(i - 1).getValueNode() instanceof SequenceNode items)
          || items.getValue().isEmpty()
          || !(items.getValue().get(items.getValue().size() - 1) instanceof MappingNode item)
          || item.getFlowStyle() == FlowStyle.FLOW
          || Nodes.valueOf(item, key.getValue()) != null) {
        continue;
      }
      ctx.error(key, Nodes.quote(key.getValue()) + " is at the left margin, so YAML read it as a"
          + " key of the whole scenario, not of the " + list.getValue() + " item on line "
          + ctx.position(item).line() + "; expected it indented like that item's keys (column "
          + ctx.position(item).column() + ")");
      ctx.problems().cover(ctx.position(key));
      ctx.problems().cover(ctx.position(item));
    }
  }
}
