package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.siplab.scenario.run.AliceCallsBob.notes;
import static org.siplab.scenario.run.AliceCallsBob.run;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Script steps that find their phone in a call, but not one they can act on: the phone only
 * notes them in the trace ("nothing to answer", "cannot hold").
 */
@DisplayName("a call step that finds its phone in a call it cannot act on")
class MisfitStepNoteTest {

  @Test
  @DisplayName("an answer while the phone is in an established call is noted with its line and"
      + " column, its state, and the steps that end or hold the call")
  void answerWhileInACallIsNotedWithItsLine() {
    RunResult result = run("  - { at: 5s, do: bob.answer }\n");
    assertEquals(List.of("the step at call.yaml:9:5 (bob.answer) did nothing at 5s: bob was in"
        + " an established call (it was in-call): bob.answer answers a call that rings at this"
        + " phone, and bob's call had been answered; to end it, bob.hangup (BYE); to hold it,"
        + " bob.hold"), notes(result));
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("a hold while the call still rings is noted with section 14.1's rule and the on:"
      + " step that waits for the answer")
  void holdWhileRingingIsNotedWithItsLine() {
    RunResult result = run("  - { at: 1s, do: alice.hold }\n");
    assertEquals(List.of("the step at call.yaml:9:5 (alice.hold) did nothing at 1s: alice was"
        + " placing a call, not receiving one (it was early): alice.hold sends a re-INVITE, and"
        + " RFC 3261 section 14.1 says \"a UAC MUST NOT initiate a new INVITE transaction within"
        + " a dialog while another INVITE transaction is in progress in either direction\", and"
        + " the call's first INVITE was still in progress; time the step after the answer, or"
        + " write it { on: alice.in-call, do: alice.hold }"), notes(result));
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("the caller's answer, the callee's cancel, INFO and re-INVITE before the answer,"
      + " and a cancel or decline after it are each noted once, in script order")
  void everyCallStepThatCannotActIsNoted() {
    RunResult result = run("""
          - { at: 1s, do: alice.answer }
          - { at: 1s, do: bob.cancel }
          - { at: 1s, do: bob.info }
          - { at: 2s, do: bob.resume }
          - { at: 5s, do: alice.cancel }
          - { at: 5s, do: bob.decline }
          - { at: 6s, do: alice.busy }
        """);
    List<String> notes = notes(result);
    assertEquals(7, notes.size(), notes::toString);
    assertTrue(notes.get(0).startsWith("the step at call.yaml:9:5 (alice.answer) did nothing"
        + " at 1s: alice was placing a call") && notes.get(0).contains("to give up the call,"
        + " alice.cancel"), notes.get(0));
    assertTrue(notes.get(1).contains("(bob.cancel) did nothing at 1s: bob was being called, and"
        + " the call was not established yet (it was ringing)")
        && notes.get(1).contains("bob.decline or bob.busy"), notes.get(1));
    assertTrue(notes.get(2).contains("(bob.info)") && notes.get(2).contains("only in an"
        + " established call"), notes.get(2));
    assertTrue(notes.get(3).contains("(bob.resume) did nothing at 2s")
        && notes.get(3).contains("section 14.1"), notes.get(3));
    assertTrue(notes.get(4).contains("(alice.cancel) did nothing at 5s: alice was in an"
        + " established call") && notes.get(4).contains("section 9.1")
        && notes.get(4).contains("alice.hangup (BYE)"), notes.get(4));
    assertTrue(notes.get(5).contains("(bob.decline)") && notes.get(5).contains("(603)"),
        notes.get(5));
    assertTrue(notes.get(6).contains("(alice.busy)") && notes.get(6).contains("(486)"),
        notes.get(6));
  }

  @Test
  @DisplayName("steps that act on the call they find (a hold once answered, the callee's answer"
      + " while ringing, the caller's cancel while early) get no note")
  void stepsThatActGetNoNote() {
    assertEquals(List.of(), notes(run("""
          - { at: 5s, do: alice.hold }
          - { at: 8s, do: alice.hangup }
        """)));
    assertEquals(List.of(), notes(run("  - { at: 1s, do: bob.answer }\n")));
    assertEquals(List.of(), notes(run("  - { at: 1s, do: alice.cancel }\n")));
  }

  @Test
  @DisplayName("the callee's cancel after its 200 left, before the ACK came, is noted with the"
      + " hangup whose BYE waits for the ACK")
  void calleeCancelWhileAnsweredIsNotedWithTheHangup() {
    RunResult result = run("  - { at: 3015ms, do: bob.cancel }\n");
    assertEquals(List.of("the step at call.yaml:9:5 (bob.cancel) did nothing at 3.015s: bob had"
        + " answered a call, and the call was not established yet (it was answered):"
        + " bob.cancel withdraws an INVITE this phone sent, and bob was the called phone, which"
        + " had answered; to end the call, bob.hangup (its BYE waits for the ACK, RFC 3261"
        + " section 15)"), notes(result));
  }

  @Test
  @DisplayName("an on: step that does nothing each time is one note with its count")
  void repeatedOnStepIsCounted() {
    RunResult result = run("""
          - { on: alice.ringing, do: alice.answer }
          - { at: 5s, do: alice.hangup }
          - { at: 6s, do: alice.call bob }
        """);
    List<String> notes = notes(result);
    assertEquals(1, notes.size(), notes::toString);
    assertTrue(notes.get(0).startsWith("the step at call.yaml:9:5 (alice.answer) did nothing"
        + " 2 times, the first at 0.02s: alice was placing a call"), notes.get(0));
  }
}
