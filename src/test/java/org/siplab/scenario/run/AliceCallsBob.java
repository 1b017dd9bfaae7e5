package org.siplab.scenario.run;

import java.util.List;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;

/**
 * The run the call-step note tests share: alice calls bob at 0 s over links of 10 ms, and bob's
 * phone answers by itself at 3 s, with the steps under test added to the script.
 */
final class AliceCallsBob {

  private AliceCallsBob() {}

  /** Runs the scenario with {@code script}, lines of YAML list items, after alice's call. */
  static RunResult run(String script) {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob: { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 3s } }
        script:
          - { at: 0s, do: alice.call bob }
        SCRIPT
        """.replace("SCRIPT", script);
    Scenario scenario = ScenarioLoader.load("call.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  /** The run's notes, each as the run prints it. */
  static List<String> notes(RunResult result) {
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }
}
