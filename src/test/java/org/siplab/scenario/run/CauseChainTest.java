package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.explain.Annotator;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** The {@code cause} of trace events: the seq of the event that made each one happen. */
@DisplayName("the cause chains of a trace")
class CauseChainTest {

  @Test
  @DisplayName("a script step triggered by an element's event ({ on: alice.in-call }) is caused by"
      + " what made that event happen, not left without a cause")
  void onStepHasTheTriggeringEventAsItsCause() {
    Scenario scenario = ScenarioLoader.load("on-step.yaml", """
        seed: 3
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                   answer: { after: 1s } }
        script:
          - { at: 0s, do: alice.call bob }
          - { on: alice.in-call, after: 2s, do: alice.hangup }
        """).orThrow();
    Trace trace = ScenarioRunner.run(scenario, scenario.seed()).trace();
    TraceEvent.Action hangup = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Action a && a.action().equals("alice.hangup"))
        .map(e -> (TraceEvent.Action) e).findFirst().orElseThrow();
    assertNotEquals(TraceEvent.NO_CAUSE, hangup.cause(), "the step has a cause");
    TraceEvent cause = trace.events().stream().filter(e -> e.seq() == hangup.cause())
        .findFirst().orElseThrow();
    assertEquals(hangup.timeUs() - 2_000_000, cause.timeUs(),
        "the cause is what happened when alice entered the call, 2 s before the step: " + cause);
    assertEquals("alice", cause instanceof TraceEvent.Deliver d ? d.to() : null,
        "the 200 OK's arrival at alice put her in the call: " + cause);
    String annotation = Annotator.annotate(trace).get(hangup.seq());
    assertTrue(annotation.startsWith("Script step at 3 s: alice is told to"), annotation);
    assertTrue(annotation.contains("triggered by the 200 OK to INVITE delivered at seq "
        + cause.seq()), annotation);
  }
}
