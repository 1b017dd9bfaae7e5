package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/** The targets a 3xx names, tried one after another (RFC 3261 section 8.1.3.4). */
@DisplayName("a caller redirected to several contacts")
class RedirectTargetsTest {

  /** The first contact is an address no element serves; the second is Carol's phone. */
  private static final String TWO_CONTACTS = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice:    { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        redirect: { kind: redirect, domain: biloxi.example.com, address: 192.0.2.50,
                    contacts: { "sip:bob@biloxi.example.com":
                                [ "sip:bob@192.0.2.77", "sip:carol@192.0.2.202" ] } }
        carol:    { kind: phone, aor: "sip:carol@denver.example.com", address: 192.0.2.202 }
      script:
        - { at: 1s, do: alice.call sip:bob@biloxi.example.com }
      expect:
        - { by: 3s, alice: in-call }
      """;

  @Test
  @DisplayName("moves on to the next contact when one cannot be reached at all, as it does after"
      + " a timeout or a refusal")
  void triesTheNextContactAfterOneNobodyServes() {
    RunResult result = ScenarioRuns.run("two-contacts.yaml", TWO_CONTACTS);
    assertTrue(result.passed(), result.verdicts().toString());
    assertTrue(result.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.Send s
        && s.to().equals("carol") && s.firstLine().startsWith("INVITE sip:carol@192.0.2.202")));
  }
}
