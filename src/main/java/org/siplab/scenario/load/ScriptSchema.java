package org.siplab.scenario.load;

import java.util.List;
import org.siplab.scenario.load.EventType.ElementEvent;
import org.siplab.scenario.model.Action;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.Options;
import org.siplab.scenario.model.ScriptStep;
import org.siplab.scenario.model.Trigger;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A script step: {@code { at: 1s, do: alice.call bob }} or {@code { on: bob.incoming, after: 2s,
 * do: bob.answer }}.
 */
final class ScriptSchema {

  static final Key<Duration> AT = Key.optional("at", Types.scriptTime(),
      "when the step runs, from the start of the run");
  static final Key<ElementEvent> ON = Key.optional("on", new EventType(),
      "instead of at: run each time this element.event happens");
  static final Key<Duration> AFTER = Key.computed("after", Types.duration(), "0s",
      "with on: wait this long after the event");
  static final Key<Action> DO = Key.required("do", new ActionType(),
      "what to do: element.action [arguments], from the actions below");

  static final MappingSchema STEP_KEYS = new MappingSchema("script step",
      List.of(AT, ON, AFTER, DO));

  private ScriptSchema() {}

  static ScriptStep step(Options o, Node node, ReadContext ctx) {
    boolean at = AT.in(o).isPresent();
    boolean on = ON.in(o).isPresent();
    if (at == on) {
      ctx.error(node, "a script step has " + (at ? "both 'at' and 'on'" : "neither 'at' nor 'on'")
          + "; expected one of them, such as at: 1s or on: bob.incoming");
      return null;
    }
    if (at && AFTER.in(o).isPresent()) {
      ctx.error(o.position(AFTER.name()).orElseThrow(), "'after' goes only with on:; expected"
          + " the time in at: alone, such as at: " + AT.from(o).plus(AFTER.from(o)));
      return null;
    }
    Trigger trigger = at
        ? new Trigger.At(AT.from(o))
        : new Trigger.On(ON.from(o).element(), ON.from(o).event(),
            AFTER.in(o).orElse(Duration.ZERO));
    return new ScriptStep(trigger, DO.from(o), ctx.position(node));
  }
}
