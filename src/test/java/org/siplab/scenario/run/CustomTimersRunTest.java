package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.TraceEvent;

/** A scenario's own T1, T2 and T4, from the file to the timers that fire in its run. */
@DisplayName("a scenario with timers of its own")
class CustomTimersRunTest {

  private static RunResult run(String timers) {
    String text = """
        seed: 1
        timers: TIMERS
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: sip:alice@atlanta.example.com, address: 192.0.2.101 }
          bob: { kind: phone, aor: sip:bob@biloxi.example.com, address: 192.0.2.102,
                 answer: { with: busy } }
        script:
          - { at: 1s, do: alice.call bob }
        """.replace("TIMERS", timers);
    Scenario scenario = ScenarioLoader.load("timers.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> fired(RunResult result, String element) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Timer t && t.element().equals(element)
            && t.action().equals("fired") && t.timer().length() == 1)
        .map(e -> ((TraceEvent.Timer) e).timer() + " " + ((TraceEvent.Timer) e).durationUs())
        .toList();
  }

  @Test
  @DisplayName("with T1 = 100 ms the caller's Timer D still lasts 32 s after a 486 and the run"
      + " lasts long enough to see it fire (section 17.1.1.2)")
  void timerDOutlives64T1() {
    RunResult result = run("{ T1: 100ms, T2: 1s, T4: 2s }");
    assertEquals(List.of("D 32000000"), fired(result, "alice"));
    assertEquals(List.of("I 2000000"), fired(result, "bob"));
    assertTrue(result.stopped().endsWith(" 0 still pending"), result.stopped());
  }

  @Test
  @DisplayName("with T4 = 40 s the callee's Timer I lasts T4 and the run lasts long enough to see"
      + " it fire (section 17.2.1)")
  void timerIOfALongT4() {
    RunResult result = run("{ T4: 40s }");
    assertEquals(List.of("D 32000000"), fired(result, "alice"));
    assertEquals(List.of("I 40000000"), fired(result, "bob"));
    assertTrue(result.stopped().endsWith(" 0 still pending"), result.stopped());
  }
}
