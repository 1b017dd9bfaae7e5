package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * CSEQ-007 and a dialog its receiver had already ended. Section 12.2.1.2: "If the response for a
 * request within a dialog is a 481 (Call/Transaction Does Not Exist) or a 408 (Request Timeout),
 * the UAC SHOULD terminate the dialog"; a request that comes after matches no dialog and gets 481
 * (section 12.2.2), whatever its CSeq.
 */
@DisplayName("CSEQ-007 after the receiver ended the dialog on a 481")
class DialogEndedBy481CseqTest {

  /**
   * Alice (lower-cseq) hangs up with BYE CSeq 0; the first copy is lost. Bob's re-INVITE crosses
   * the retransmission: alice, who has sent her BYE, answers it 481, and Bob ends the dialog; the
   * BYE that reaches him then gets 481.
   */
  private static final String CROSSED = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { drop: BYE, from: alice, to: bob, nth: 1 }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 misbehave: [lower-cseq] }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.102,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 5s, do: alice.hangup }
        - { at: 5100ms, do: bob.reinvite }
      """;

  @Test
  @DisplayName("a lower-CSeq BYE that reaches a UA after a 481 ended its dialog may get 481")
  void aByeAfterTheDialogEndedOnA481MayGet481() {
    Trace trace = ScenarioRuns.run("crossed.yaml", CROSSED).trace();
    assertTrue(trace.events().stream().anyMatch(e -> e instanceof TraceEvent.Send s
        && s.from().equals("bob") && s.firstLine().startsWith("SIP/2.0 481")
        && s.cseq().endsWith("BYE")), "the set-up: bob answers the BYE 481");
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("CSEQ-007")));
    assertEquals(List.of(), found);
  }
}
