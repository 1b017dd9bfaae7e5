package org.siplab.scenario.load;

import java.util.List;
import java.util.Optional;
import org.siplab.scenario.model.ElementKind;
import org.siplab.scenario.model.SourcePosition;
import org.siplab.spelling.Suggest;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** An element's event, {@code element.event} ({@code bob.incoming}), as a script step waits on. */
final class EventType extends ScalarType<EventType.ElementEvent> {

  /** The element and the event it reports. */
  record ElementEvent(String element, String event) {}

  EventType() {
    super("element.event", "an event written element.event, such as bob.incoming");
  }

  @Override
  ElementEvent parse(String text, ScalarNode node, ReadContext ctx) {
    int dot = text.indexOf('.');
    if (dot <= 0 || dot == text.length() - 1 || text.strip().contains(" ")) {
      ctx.error(node, Nodes.quote(text) + " is not an event; expected " + expected());
      return null;
    }
    String element = text.substring(0, dot);
    String event = text.substring(dot + 1);
    if (!ElementNames.exists(element, ctx.position(node), ctx)) {
      return null;
    }
    Optional<ElementKind> kind = ctx.elements().kindOf(element);
    SourcePosition at = ctx.position(node, element.codePointCount(0, element.length()) + 1);
    if (kind.isPresent() && !known(kind.get(), element, event, at, ctx)) {
      return null;
    }
    return new ElementEvent(element, event);
  }

  private static boolean known(ElementKind kind, String element, String event, SourcePosition at,
      ReadContext ctx) {
    KindSchema schema = KindSchemas.of(kind);
    if (KindSchema.names(schema.events()).contains(event)) {
      return true;
    }
    List<String> events = KindSchema.names(schema.events());
    // The events and the states share some words (in-call, ended), so a student writes a state
    // (early, calling) where an event belongs.
    boolean state = Suggest.closest(event, events).isEmpty()
        && KindSchema.names(schema.states()).contains(event) && !events.isEmpty();
    ctx.error(at, kind.yamlName() + " " + Nodes.quote(element) + " has no event "
        + Nodes.quote(event) + (state ? "; " + Nodes.quote(event) + " is a state, which an"
            + " expectation checks ({ by: 2s, " + element + ": " + event + " }), not an event;"
            + " expected one of the events: " + String.join(", ", events)
            : Suggest.hint(event, events, "nothing: a " + kind.yamlName()
                + " reports no events")));
    return false;
  }
}
