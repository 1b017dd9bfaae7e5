package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;

@DisplayName("the verdict of a state expectation")
class StateVerdictTest {

  /** Bob never registers, so the proxy knows no contact for him: Alice's call gets a 404. */
  private static final String UNREGISTERED_CALLEE = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        proxy: { kind: proxy, domain: example.com, address: 192.0.2.10, registrar: registrar }
        alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101, proxy: proxy }
        bob: { kind: phone, aor: sip:bob@example.com, address: 192.0.2.102, proxy: proxy }
      script:
        - { at: 1s, do: alice.call bob }
      expect:
        - { by: 3s, alice: in-call }
        - { by: 1s, alice: idle }
        - { by: 3s, bob: in-call }
      """;

  @Test
  @DisplayName("when not met, says when the element last changed state and on which message")
  void namesTheLastChangeAndItsMessage() {
    RunResult result = ScenarioRuns.run("s.yaml", UNREGISTERED_CALLEE);
    RunResult.Verdict v = result.verdicts().get(0);
    assertFalse(v.met());
    assertEquals("alice is ended at 3s, expected in-call; it went calling -> ended at 1.02s, on"
        + " proxy's SIP/2.0 404 Not Found", v.explanation());
  }

  @Test
  @DisplayName("counts a change at its own instant when it led to the state seen (a script step"
      + " of that instant comes before the look)")
  void countsAScriptStepOfItsOwnInstant() {
    RunResult.Verdict v = ScenarioRuns.run("s.yaml", UNREGISTERED_CALLEE).verdicts().get(1);
    assertFalse(v.met());
    assertEquals("alice is calling at 1s, expected idle; it went idle -> calling at 1s, on the"
        + " script step alice.call bob", v.explanation());
  }

  @Test
  @DisplayName("gives the time of the change in seconds, however finely a delay divides it")
  void givesTheTimeOfTheChangeInSeconds() {
    RunResult.Verdict v = ScenarioRuns.run("s.yaml",
        UNREGISTERED_CALLEE.replace("delay: 10ms", "delay: 10.001ms")).verdicts().get(0);
    assertEquals("alice is ended at 3s, expected in-call; it went calling -> ended at 1.020002s,"
        + " on proxy's SIP/2.0 404 Not Found", v.explanation());
  }

  @Test
  @DisplayName("of an element that never changed state says only what it is")
  void saysNothingMoreWithoutAChange() {
    RunResult.Verdict v = ScenarioRuns.run("s.yaml", UNREGISTERED_CALLEE).verdicts().get(2);
    assertTrue(!v.met() && v.explanation().equals("bob is idle at 3s, expected in-call"),
        v.explanation());
  }
}
