package org.siplab.scenario.load;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * YAML tags ({@code !foo}, {@code !!python/object:...}) ask a reader to make a value of some type.
 * A scenario file has no use for them: siplab reads each value by what its key expects, so a tag
 * would be dropped without a word, and the file would not mean what its writer meant. The core
 * schema's own types (a tag such as {@code !!str}, or none, which YAML resolves to one of them)
 * say nothing siplab does not already read, and are let through.
 */
final class YamlTags {

  private static final Set<Tag> CORE = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
      Tag.SEQ, Tag.MAP);

  private YamlTags() {}

  /** The first node, in the order of the file, with a tag that is not the core schema's. */
  static Optional<Node> firstForeign(Node root) {
    // A walk with a stack of its own: nesting deep enough to overflow a recursive walk was read
    // by the composer, and an alias can make the tree a graph with cycles.
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    Node first = null;
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (!CORE.contains(node.getTag()) && (first == null || before(node, first))) {
        first = node;
      }
      if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          todo.push(tuple.getValueNode());
          todo.push(tuple.getKeyNode());
        }
      } else if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(todo::push);
      }
    }
    return Optional.ofNullable(first);
  }

  /** The tag as it is written: {@code !!python/object} for YAML's own prefix, else as it is. */
  static String written(Tag tag) {
    String value = tag.getValue();
    return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
  }

  private static boolean before(Node a, Node b) {
    int ia = a.getStartMark().map(m -> m.getIndex()).orElse(Integer.MAX_VALUE);
    int ib = b.getStartMark().map(m -> m.getIndex()).orElse(Integer.MAX_VALUE);
    return ia < ib;
  }
}
