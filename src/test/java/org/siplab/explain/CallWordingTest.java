package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.explain.RealTraces.Story;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;

@DisplayName("the wording of a call's messages, from real runs")
class CallWordingTest {

  private final Trace call = RealTraces.run(Story.CALL, 1, LinkProfile.ofDelay(10_000));
  private final Map<Long, String> text = Annotator.annotate(call);

  private String of(TraceEvent e) {
    return text.get(e.seq());
  }

  @Test
  @DisplayName("the initial INVITE is explained by the script step that made it (13.2.1)")
  void initialInvite() {
    TraceEvent.Send invite = Find.starting(call, "INVITE");
    assertTrue(of(invite).matches("alice sends an initial INVITE to bob, on script step seq 1"
        + " \\(\"call bob\"\\): a new call, with a new Call-ID \\S+, From tag \\w+, CSeq 1 INVITE;"
        + " it starts an INVITE client transaction \\(RFC 3261 13\\.2\\.1\\)\\."), of(invite));
  }

  @Test
  @DisplayName("180 Ringing creates an early dialog with its To tag (13.3.1.1)")
  void ringing() {
    TraceEvent.Send ringing = Find.starting(call, "SIP/2.0 180");
    assertTrue(of(ringing).matches("bob answers the INVITE delivered at seq \\d+ with 180"
        + " Ringing: the callee is being alerted; with its To tag \\w+ it creates an early dialog"
        + " \\(RFC 3261 13\\.3\\.1\\.1, 21\\.1\\.2\\)\\."), of(ringing));
  }

