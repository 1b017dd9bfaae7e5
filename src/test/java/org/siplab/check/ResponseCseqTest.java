package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** CSEQ-002 (section 8.2.6.2) on cases its one mutation in RulePropertiesTest does not cover. */
@DisplayName("CSEQ-002, a response's CSeq")
class ResponseCseqTest {

  private static final Rule RULE = Catalog.rule("CSEQ-002");

  @Test
  @DisplayName("fires when only the method differs from the request's, the request found by the"
      + " response's branch")
  void wrongMethodIsFound() {
    int checked = 0;
    for (Flow flow : CleanFlows.all()) {
      Roles r = new Roles(flow);
      for (long seq : r.where(s -> r.isResponse(s) && r.first(s) && r.origin(s)
          && r.is(s, "BYE"))) {
        String message = flow.step(seq).message();
        Flow broken = flow.with(seq, s -> s.withMessage(message.replace(" BYE\r\n",
            " INVITE\r\n")));
        assertTrue(Checker.check(broken.trace(), List.of(RULE)).stream()
            .anyMatch(f -> f.event() == seq), broken.name());
        checked++;
      }
    }
    assertTrue(checked > 0, "a clean flow with a response to BYE");
  }

  /** Alice renumbers her retransmissions; her first BYE is lost, so Bob sees only the copy. */
  private static final String RENUMBERED = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { drop: BYE, from: alice, to: bob, nth: 1 }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 misbehave: [renumber-retransmissions] }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 3s, do: alice.hangup }
      """;

  @Test
  @DisplayName("is silent when the UAS echoes the renumbered retransmission it received, the first"
      + " copy being lost (CSEQ-004 names the client)")
  void echoOfARenumberedCopyIsRight() {
    Trace trace = ScenarioRuns.run("renumbered.yaml", RENUMBERED).trace();
    List<Finding> found = Checker.check(trace, List.of(RULE));
    assertEquals(List.of(), found);
    assertFalse(Checker.check(trace, List.of(Catalog.rule("CSEQ-004"))).isEmpty(),
        "the renumbering itself is found");
    assertTrue(trace.events().stream().anyMatch(e -> e instanceof TraceEvent.Send s
        && s.from().equals("bob") && s.firstLine().startsWith("SIP/2.0 200")
        && s.message().contains(" BYE\r\n")), "bob answered the copy");
  }
}
