package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.trace.TraceEvent;

@DisplayName("a phone's move in a scenario")
class PhoneMoveTest {

  private static final String CALL_THEN_MOVE = """
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: sip:alice@atlanta.example.com, address: 192.0.2.101 }
        bob:   { kind: phone, aor: sip:bob@biloxi.example.com, address: 192.0.2.201 }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 2s, do: bob.move 192.0.2.100 }
        - { at: 4s, do: alice.hangup }
      expect:
        - { by: 5s, alice: ended, bob: ended }
      """;

  @Test
  @DisplayName("leads the new address to the phone, so the peer's BYE to the new Contact reaches"
      + " it (RFC 3665 section 3.7)")
  void byeToTheNewContactArrives() {
    RunResult result = ScenarioRunner.run(
        ScenarioLoader.load("move.yaml", CALL_THEN_MOVE).orThrow(), 1);
    List<TraceEvent.Send> byes = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send).map(e -> (TraceEvent.Send) e)
        .filter(s -> s.message().startsWith("BYE ")).toList();
    assertEquals(1, byes.size(), "one BYE, never retransmitted");
    assertTrue(byes.get(0).message().startsWith("BYE sip:bob@192.0.2.100:5060 "),
        byes.get(0).message());
    assertEquals("bob", byes.get(0).to());
    assertTrue(result.passed(), result.verdicts().toString());
  }
}
