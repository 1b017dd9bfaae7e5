package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.explain.Annotator;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * Section 9.1: "If there is no final response for the original request in 64*T1 seconds (T1 is
 * defined in Section 17.1.1.1), the client SHOULD then consider the original transaction
 * cancelled and SHOULD destroy the client transaction handling the original request."
 */
@DisplayName("a caller whose CANCEL brings no final response")
class CancelGiveUpTest {

  /**
   * Bob rings; from 0.5 s nothing Bob sends reaches Alice, so neither 200 nor 487 arrives. The
   * expectation at 40 s keeps the run going past 64*T1 after the CANCEL.
   */
  private static final String SCENARIO = """
      seed: 1
      network:
        links:
          - { from: bob, to: alice, partitions: [{ start: 500ms, end: 10m }] }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 cancel-after: 2s }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 5m } }
      script:
        - { at: 0s, do: alice.call bob }
      expect:
        - { by: 40s, alice: ended }
      """;

  private static List<TraceEvent.Transaction> inviteClient(Trace trace) {
    return trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Transaction t && t.element().equals("alice")
            && t.kind().equals("INVITE client"))
        .map(e -> (TraceEvent.Transaction) e).toList();
  }

  @Test
  @DisplayName("destroys its INVITE client transaction 64*T1 after the CANCEL, saying why, and"
      + " the call fails, instead of waiting in Proceeding for ever")
  void givesUpOnTheInvite64T1AfterTheCancel() {
    Scenario scenario = ScenarioLoader.load("cancel-give-up.yaml", SCENARIO).orThrow();
    Trace trace = ScenarioRunner.run(scenario, scenario.seed()).trace();
    long cancelSent = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
            && s.firstLine().startsWith("CANCEL"))
        .findFirst().orElseThrow().timeUs();
    TraceEvent.Transaction last = inviteClient(trace).get(inviteClient(trace).size() - 1);
    assertEquals("Proceeding", last.fromState(), last::toString);
    assertEquals("Terminated", last.toState(), last::toString);
    assertTrue(last.reason().startsWith("TU gave up: no final response 64*T1 after the CANCEL"),
        last::reason);
    assertEquals(cancelSent + 64 * 500_000, last.timeUs(), "64*T1 after the CANCEL left");
    String annotation = Annotator.annotate(trace).get(last.seq());
    assertTrue(annotation.contains("moves Proceeding -> Terminated (TU gave up: no final response"
        + " 64*T1 after the CANCEL") && annotation.contains("section 9.1"), annotation);
    TraceEvent cause = trace.events().stream().filter(e -> e.seq() == last.cause()).findFirst()
        .orElseThrow();
    assertTrue(cause instanceof TraceEvent.Timer t && t.timer().equals(
        "give up 64*T1 after CANCEL") && t.action().equals("fired"), cause::toString);
    assertTrue(trace.events().stream().anyMatch(e -> e instanceof TraceEvent.Action a
        && a.element().equals("alice") && a.detail() != null
        && a.detail().contains("the INVITE transaction is given up (section 9.1)")),
        "alice's call fails, saying why");
  }

  @Test
  @DisplayName("ends the early dialog Bob's 180 made when it gives the INVITE up, instead of"
      + " keeping a dialog no call owns (sections 9.1 and 12.3)")
  void endsTheEarlyDialogWhenItGivesUp() {
    Scenario scenario = ScenarioLoader.load("cancel-give-up.yaml", SCENARIO).orThrow();
    Trace trace = ScenarioRunner.run(scenario, scenario.seed()).trace();
    List<TraceEvent.Dialog> dialogs = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Dialog d && d.element().equals("alice"))
        .map(e -> (TraceEvent.Dialog) e).toList();
    assertEquals(List.of("early", "terminated"),
        dialogs.stream().map(TraceEvent.Dialog::toState).toList(), dialogs::toString);
    TraceEvent.Dialog end = dialogs.get(1);
    assertEquals(dialogs.get(0).dialog(), end.dialog());
    TraceEvent.Transaction givenUp = inviteClient(trace).get(inviteClient(trace).size() - 1);
    assertEquals(givenUp.timeUs(), end.timeUs(), "the dialog ends as the INVITE is given up");
    assertTrue(end.reason().contains("sections 9.1 and 12.3"), end::reason);
  }

  @Test
  @DisplayName("keeps no give-up timer once the 487 has come")
  void noGiveUpTimerOnceThe487HasCome() {
    Scenario scenario = ScenarioLoader.load("cancel-answered.yaml",
        SCENARIO.replace("partitions: [{ start: 500ms, end: 10m }]", "loss: 0%")).orThrow();
    Trace trace = ScenarioRunner.run(scenario, scenario.seed()).trace();
    List<String> giveUp = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Timer t && t.timer().startsWith("give up"))
        .map(e -> ((TraceEvent.Timer) e).action()).toList();
    assertEquals(List.of("set", "cancelled"), giveUp);
    assertTrue(inviteClient(trace).stream().noneMatch(t -> t.reason().startsWith("TU gave up")));
  }
}
