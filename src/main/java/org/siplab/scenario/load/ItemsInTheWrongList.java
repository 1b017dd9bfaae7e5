package org.siplab.scenario.load;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * An expectation written under {@code script:}, or a script step under {@code expect:}: the two
 * lists sit one after the other and their items look alike. The readers would say that the step
 * has no 'do' and that 'by' and 'alice' are unknown keys of a step, three errors that do not
 * name the cause; this says it once, at the item, and covers the rest.
 */
final class ItemsInTheWrongList {

  /** The keys that make an item an expectation, and those that make it a script step. */
  private static final List<String> EXPECTATION_KEYS =
      List.of("by", "flow", "bindings", "findings");
  private static final List<String> STEP_KEYS = List.of("do", "at", "on");

  private ItemsInTheWrongList() {}

  static void report(Node root, ReadContext ctx) {
    if (!(root instanceof MappingNode mapping)) {
      return;
    }
    check(Nodes.valueOf(mapping, "script"), "a script step", STEP_KEYS, "an expectation",
        EXPECTATION_KEYS, "expect", ctx);
    // Only do: tells a step under expect:; { at: 5s, alice: in-call } is a state expectation
    // timed with at: for by:, which its own reader says.
    check(Nodes.valueOf(mapping, "expect"), "an expectation", EXPECTATION_KEYS, "a script step",
        List.of("do"), "script", ctx);
  }

  /**
   * Each item of {@code list} that has none of {@code ownKeys} and one of {@code otherKeys} is
   * reported as {@code other}, which belongs under {@code home:}.
   */
  private static void check(Node list, String own, List<String> ownKeys, String other,
      List<String> otherKeys, String home, ReadContext ctx) {
    if (!(list instanceof SequenceNode items)) {
      return;
    }
    for (Node item : items.getValue()) {
      if (!(item instanceof MappingNode keys)
          || ownKeys.stream().anyMatch(k -> Nodes.valueOf(keys, k) != null)) {
        continue;
      }
      Optional<String> telling = otherKeys.stream()
          .filter(k -> Nodes.valueOf(keys, k) != null).findFirst();
      if (telling.isEmpty()) {
        continue;
      }
      ctx.error(item, "this item has " + telling.get() + ":, so it is " + other + ", not " + own
          + "; expected it under " + home + ":");
      ctx.problems().cover(ctx.position(item));
      for (NodeTuple tuple : keys.getValue()) {
        ctx.problems().cover(ctx.position(tuple.getKeyNode()));
        ctx.problems().cover(ctx.position(tuple.getValueNode()));
      }
    }
  }
}
