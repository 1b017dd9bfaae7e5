package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.scenario.model.FaultSpec;
import org.siplab.scenario.model.LinkBehavior;
import org.siplab.scenario.model.LinkSpec;
import org.siplab.scenario.model.NetworkSpec;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/** The {@code network:} mapping: the default link behaviour, links that differ, faults. */
final class NetworkSchema {

  /** A link as written, its behaviour not yet merged with the network's default. */
  record LinkDraft(String from, String to, boolean bothWays, Options written, Node node,
      SourcePosition position) {}

  static final MappingSchema DEFAULT_KEYS = new MappingSchema("default link",
      LinkSchema.BEHAVIOUR_KEYS);

  static final Key<List<String>> BETWEEN = Key.optional("between",
      new LinkEndsType(), "the two elements it joins, both directions: [alice, proxy]");
  static final Key<String> FROM = Key.optional("from", Types.element(),
      "instead of between: the sending end of a one-way link");
  static final Key<String> TO = Key.optional("to", Types.element(),
      "instead of between: the receiving end of a one-way link");
  static final MappingSchema LINK_KEYS = new MappingSchema("link", concat(
      List.of(BETWEEN, FROM, TO), LinkSchema.inheritedKeys()));

  static final Key<Options> DEFAULT = Key.withDefault("default", Types.record(DEFAULT_KEYS),
      DEFAULT_KEYS.defaults(), "how every link behaves unless a link says otherwise");
  static final Key<List<LinkDraft>> LINKS = Key.withDefault("links",
      Types.listOf(new RecordType<>(LINK_KEYS, NetworkSchema::link)), List.of(),
      "links that behave differently from the default");
  static final Key<List<FaultSpec>> FAULTS = Key.withDefault("faults",
      Types.listOf(new RecordType<>(FaultSchema.KEYS, FaultSchema::build)), List.of(),
      "deliberate faults on chosen messages");
  static final MappingSchema KEYS = new MappingSchema("network", List.of(DEFAULT, LINKS, FAULTS));

  private NetworkSchema() {}

  static NetworkSpec build(Options o, Node node, ReadContext ctx) {
    LinkBehavior defaults = LinkSchema.behavior(DEFAULT.from(o), LinkBehavior.PERFECT, node, ctx);
    if (defaults == null) {
      return null;
    }
    List<LinkSpec> links = new ArrayList<>();
    Map<String, SourcePosition> directions = new LinkedHashMap<>();
    for (LinkDraft draft : LINKS.from(o)) {
      LinkBehavior behavior = LinkSchema.behavior(draft.written(), defaults, draft.node(), ctx);
      if (behavior != null && onlyOnce(draft, directions, ctx)) {
        links.add(new LinkSpec(draft.from(), draft.to(), draft.bothWays(), behavior,
            draft.position()));
      }
    }
    return new NetworkSpec(defaults, links, FAULTS.from(o),
        o.position(DEFAULT.name()).orElse(null));
  }

  private static LinkDraft link(Options o, Node node, ReadContext ctx) {
    SourcePosition at = ctx.position(node);
    boolean oneWay = FROM.in(o).isPresent() || TO.in(o).isPresent();
    if (BETWEEN.in(o).isPresent() == oneWay) {
      ctx.error(node, (oneWay ? "a link has both between and from/to" : "a link names no"
          + " elements") + "; expected between: [alice, proxy] for both directions, or from: and"
          + " to: for one");
      return null;
    }
    if (BETWEEN.in(o).isPresent()) {
      List<String> ends = BETWEEN.from(o);
      if (ends.size() != 2 || ends.get(0).equals(ends.get(1))) {
        ctx.error(o.position(BETWEEN.name()).orElse(at), "between names " + ends.size()
            + (ends.size() == 2 ? " times the same element" : " elements")
            + "; expected two different elements, such as [alice, proxy]");
        return null;
      }
      return new LinkDraft(ends.get(0), ends.get(1), true, o, node, at);
    }
    if (FROM.in(o).isEmpty() || TO.in(o).isEmpty() || FROM.from(o).equals(TO.from(o))) {
      ctx.error(node, "a one-way link needs from: and to: naming two different elements;"
          + " expected such as { from: alice, to: proxy, loss: 50% }");
      return null;
    }
    return new LinkDraft(FROM.from(o), TO.from(o), false, o, node, at);
  }

  /** Whether no earlier link set the directions this one sets; reports it when one did. */
  private static boolean onlyOnce(LinkDraft draft, Map<String, SourcePosition> directions,
      ReadContext ctx) {
    List<String> mine = new ArrayList<>(List.of(draft.from() + ">" + draft.to()));
    if (draft.bothWays()) {
      mine.add(draft.to() + ">" + draft.from());
    }
    for (String direction : mine) {
      SourcePosition earlier = directions.putIfAbsent(direction, draft.position());
      if (earlier != null) {
        ctx.error(draft.position(), "the link " + direction.replace(">", " to ")
            + " is already set at line " + earlier.line() + "; expected each direction once");
        return false;
      }
    }
    return true;
  }

  private static List<Key<?>> concat(List<Key<?>> a, List<Key<?>> b) {
    List<Key<?>> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
