package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.TraceEvent;

/** How long a run lasts: past what its script and its calls still have scheduled. */
@DisplayName("the length of a run")
class RunLengthTest {

  private static RunResult run(String delay, String bob, String script) {
    String text = """
        seed: 1
        network: { default: { delay: DELAY } }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob: { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.4BOB }
        script:
        SCRIPT
        """.replace("DELAY", delay).replace("BOB", bob).replace("SCRIPT", script);
    Scenario scenario = ScenarioLoader.load("length.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> sends(RunResult result) {
    return result.trace().events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e)
        .map(s -> s.from() + ">" + s.to() + " " + s.firstLine().split(" ")[
            s.firstLine().startsWith("SIP/") ? 1 : 0])
        .toList();
  }

  @Test
  @DisplayName("an on-after step due after the first horizon still happens, and its BYE gets its"
      + " 200")
  void anOnAfterStepPastTheHorizonHappens() {
    RunResult result = run("10ms", "", """
          - { at: 0s, do: alice.call bob }
          - { on: alice.in-call, after: 40s, do: alice.hangup }
        """);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK",
        "alice>bob BYE", "bob>alice 200"), sends(result));
    assertTrue(result.stopped().endsWith(" 0 still pending"), result.stopped());
  }

  @Test
  @DisplayName("a phone that answers after 40 s answers, and the run lasts until its 200 is"
      + " ACKed and its transactions end")
  void anAnswerDelayPastTheHorizonHappens() {
    RunResult result = run("10ms", ", answer: { after: 40s }", """
          - { at: 0s, do: alice.call bob }
        """);
    assertEquals(List.of("alice>bob INVITE", "bob>alice 180", "bob>alice 200", "alice>bob ACK"),
        sends(result));
    assertTrue(result.stopped().endsWith(" 0 still pending"), result.stopped());
  }

  @Test
  @DisplayName("with links of 2 s the run lasts until the callee's Timer J fires for a BYE that"
      + " took 2 s to arrive")
  void aSlowLinkLengthensTheRun() {
    RunResult result = run("2s", "", """
          - { at: 0s, do: alice.call bob }
          - { at: 10s, do: alice.hangup }
        """);
    assertTrue(result.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.Timer t
        && t.element().equals("bob") && t.timer().equals("J") && t.action().equals("fired")),
        "bob's Timer J fires at 44 s");
    assertTrue(result.stopped().endsWith(" 0 still pending"), result.stopped());
  }

  @Test
  @DisplayName("a registration refresh and a binding's expiry do not make the run last longer")
  void timersOfNoCallDoNotLengthenTheRun() {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
          bob: { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102,
                 registrar: registrar }
        script:
          - { at: 0s, do: bob.register }
        """;
    Scenario scenario = ScenarioLoader.load("register.yaml", text).orThrow();
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    assertTrue(result.stopped().startsWith("reached 33.000000s"), result.stopped());
  }
}
