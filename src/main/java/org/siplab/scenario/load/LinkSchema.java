package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.LinkBehavior;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.TimeWindow;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * How a link behaves: the keys of {@code network.default} and of each link, which takes every key
 * it does not write from the default.
 */
final class LinkSchema {

  /** The simulator keeps delays below about 11 days; an hour is already far more than useful. */
  static final Duration LONGEST_DELAY = Duration.ofSeconds(3600);

  static final Key<Duration> START = Key.required("start", Types.duration(),
      "when the link goes down");
  static final Key<Duration> END = Key.required("end", Types.duration(),
      "when it comes back (after start)");
  static final MappingSchema WINDOW_KEYS = new MappingSchema("partition", List.of(START, END));

  static final Key<Duration> DELAY = behaviour("delay", Types.duration(LONGEST_DELAY),
      "0s", "fixed one-way delay of every datagram");
  static final Key<Duration> JITTER = behaviour("jitter", Types.duration(LONGEST_DELAY),
      "0s", "largest random extra delay, drawn from 0 to this for each datagram");
  static final Key<Double> LOSS = behaviour("loss", Types.ratio(), "0%",
      "share of datagrams lost");
  static final Key<Double> DUPLICATE = behaviour("duplicate", Types.ratio(), "0%",
      "share of datagrams delivered twice");
  static final Key<Double> REORDER = behaviour("reorder", Types.ratio(), "0%",
      "share of datagrams held back by reorder-delay, so later ones overtake them");
  static final Key<Duration> REORDER_DELAY = behaviour("reorder-delay",
      Types.duration(LONGEST_DELAY), "0s", "how long a reordered datagram is held back");
  static final Key<List<TimeWindow>> PARTITIONS = behaviour("partitions",
      Types.listOf(new RecordType<>(WINDOW_KEYS, LinkSchema::window)), "[]",
      "windows of time in which the link carries nothing: [{ start: 5s, end: 8s }]");

  static final List<Key<?>> BEHAVIOUR_KEYS =
      List.of(DELAY, JITTER, LOSS, DUPLICATE, REORDER, REORDER_DELAY, PARTITIONS);

  private LinkSchema() {}

  private static <T> Key<T> behaviour(String name, ValueType<T> type, String zero, String doc) {
    return Key.computed(name, type, zero, doc);
  }

  /** The same keys, documented as inherited from the network's default on a link. */
  static List<Key<?>> inheritedKeys() {
    List<Key<?>> keys = new ArrayList<>();
    for (Key<?> key : BEHAVIOUR_KEYS) {
      keys.add(new Key<>(key.name(), key.type(), false, null, "the default's", key.doc()));
    }
    return keys;
  }

  /** The behaviour {@code written} describes, each key not written taken from {@code base}. */
  static LinkBehavior behavior(Options written, LinkBehavior base, Node node, ReadContext ctx) {
    LinkBehavior behavior = new LinkBehavior(DELAY.in(written).orElse(base.delay()),
        JITTER.in(written).orElse(base.jitter()),
        LOSS.in(written).orElse(base.lossRatio()),
        DUPLICATE.in(written).orElse(base.duplicateRatio()),
        REORDER.in(written).orElse(base.reorderRatio()),
        REORDER_DELAY.in(written).orElse(base.reorderDelay()),
        PARTITIONS.in(written).orElse(base.partitions()));
    if (behavior.reorderRatio() > 0 && behavior.reorderDelay().isZero()) {
      ctx.error(written.position(REORDER.name()).orElse(ctx.position(node)), "reorder needs"
          + " reorder-delay, how long a reordered datagram is held back; expected reorder-delay:"
          + " such as 50ms");
      return null;
    }
    return behavior;
  }

  private static TimeWindow window(Options o, Node node, ReadContext ctx) {
    if (END.from(o).compareTo(START.from(o)) <= 0) {
      ctx.error(o.position(END.name()).orElseThrow(), "a partition ending at " + END.from(o)
          + " does not end after its start " + START.from(o) + "; expected an end after "
          + START.from(o));
      return null;
    }
    return new TimeWindow(START.from(o), END.from(o));
  }
}
