package org.siplab.scenario.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * {@code { by: 4s, alice: in-call, bob: in-call }}: at virtual time {@code by}, each element
 * named is in the state given; one {@link Expectation.State} per element.
 */
final class StateExpectationReader {

  static final String BY = "by";
  static final String BY_DOC = "the virtual time at which each element named must be in its state";
  private static final ScalarType<Duration> TIME = Types.expectationTime();

  private StateExpectationReader() {}

  static List<Expectation> read(MappingNode node, ReadContext ctx) {
    Duration by = TIME.read(Nodes.valueOf(node, BY), ctx);
    if (node.getValue().size() == 1) {
      // { by: 5s } alone names no element, so it would check nothing (a slip of indentation
      // leaves it so: "- by: 5s" with the states on the next lines outdented).
      ctx.error(node, "this expectation names no element, so it would check nothing; expected"
          + " { by: 5s, alice: in-call } with at least one element and its state");
      return List.of();
    }
    List<Expectation> states = new ArrayList<>();
    Map<String, SourcePosition> seen = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      String name = key instanceof ScalarNode s && !Nodes.isNull(s) ? s.getValue() : null;
      if (BY.equals(name)) {
        continue;
      }
      String glued = name == null ? null : MappingSchema.gluedPrefix(name);
      if (glued != null && Nodes.isNull(tuple.getValueNode())
          && ctx.elements().contains(glued)) {
        ctx.error(key, MappingSchema.missingSpace(name, glued));
        continue;
      }
      if (name == null || !ElementNames.exists(name, ctx.position(key), ctx)) {
        if (name == null) {
          ctx.error(key, "found " + Nodes.describe(key) + " as a key; expected an element name");
        }
        continue;
      }
      SourcePosition first = seen.putIfAbsent(name, ctx.position(key));
      if (first != null) {
        ctx.error(key, "duplicate element " + Nodes.quote(name) + ", already given at line "
            + first.line() + "; expected each element once");
        continue;
      }
      String state = state(name, tuple.getValueNode(), ctx);
      if (state != null && by != null) {
        states.add(new Expectation.State(by, name, state, ctx.position(key)));
      }
    }
    return states;
  }

  private static String state(String element, Node value, ReadContext ctx) {
    if (!(value instanceof ScalarNode) || Nodes.isNull(value)) {
      ctx.unexpected(value, "the state of "
          + Nodes.quote(element) + ", such as in-call");
      return null;
    }
    String state = ((ScalarNode) value).getValue();
    Optional<ElementKind> kind = ctx.elements().kindOf(element);
    if (kind.isEmpty()) {
      return state;
    }
    List<String> states = KindSchema.names(KindSchemas.of(kind.get()).states());
    if (states.contains(state)) {
      return state;
    }
    String subject = kind.get().yamlName() + " " + Nodes.quote(element);
    ctx.error(value, states.isEmpty()
        ? subject + " has no states to expect; expected an element that has, such as a phone"
        : subject + " has no state " + Nodes.quote(state) + hint(element, state, states,
            KindSchema.names(KindSchemas.of(kind.get()).events())));
    return null;
  }

  /**
   * "Did you mean", or, for the name of one of the element's events (failed, answered), that it is
   * an event, which a script step waits for, and the states to choose from: the two lists share
   * some words (in-call, ended), so a student writes the one where the other belongs.
   */
  private static String hint(String element, String state, List<String> states,
      List<String> events) {
    if (Suggest.closest(state, states).isEmpty() && events.contains(state)) {
      return "; " + Nodes.quote(state) + " is an event, which a script step waits for (on: "
          + element + "." + state + "), not a state; expected one of the states: "
          + String.join(", ", states);
    }
    return Suggest.hint(state, states, "");
  }
}
