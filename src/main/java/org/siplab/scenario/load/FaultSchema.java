package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.FaultSpec;
import org.siplab.scenario.model.MessagePattern;
import org.siplab.scenario.model.Options;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A targeted fault: {@code { drop: "200 INVITE", from: bob, to: proxy, nth: 1 }}. Exactly one of
 * {@code drop}, {@code delay} and {@code duplicate} says what to do to which messages.
 */
final class FaultSchema {

  static final Key<MessagePattern> DROP = Key.optional("drop", Types.pattern(),
      "lose the matching messages");
  static final Key<MessagePattern> DELAY = Key.optional("delay", Types.pattern(),
      "deliver the matching messages later, by the time in 'by'");
  static final Key<MessagePattern> DUPLICATE = Key.optional("duplicate", Types.pattern(),
      "deliver the matching messages twice");
  static final Key<String> FROM = Key.required("from", Types.element(),
      "the element that sends them");
  static final Key<String> TO = Key.required("to", Types.element(),
      "the element they are sent to");
  static final Key<Long> NTH = Key.computed("nth", Types.integer(1, Integer.MAX_VALUE),
      "every match", "hit only the nth matching message, counting from 1");
  static final Key<Duration> BY = Key.optional("by", Types.duration(LinkSchema.LONGEST_DELAY),
      "how much later a delayed message arrives; only with delay");

  static final MappingSchema KEYS = new MappingSchema("fault",
      List.of(DROP, DELAY, DUPLICATE, FROM, TO, NTH, BY));

  private static final List<Key<MessagePattern>> ACTIONS = List.of(DROP, DELAY, DUPLICATE);

  private FaultSchema() {}

  static FaultSpec build(Options o, Node node, ReadContext ctx) {
    List<Key<MessagePattern>> written = new ArrayList<>();
    ACTIONS.forEach(key -> key.in(o).ifPresent(pattern -> written.add(key)));
    if (written.size() != 1) {
      ctx.error(node, "a fault has " + (written.isEmpty() ? "none" : "more than one") + " of"
          + " drop, delay and duplicate; expected exactly one, such as drop: \"200 INVITE\"");
      return null;
    }
    Key<MessagePattern> action = written.get(0);
    if ((action == DELAY) != BY.in(o).isPresent()) {
      ctx.error(action == DELAY ? ctx.position(node) : o.position(BY.name()).orElseThrow(),
          action == DELAY ? "a delay fault has no 'by'; expected by: such as 2s"
              : "'by' goes only with delay; expected delay: instead of " + action.name());
      return null;
    }
    if (FROM.from(o).equals(TO.from(o))) {
      ctx.error(o.position(TO.name()).orElseThrow(), "a fault from " + FROM.from(o) + " to"
          + " itself never sees a message; expected two different elements");
      return null;
    }
    return new FaultSpec(kind(action), action.from(o), FROM.from(o), TO.from(o),
        NTH.in(o).map(n -> OptionalInt.of(n.intValue())).orElse(OptionalInt.empty()),
        BY.in(o).orElse(Duration.ZERO), o.position(action.name()).orElseThrow());
  }

  private static FaultSpec.Kind kind(Key<MessagePattern> action) {
    return action == DROP ? FaultSpec.Kind.DROP
        : action == DELAY ? FaultSpec.Kind.DELAY : FaultSpec.Kind.DUPLICATE;
  }
}
