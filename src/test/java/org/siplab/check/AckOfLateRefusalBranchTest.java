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
 * VIA-002 and the ACK of a non-2xx to an INVITE that had also got a 2xx, with another To tag.
 * Alice (half-t1) ends her server transaction for Bob's INVITE on half T1, while Bob, who never
 * hears her 200 (her link to him is cut until 40 s), still retransmits it: the
 * late copy is a new request to her, she answers 487 with a new To tag after his CANCEL, and his
 * ACK for that 487 takes the INVITE's branch, as section 17.1.1.3 wants. The ACK acknowledges
 * the response whose To tag it carries ("The To header field in the ACK MUST equal the To header
 * field in the response being acknowledged"), not the 2xx of another tag.
 */
@DisplayName("VIA-002 for the ACK of a 487 to an INVITE that also got a 200")
class AckOfLateRefusalBranchTest {

  private static final String LATE = """
      seed: 728758
      elements:
        alice: { kind: phone, aor: "sip:alice@alice.example.com", address: 192.0.2.101,
                 answer: { after: 800ms }, misbehave: [half-t1] }
        bob: { kind: phone, aor: "sip:bob@bob.example.com", address: 192.0.2.102,
               cancel-after: 4s }
      network:
        default: { delay: 69ms, jitter: 16ms }
        links:
          - { from: alice, to: bob, partitions: [{ start: 0s, end: 40s }] }
      script:
        - { at: 8500ms, do: bob.call alice }
        - { on: alice.incoming, after: 300ms, do: alice.answer }
      """;

  @Test
  @DisplayName("an ACK with the INVITE's branch and the 487's To tag is no second use of it")
  void theAckOfTheLate487KeepsTheInvitesBranchRightly() {
    Trace trace = ScenarioRuns.run("late.yaml", LATE).trace();
    assertTrue(trace.events().stream().anyMatch(e -> e instanceof TraceEvent.Send s
        && s.from().equals("alice") && s.firstLine().startsWith("SIP/2.0 487")),
        "the set-up: alice answers the late INVITE 487");
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("VIA-002")));
    assertEquals(List.of(), found);
  }
}
