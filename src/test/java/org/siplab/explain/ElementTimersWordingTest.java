package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;
import org.siplab.trace.TraceReader;

/**
 * An element may run its transactions on a T1 of its own (RFC 3261 17.1.1.2: "Elements MAY
 * (though it is NOT RECOMMENDED) use smaller values of T1"): its timers are labelled in its own
 * T1, never in the run's T1 that a value happens to equal.
 */
@DisplayName("the wording of the timers of an element on a T1 of its own")
class ElementTimersWordingTest {

  private static final String TX = "z9hG4bK1/INVITE";
  private static final String INVITE = Sip.request("INVITE", "sip:bob@biloxi.example.com",
      "z9hG4bK1", "1 INVITE");

  /** The run's T1 is 500 ms; alice runs on 250 ms. */
  private static final ElementInfo.Timers HALF = new ElementInfo.Timers(250_000, 4_000_000,
      5_000_000);

  /** alice's INVITE, Timer A at 250 ms then at 500 ms, and Timer B at 16 s. */
  private record Run(Trace trace, long setFirst, long setSecond, long setB) {}

  private static Run run(ElementInfo.Timers alice) {
    TraceBuilder b = alice == null ? new TraceBuilder().element("alice", "phone", "192.0.2.1:5060")
        : new TraceBuilder().element("alice", "phone", "192.0.2.1:5060", alice);
    b.element("bob", "phone", "192.0.2.2:5060");
    long call = b.script(0, "alice", "call bob");
    b.send(0, call, "alice", "bob", INVITE, TX, null);
    long setA = b.timer(0, call, "alice", TX, "A", "set", 250_000);
    long setB = b.timer(0, call, "alice", TX, "B", "set", 16_000_000);
    long fired = b.timer(250_000, setA, "alice", TX, "A", "fired", 250_000);
    b.send(250_000, fired, "alice", "bob", INVITE, TX, "A");
    long reset = b.timer(250_000, fired, "alice", TX, "A", "set", 500_000);
    return new Run(b.trace(), setA, reset, setB);
  }

  @Test
  @DisplayName("Timer A of an element on half the run's T1 is its own T1, then its own T1"
      + " doubled, not the run's T1; Timer B is 64 times its own T1")
  void labelledInTheElementsOwnT1() {
    Run r = run(HALF);
    Map<Long, String> text = Annotator.annotate(r.trace());
    assertTrue(text.get(r.setFirst()).startsWith("alice sets Timer A to 250 ms (alice's own T1)"
        + " for the INVITE"), text.get(r.setFirst()));
    assertTrue(text.get(r.setSecond()).startsWith("alice sets Timer A to 500 ms (alice's own T1"
        + " = 250 ms, doubled once) for the INVITE"), text.get(r.setSecond()));
    assertTrue(text.get(r.setB()).startsWith("alice sets Timer B to 16 s (64*T1, with alice's"
        + " own T1 = 250 ms) for the INVITE"), text.get(r.setB()));
  }

  @Test
  @DisplayName("the element's own timers go into trace.json and come back, with the same words")
  void ownTimersSurviveTraceJson() {
    Run r = run(HALF);
    String json = TraceJson.write(r.trace(), Map.of(), List.of());
    assertTrue(json.contains("\"timers\" : {\n        \"t1Us\" : 250000,"), json);
    Trace read = TraceReader.read(json).trace();
    assertEquals(HALF, read.elements().get(0).timers());
    assertNull(read.elements().get(1).timers());
    assertEquals(Annotator.annotate(r.trace()), Annotator.annotate(read));
  }

  @Test
  @DisplayName("a trace.json written before elements recorded their timers is explained in the"
      + " run's timers")
  void oldTraceFallsBackToTheRunsTimers() {
    String json = TraceJson.write(run(null).trace(), Map.of(), List.of());
    Run r = run(null);
    Map<Long, String> text = Annotator.annotate(TraceReader.read(json).trace());
    assertTrue(text.get(r.setFirst()).startsWith("alice sets Timer A to 250 ms for the INVITE"),
        text.get(r.setFirst()));
    assertTrue(text.get(r.setSecond()).startsWith("alice sets Timer A to 500 ms (T1) for the"
        + " INVITE"), text.get(r.setSecond()));
  }

  @Test
  @DisplayName("a run records the timers of a phone switched to half-t1, and none for a phone on"
      + " the run's, and explains the phone's second interval as its own T1 doubled")
  void aRunRecordsAnElementsOwnTimers() {
    Trace trace = ScenarioRuns.run("half-t1.yaml", """
        seed: 1
        network:
          default: { delay: 10ms }
          faults:
            - { drop: INVITE, from: alice, to: bob, nth: 1 }
            - { drop: INVITE, from: alice, to: bob, nth: 2 }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                   misbehave: [half-t1] }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.4 }
        script:
          - { at: 0s, do: alice.call bob }
        """).trace();
    assertEquals(HALF, trace.elements().get(0).timers());
    assertNull(trace.elements().get(1).timers());
    Map<Long, String> text = Annotator.annotate(trace);
    List<TraceEvent.Timer> timerA = Find.all(trace, TraceEvent.Timer.class).stream()
        .filter(t -> t.element().equals("alice") && t.timer().equals("A")
            && t.action().equals("set")).toList();
    assertTrue(text.get(timerA.get(1).seq()).startsWith("alice sets Timer A to 500 ms (alice's"
        + " own T1 = 250 ms, doubled once)"), text.get(timerA.get(1).seq()));
  }
}
