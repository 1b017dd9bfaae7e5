package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ForkedCalls;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** CSEQ-006 (section 13.2.2.4) on cases its one mutation in RulePropertiesTest does not cover. */
@DisplayName("CSEQ-006, the CSeq of an ACK for a 2xx")
class AckForSuccessCseqTest {

  private static final Rule RULE = Catalog.rule("CSEQ-006");

  /**
   * Alice's INVITE forks to Bob's desk phone and his mobile, 3 s away. The desk answers first;
   * Alice puts that call on hold (a re-INVITE, CSeq 2, in the desk's dialog) before the mobile's
   * 200 to the initial INVITE (CSeq 1) reaches her, which she acknowledges with CSeq 1 ACK.
   */
  private static final String FORK_AFTER_REINVITE = ForkedCalls.scenario("3s", "1s",
      "{ at: 3s, do: alice.hold }", "{ at: 20s, do: alice.hangup }");

  @Test
  @DisplayName("is silent on the ACK for a forked INVITE's second 2xx that arrives after a"
      + " re-INVITE in the first dialog, since it acknowledges the initial INVITE")
  void ackForALateForkIsJudgedByItsOwnDialog() {
    Trace trace = ScenarioRuns.run("fork-after-reinvite.yaml", FORK_AFTER_REINVITE).trace();
    long reInvite = -1;
    long lateAck = -1;
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s && s.from().equals("alice")) {
        if (reInvite < 0 && s.message().contains("\r\nCSeq: 2 INVITE\r\n")) {
          reInvite = s.seq();
        } else if (reInvite >= 0 && lateAck < 0 && s.firstLine().startsWith("ACK ")
            && s.message().contains("\r\nCSeq: 1 ACK\r\n")) {
          lateAck = s.seq();
        }
      }
    }
    assertTrue(lateAck > reInvite && reInvite > 0,
        "alice acknowledges a 2xx with CSeq 1 ACK after her re-INVITE");
    assertEquals(List.of(), Checker.check(trace, List.of(RULE)));
  }
}
