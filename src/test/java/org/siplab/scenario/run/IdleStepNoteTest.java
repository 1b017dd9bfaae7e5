package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;

/** Script steps that act on a call their phone does not have. */
@DisplayName("a call step that finds its phone with no call")
class IdleStepNoteTest {

  private static RunResult run(String bob, String script) {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob: { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201BOB }
          carol: { kind: phone, aor: "sip:carol@chicago.example.com", address: 192.0.2.31 }
        script:
        SCRIPT
        """.replace("BOB", bob).replace("SCRIPT", script);
    Scenario scenario = ScenarioLoader.load("idle.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> notes(RunResult result) {
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }

  @Test
  @DisplayName("a hangup written above the call is noted with its line and column, and why")
  void hangupAboveTheCall() {
    RunResult result = run("", """
          - { at: 0s, do: alice.hangup }
          - { at: 1s, do: alice.call bob }
          - { at: 5s, do: alice.hangup }
        """);
    assertEquals(List.of("the step at idle.yaml:8:5 (alice.hangup) did nothing at 0s: alice had"
        + " no call (it was idle); it runs before the first call alice can take part in"
        + " (alice.call bob at 1s, line 9)"), notes(result));
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("a hangup written below the call but timed before it says that time, not file"
      + " order, decides")
  void hangupTimedBeforeTheCall() {
    RunResult result = run("", """
          - { at: 5s, do: alice.call bob }
          - { at: 1s, do: bob.hangup }
        """);
    assertEquals(List.of("the step at idle.yaml:9:5 (bob.hangup) did nothing at 1s: bob had no"
        + " call (it was idle); it runs before the first call bob can take part in (alice.call"
        + " bob at 5s, line 8); steps run at their at: times, whatever their order in the file"),
        notes(result));
  }

  @Test
  @DisplayName("a hangup after the call ended says the call had ended")
  void hangupAfterTheEnd() {
    RunResult result = run("", """
          - { at: 0s, do: alice.call bob }
          - { at: 5s, do: bob.hangup }
          - { at: 6s, do: alice.hangup }
        """);
    assertEquals(List.of("the step at idle.yaml:10:5 (alice.hangup) did nothing at 6s: alice's"
        + " last call had already ended"), notes(result));
  }

  @Test
  @DisplayName("a step for a phone that no call step involves says so")
  void phoneInNoCall() {
    RunResult result = run("", """
          - { at: 0s, do: alice.call bob }
          - { at: 3s, do: carol.answer }
        """);
    assertEquals(List.of("the step at idle.yaml:9:5 (carol.answer) did nothing at 3s: carol had"
        + " no call (it was idle); no step of the script places a call that carol takes part"
        + " in"), notes(result));
  }

  @Test
  @DisplayName("an on: step that finds no call many times is one note with the count")
  void onStepCounted() {
    RunResult result = run(", answer: { with: busy }", """
          - { at: 0s, do: alice.call bob }
          - { at: 2s, do: alice.call bob }
          - { on: alice.failed, do: alice.hangup }
        """);
    assertEquals(List.of("the step at idle.yaml:10:5 (alice.hangup) did nothing 2 times, the"
        + " first at 0.02s: alice's last call had already ended"), notes(result));
  }

  @Test
  @DisplayName("a step that acts on a call in progress gets no note")
  void noNoteWithACall() {
    RunResult result = run(", answer: { after: 2s }", """
          - { at: 0s, do: alice.call bob }
          - { at: 1s, do: alice.cancel }
          - { at: 3s, do: alice.call bob }
          - { at: 6s, do: alice.hold }
          - { at: 7s, do: alice.resume }
          - { at: 8s, do: bob.hangup }
        """);
    assertEquals(List.of(), notes(result));
  }

  @Test
  @DisplayName("the note names the step's own place, which trace.json's notes name too")
  void positionIsTheStep() {
    RunResult result = run("", """
          - { at: 0s, do: alice.hangup }
        """);
    assertEquals(new SourcePosition("idle.yaml", 8, 5), result.notes().get(0).position());
    assertTrue(Summaries.of(result, "x/idle.yaml").notes().get(0)
        .startsWith("the step at x/idle.yaml:8:5 (alice.hangup)"));
  }
}