  @Test
  @DisplayName("the ringing phone's provisional refresh timer is section 13.3.1.1's, and its"
      + " cancelling by the answer is not called a timeout")
  void provisionalRefresh() {
    Trace ringing = org.siplab.testkit.ScenarioRuns.run("ringing.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                   answer: { after: 2s } }
        script:
          - { at: 0s, do: alice.call bob }
        """).trace();
    Map<Long, String> text = Annotator.annotate(ringing);
    List<TraceEvent.Timer> refresh = ringing.events().stream()
        .filter(e -> e instanceof TraceEvent.Timer t && t.timer().equals("provisional refresh"))
        .map(e -> (TraceEvent.Timer) e).toList();
    assertEquals(List.of("set", "cancelled"), refresh.stream().map(TraceEvent.Timer::action)
        .toList());
    String set = text.get(refresh.get(0).seq());
    String cancelled = text.get(refresh.get(1).seq());
    assertTrue(set.endsWith("no proxy cancels the INVITE for a gap of 3 minutes between"
        + " responses (RFC 3261 13.3.1.1)."), set);
    assertTrue(cancelled.contains("the phone answered, declined or was cancelled"), cancelled);
    assertTrue(!cancelled.contains("ended the transaction"), cancelled);
  }

  @Test
  @DisplayName("the 200 to the INVITE is retransmitted until the ACK comes (13.3.1.4)")
  void answered() {
    TraceEvent.Send ok = Find.starting(call, "SIP/2.0 200");
    assertTrue(of(ok).contains("with 200 OK: the call is answered; with its To tag "), of(ok));
    assertTrue(of(ok).endsWith("it confirms the dialog; the UA core retransmits the 2xx until the"
        + " ACK arrives (RFC 3261 13.3.1.4)."), of(ok));
  }

  @Test
  @DisplayName("the ACK for a 2xx is the UA core's, end to end, with a new branch (13.2.2.4)")
  void ackForTwoHundred() {
    TraceEvent.Send ack = Find.starting(call, "ACK");
    assertTrue(of(ack).matches("alice ACKs the 200 OK to INVITE delivered at seq \\d+ end to end,"
        + " to bob: an ACK for a 2xx is a request of the UA core, outside the INVITE transaction,"
        + " with a new branch \\(z9hG4bK\\w+\\) and the INVITE's CSeq number \\(CSeq 1 ACK\\)"
        + " \\(RFC 3261 13\\.2\\.2\\.4\\)\\."),
        of(ack));
  }

  @Test
  @DisplayName("BYE takes the dialog's next CSeq (15.1.1) and its 200 ends the dialog (15.1.2)")
  void byeAndItsAnswer() {
    TraceEvent.Send bye = Find.starting(call, "BYE");
    assertTrue(of(bye).contains("alice hangs up: BYE to bob in dialog "), of(bye));
    assertTrue(of(bye).endsWith("on script step seq " + bye.cause() + " (\"hang up\"), with the"
        + " dialog's next CSeq (CSeq 2 BYE) (RFC 3261 15.1.1)."), of(bye));
    TraceEvent.Send ok = Find.send(call, s -> s.firstLine().startsWith("SIP/2.0 200")
        && s.cseq().endsWith("BYE"));
    assertTrue(of(ok).endsWith("with 200 OK: the session and the dialog end on its side (RFC 3261"
        + " 15.1.2)."), of(ok));
  }

  @Test
  @DisplayName("the 200 to a CANCEL that arrives after the INVITE's 200 says the CANCEL changed"
      + " nothing (9.2), not that a 487 follows")
  void cancelAfterTheAnswer() {
    org.siplab.scenario.model.Scenario scenario = org.siplab.scenario.load.ScenarioLoader.load(
        java.nio.file.Path.of("scenarios/teaching/cancel-races-200-ok.yaml")).orThrow();
    Trace raced = org.siplab.scenario.run.ScenarioRunner.run(scenario, scenario.seed()).trace();
    Map<Long, String> t = Annotator.annotate(raced);
    TraceEvent.Send ok = Find.send(raced, s -> s.cseq().endsWith("CANCEL")
        && s.firstLine().startsWith("SIP/2.0 200"));
    assertTrue(t.get(ok.seq()).endsWith("with 200 OK: the CANCEL matched the INVITE's"
        + " transaction, but the INVITE already had its final response, 200 OK, so the CANCEL"
        + " changes nothing; this 200 only says the CANCEL arrived (RFC 3261 9.2)."),
        t.get(ok.seq()));
  }

  @Test
  @DisplayName("CANCEL copies the INVITE (9.1); its 200 and the INVITE's 487 follow (9.2)")
  void cancel() {
    Trace cancelled = RealTraces.run(Story.CANCEL, 1, LinkProfile.ofDelay(10_000));
    Map<Long, String> t = Annotator.annotate(cancelled);
    TraceEvent.Send cancel = Find.starting(cancelled, "CANCEL");
    assertTrue(t.get(cancel.seq()).matches("alice cancels its pending INVITE to bob, on script"
        + " step seq " + cancel.cause()
        + " \\(\"cancel\"\\): CANCEL with the Call-ID \\S+, From tag"
        + " \\w+, Request-URI \\S+, branch z9hG4bK\\w+ of the INVITE sent at seq \\d+, and its CSeq"
        + " number \\(CSeq 1 CANCEL\\) \\(RFC 3261 9\\.1\\)\\."), t.get(cancel.seq()));
    TraceEvent.Send ok = Find.send(cancelled, s -> s.cseq().endsWith("CANCEL")
        && s.firstLine().startsWith("SIP/2.0 200"));
    assertTrue(t.get(ok.seq()).endsWith("with 200 OK: the CANCEL matched a pending INVITE; this"
        + " 200 only says the CANCEL arrived, and the INVITE itself ends with 487 (RFC 3261"
        + " 9.2)."), t.get(ok.seq()));
    TraceEvent.Send terminated = Find.starting(cancelled, "SIP/2.0 487");
    assertTrue(t.get(terminated.seq()).matches("bob answers the INVITE delivered at seq \\d+ with"
        + " 487 Request Terminated, on the CANCEL delivered at seq \\d+: the INVITE was cancelled,"
        + " so it ends with 487 \\(RFC 3261 9\\.2\\)\\."), t.get(terminated.seq()));
  }

  @Test
  @DisplayName("the ACK for a 487 is the INVITE transaction's own, hop by hop (17.1.1.3)")
  void ackForFailure() {
    Trace cancelled = RealTraces.run(Story.CANCEL, 1, LinkProfile.ofDelay(10_000));
    TraceEvent.Send ack = Find.starting(cancelled, "ACK");
    assertTrue(Annotator.annotate(cancelled).get(ack.seq()).matches("alice's INVITE client"
        + " transaction ACKs the 487 Request Terminated to INVITE delivered at seq \\d+ itself,"
        + " hop by hop to bob: the ACK for a non-2xx final response reuses the Call-ID \\S+, From"
        + " tag \\w+, Request-URI \\S+, branch z9hG4bK\\w+ of the INVITE sent at seq \\d+, and its"
        + " CSeq number \\(CSeq 1 ACK\\) \\(RFC 3261 17\\.1\\.1\\.3\\)\\."),
        Annotator.annotate(cancelled).get(ack.seq()));
  }

  @Test
  @DisplayName("a request for a dialog the UAS does not have is answered 481 (12.2.2)")
  void unknownDialog() {
    Trace trace = RealTraces.run(Story.UNKNOWN_DIALOG, 1, LinkProfile.ofDelay(10_000));
    TraceEvent.Send refused = Find.starting(trace, "SIP/2.0 481");
    assertTrue(Annotator.annotate(trace).get(refused.seq()).endsWith("with 481 Call/Transaction"
        + " Does Not Exist: the request names a dialog (its To tag) that the UAS does not have"
        + " (RFC 3261 12.2.2)."), Annotator.annotate(trace).get(refused.seq()));
  }

  @Test
  @DisplayName("a lowered CSeq is pointed out when sent (12.2.1.1) and answered 500 (12.2.2)")
  void lowerCseq() {
    Trace trace = RealTraces.run(Story.LOWER_CSEQ, 1, LinkProfile.ofDelay(10_000));
    Map<Long, String> t = Annotator.annotate(trace);
    TraceEvent.Send info = Find.starting(trace, "INFO");
    assertTrue(t.get(info.seq()).endsWith("with CSeq 0 INFO, lower than the dialog's local CSeq"
        + " 1, although each new request in a dialog MUST take a higher one (RFC 3261"
        + " 12.2.1.1)."), t.get(info.seq()));
    TraceEvent.Send refused = Find.starting(trace, "SIP/2.0 500");
    assertTrue(t.get(refused.seq()).endsWith("with 500 Server Internal Error: its CSeq is lower"
        + " than the last one received in this dialog, so it is out of order (RFC 3261"
        + " 12.2.2)."), t.get(refused.seq()));
  }

  @Test
  @DisplayName("every send of a call links to the learner note about its concept")
  void notesOfACall() {
    Map<Long, String> notes = Annotator.notes(call);
    assertEquals("notes/call-id.md", notes.get(Find.starting(call, "INVITE").seq()));
    assertEquals("notes/dialogs-and-tags.md", notes.get(Find.starting(call, "ACK").seq()));
    assertEquals("notes/cseq.md", notes.get(Find.starting(call, "BYE").seq()));
    assertEquals("notes/transactions-and-timers.md",
        notes.get(Find.all(call, TraceEvent.Timer.class).get(0).seq()));
  }

  @Test
  @DisplayName("the annotations go into trace.json, one on every event")
  void annotationsInTraceJson() throws Exception {
    JsonNode events = new ObjectMapper().readTree(TraceJson.write(call, text, List.of()))
        .get("events");
    assertEquals(call.events().size(), events.size());
    for (JsonNode e : events) {
      assertEquals(text.get(e.get("seq").asLong()), e.get("annotation").asText());
    }
  }
}
