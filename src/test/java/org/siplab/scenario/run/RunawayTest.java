package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.RunSummary;
import org.siplab.trace.TraceJson;
import org.siplab.trace.TraceReader;

@DisplayName("a scenario run that runs away")
class RunawayTest {

  @Test
  @DisplayName("is stopped by the kernel's runaway limit, and says after how many events and why")
  void stoppedAsARunaway() {
    RunResult result = Runaways.callStoppedAfter(5);
    assertTrue(result.runaway());
    assertTrue(result.stopped().startsWith("runaway: stopped after 5 events at "),
        result.stopped());
    assertTrue(result.stopped().contains("something keeps scheduling new events"),
        result.stopped());
  }

  @Test
  @DisplayName("fails even though its expectations were judged: a scenario that never stops is"
      + " broken")
  void failsWhateverItsExpectations() {
    RunResult result = Runaways.callStoppedAfter(5);
    assertFalse(result.passed());
    RunSummary summary = Summaries.of(result);
    assertTrue(summary.runaway());
    assertFalse(summary.passed());
  }

  @Test
  @DisplayName("is marked as a runaway in trace.json, which reads back failed")
  void recordedInTraceJson() {
    RunResult result = Runaways.callStoppedAfter(5);
    String json = TraceJson.write(result.trace(), Map.of(), List.of(), Summaries.of(result));
    assertTrue(json.contains("\"passed\" : false"), json);
    assertTrue(json.contains("\"runaway\" : true"), json);
    RunSummary read = TraceReader.read(json).run();
    assertTrue(read.runaway());
    assertFalse(read.passed());
  }

  /** A phone that calls a busy callee again a second after each failure, for ever. */
  private static final String RETRY_LOOP = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.11 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.12,
                 answer: { with: busy } }
      script:
        - { at: 0s, do: alice.call bob }
        - { on: alice.failed, after: 1s, do: alice.call bob }
      """;

  @Test
  @DisplayName("that calls again a second after every busy is stopped when the run has gone on"
      + " past its end ten times for the step still to come (it used to fill the heap)")
  void aStepThatSetsItselfOffIsStopped() {
    RunResult result = ScenarioRunner.run(
        ScenarioLoader.load("loop.yaml", RETRY_LOOP).orThrow(), 1);
    assertTrue(result.runaway(), result.stopped());
    assertFalse(result.passed());
    assertTrue(result.stopped().contains("the run went on past its end "
        + ScenarioRunner.MAX_HORIZON_MOVES + " times for steps still to come"), result.stopped());
    // The first horizon is 33 s after the first call, and each move adds at most the tail and
    // a second: the run stops within minutes of virtual time, not hours.
    assertTrue(result.trace().events().size() < 100_000, "" + result.trace().events().size());
  }

  @Test
  @DisplayName("whose trace grows past what siplab keeps in memory is stopped there, even under"
      + " the limit of events")
  void aTraceTooLargeIsStopped() {
    RunResult result = ScenarioRunner.run(
        ScenarioLoader.load("loop.yaml", RETRY_LOOP).orThrow(), 1,
        ScenarioRunner.MAX_EVENTS, 5_000);
    assertTrue(result.runaway(), result.stopped());
    assertTrue(result.stopped().contains("in the trace, more than the 5000 siplab keeps in"
        + " memory"), result.stopped());
  }

  @Test
  @DisplayName("says of an expectation whose time it never reached that it was not looked at")
  void expectationAfterTheStop() {
    RunResult result = ScenarioRunner.run(ScenarioLoader.load("loop.yaml", RETRY_LOOP
        + "expect:\n  - { by: 2000s, alice: ended }\n").orThrow(), 1, ScenarioRunner.MAX_EVENTS,
        5_000);
    assertTrue(result.runaway(), result.stopped());
    assertEquals("the run ended before 2000s, so alice was not looked at; expected ended",
        result.verdicts().get(0).explanation());
  }

  @Test
  @DisplayName("the same scenario under the real limit comes to its end and passes")
  void theRealLimitIsNotReached() {
    RunResult result = ScenarioRunner.run(Runaways.call(), 1);
    assertFalse(result.runaway(), result.stopped());
    assertTrue(result.passed(), result.verdicts().toString());
    assertEquals(false, Summaries.of(result).runaway());
  }

  @Test
  @DisplayName("that calls again at once on every busy, over links without delay, is stopped when"
      + " the clock has not moved for the kernel's limit of events at one instant")
  void aLoopWithoutDelayIsStoppedAtOneInstant() {
    String text = """
        seed: 1
        network:
          default: { delay: 0s }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                   answer: { after: 0s, with: busy, ringing: false } }
        script:
          - { at: 0s, do: alice.call bob }
          - { on: alice.failed, do: alice.call bob }
        """;
    Scenario scenario =
        ScenarioLoader.load("loop.yaml", text).orThrow();
    RunResult result = ScenarioRunner.run(scenario, 1);
    assertTrue(result.runaway());
    assertFalse(result.passed());
    assertTrue(result.stopped().contains("all at 0.000000s")
        && result.stopped().contains("the clock never moves"), result.stopped());
  }

  @Test
  @DisplayName("a trace.json written before runaways were recorded reads as no runaway")
  void oldTraceJsonReadsAsNoRunaway() {
    RunResult result = ScenarioRunner.run(Runaways.call(), 1);
    String json = TraceJson.write(result.trace(), Map.of(), List.of(), Summaries.of(result))
        .replaceAll("\n *\"runaway\" : false,", "");
    assertFalse(json.contains("\"runaway\" :"), "the field was not removed");
    RunSummary read = TraceReader.read(json).run();
    assertFalse(read.runaway());
    assertTrue(read.passed());
  }
}
