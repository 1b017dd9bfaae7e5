package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

/**
 * A proxy that changes the Call-ID (change-call-id) and does not record-route: the requests the
 * phones then send each other directly carry a Call-ID the other side has no dialog for, and get
 * 481, while the callee, never ACKed, retransmits its 2xx, which the caller ACKs again.
 */
@DisplayName("rules on the direct requests of a call whose Call-ID a proxy changed")
class CallIdChangedOnTheWayTest {

  private static final String HEADER = """
      seed: 1
      network:
        default: { delay: 10ms }
      %s
      elements:
        proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10,
                     registrar: registrar, record-route: false, misbehave: [change-call-id] }
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        alice:     { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101,
                     proxy: proxy }
        bob:       { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102,
                     proxy: proxy, answer: { after: 0ms } }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
      """;

  private static List<String> found(String rule, String faults, String steps) {
    Trace trace = ScenarioRuns.run("changed.yaml", HEADER.formatted(faults) + steps).trace();
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule(rule)));
    return found.stream().map(Finding::message).toList();
  }

  @Test
  @DisplayName("TX-001 does not pair the ACK of the 2xx (CSeq 1) with the re-INVITE refused 481")
  void theAckOfAnEarlierInvitesTwoHundredIsNotTheReinvitesAck() {
    assertEquals(List.of(), found("TX-001", "", "  - { at: 3s, do: alice.reinvite }\n"));
  }

  @Test
  @DisplayName("CSEQ-007 takes a 481 as right from a phone that had answered 481 in that dialog")
  void aFourEightyOneAfterTheReceiversOwnIsRight() {
    // The INFO numbered 2 is lost once, the INFO numbered 3 gets 481, then the INFO 2 again.
    String faults = "  faults:\n    - { drop: INFO, from: alice, to: bob, nth: 1 }";
    assertEquals(List.of(), found("CSEQ-007", faults,
        "  - { at: 3s, do: alice.info }\n  - { at: 3100ms, do: alice.info }\n"));
  }
}
