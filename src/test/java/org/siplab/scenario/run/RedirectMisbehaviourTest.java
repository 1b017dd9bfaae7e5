package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.Finding;
import org.siplab.trace.TraceEvent;

@DisplayName("a redirect server's misbehaviour switch")
class RedirectMisbehaviourTest {

  private static RunResult run(String misbehave) {
    String text = """
        name: a redirect server
        seed: 1
        elements:
          redirect: { kind: redirect, domain: example.com, address: 192.0.2.20,
                      contacts: { "sip:bob@example.com": [ "sip:bob@192.0.2.102" ] }MISBEHAVE }
          alice:    { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101 }
          bob:      { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102,
                      answer: { after: 1s } }
        script:
          - { at: 0s, do: alice.call sip:bob@example.com }
        expect:
          - { by: 3s, alice: in-call, bob: in-call }
        """.replace("MISBEHAVE", misbehave);
    Scenario scenario = ScenarioLoader.load("redirect.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static String the302(RunResult result) {
    return result.trace().events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> ((TraceEvent.Send) e).message()).filter(m -> m.startsWith("SIP/2.0 302 "))
        .findFirst().orElseThrow();
  }

  @Test
  @DisplayName("drop-to-tag sends the 302 without a To tag; the call still follows the redirect,"
      + " and the checker finds TAG-002 and nothing else")
  void dropToTagIsCaughtByTag002() {
    RunResult result = run(",\n              misbehave: [drop-to-tag]");
    assertTrue(result.passed(), () -> result.verdicts().toString());
    assertTrue(the302(result).lines().anyMatch(l -> l.startsWith("To: ") && !l.contains("tag=")),
        the302(result));
    assertEquals(java.util.List.of("TAG-002"), result.findings().stream().map(Finding::rule)
        .distinct().toList());
  }

  @Test
  @DisplayName("without the switch the 302 has its To tag and the run has no findings")
  void withoutTheSwitchNoFinding() {
    RunResult result = run("");
    assertTrue(result.passed(), () -> result.verdicts().toString());
    assertTrue(the302(result).lines().anyMatch(l -> l.startsWith("To: ") && l.contains(";tag=")),
        the302(result));
    assertEquals(java.util.List.of(), result.findings());
  }
}
