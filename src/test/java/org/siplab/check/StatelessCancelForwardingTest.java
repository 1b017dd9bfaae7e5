package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Section 16.10: a CANCEL that matches no response context is forwarded statelessly, and so are
 * the responses to it. Here the proxy keeps its Via on the responses it forwards (keep-via), so
 * Alice never takes the 486 nor the 481 to her late CANCEL, and retransmits the CANCEL, which
 * the proxy forwards again each time.
 */
@DisplayName("a CANCEL a proxy forwards statelessly, with its responses")
class StatelessCancelForwardingTest {

  private static final String LATE_CANCEL = """
      seed: 1
      timers: { T1: 250ms }
      network:
        default: { delay: 10ms, jitter: 5ms }
      elements:
        alice:     { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101,
                     proxy: proxy }
        proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10,
                     registrar: registrar, misbehave: [keep-via] }
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        bob:       { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102,
                     proxy: proxy, answer: { after: 0ms, with: busy } }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
        - { at: 20s, do: alice.cancel }
      """;

  private static List<String> found(String rule) {
    Trace trace = ScenarioRuns.run("late-cancel.yaml", LATE_CANCEL).trace();
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule(rule)));
    return found.stream().map(f -> {
      TraceEvent.Send s = (TraceEvent.Send) trace.event(f.event());
      return s.from() + " " + s.firstLine();
    }).toList();
  }

  @Test
  @DisplayName("the response it forwards with its Via on top is VIA-005, not a UAS's VIA-003")
  void theForwardedResponseIsJudgedAsForwarded() {
    assertEquals(List.of(), found("VIA-003"));
    assertEquals("proxy SIP/2.0 481 Call/Transaction Does Not Exist",
        found("VIA-005").get(3));
  }

  @Test
  @DisplayName("the copies of Alice's retransmitted CANCEL are not judged by the proxy's Timer E")
  void theRelayedCopiesAreNotTimedAsTheProxys() {
    assertEquals(List.of(), found("TIMER-002"));
  }
}
