package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;

@DisplayName("the verdict of a bindings expectation")
class BindingsVerdictTest {

  private static final String WRONG_CONTACT = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101,
                 registrar: registrar }
      script:
        - { at: 0s, do: alice.register }
      expect:
        - { bindings: { registrar: { sip:alice@example.com: [sip:alice@192.0.2.101] } }, at: 5s }
      """;

  @Test
  @DisplayName("shows the contacts bound and those expected, each as written in the Contact, with"
      + " no stray separators")
  void showsBoundAndExpectedContacts() {
    RunResult.Verdict v = ScenarioRuns.run("b.yaml", WRONG_CONTACT).verdicts().get(0);
    assertFalse(v.met());
    assertEquals("bindings at 5s: registrar sip:alice@example.com [sip:alice@192.0.2.101:5060];"
        + " expected registrar sip:alice@example.com [sip:alice@192.0.2.101]", v.explanation());
  }
}
