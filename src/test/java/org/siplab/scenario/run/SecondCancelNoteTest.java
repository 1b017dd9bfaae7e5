package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siplab.scenario.run.AliceCallsBob.notes;
import static org.siplab.scenario.run.AliceCallsBob.run;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.TraceEvent;

/**
 * Section 9.1: one CANCEL an INVITE. A cancel or hangup step while the call's CANCEL waits for a
 * provisional response, or is sent and the INVITE not yet answered, sends nothing more; the trace
 * says where the CANCEL stands and the run gets a note.
 */
@DisplayName("a second cancel or hangup while the first CANCEL is under way")
class SecondCancelNoteTest {

  private static long cancelsSent(RunResult result) {
    return result.trace().events().stream().filter(e -> e instanceof TraceEvent.Send s
        && s.from().equals("alice") && s.firstLine().startsWith("CANCEL")).count();
  }

  @Test
  @DisplayName("a hangup after the CANCEL left, before the 487, is noted with the CANCEL's"
      + " transaction and sends no second CANCEL")
  void aHangupWhileTheCancelIsUnansweredIsNoted() {
    RunResult result = run("""
          - { at: 1s, do: alice.cancel }
          - { at: 1005ms, do: alice.hangup }
        """);
    assertEquals(List.of("the step at call.yaml:10:5 (alice.hangup) did nothing at 1.005s:"
        + " alice had already cancelled its call (it was early): its CANCEL is sent and the"
        + " INVITE has no final response yet: the CANCEL's own transaction retransmits it until"
        + " it is answered (RFC 3261 section 17.1.2.2), and the INVITE ends with its final"
        + " response (487 Request Terminated, section 9.2) or is given up 64*T1 after the CANCEL"
        + " (section 9.1); a second CANCEL would change nothing"), notes(result));
    assertEquals(1, cancelsSent(result));
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("a second cancel while the first waits for a provisional response is noted with"
      + " section 9.1's rule, and one CANCEL leaves when the 180 comes")
  void aSecondCancelWhileTheFirstWaitsIsNoted() {
    RunResult result = run("""
          - { at: 0s, do: alice.cancel }
          - { at: 0s, do: alice.cancel }
        """);
    List<String> notes = notes(result);
    assertEquals(1, notes.size(), notes::toString);
    assertTrue(notes.get(0).startsWith("the step at call.yaml:10:5 (alice.cancel) did nothing"
        + " at 0s: alice had already cancelled its call (it was calling): its CANCEL waits for"
        + " a provisional response to the INVITE, as RFC 3261 section 9.1 says"), notes.get(0));
    assertEquals(1, cancelsSent(result));
  }
}
