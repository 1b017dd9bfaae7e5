package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** Explanations that must not claim a cause the trace does not show. */
@DisplayName("the wording of Timer C on a provisional response and of a proxy's ACK")
class LateWordingTest {

  private static Trace run(String text) {
    return ScenarioRuns.run("wording.yaml", text).trace();
  }

  /** Alice calls Bob through two proxies; the first 200 and the first ACK are lost on the way. */
  private static final String TWO_PROXIES = """
      seed: 7
      timers: { T1: 250ms, T2: 1s, T4: 2s }
      network:
        default: { delay: 10ms }
        faults:
          - { drop: "200 INVITE", from: proxy-1, to: alice, nth: 1 }
          - { drop: ACK, from: proxy-2, to: bob, nth: 1 }
      elements:
        alice:     { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                     proxy: proxy-1 }
        proxy-1:   { kind: proxy, domain: atlanta.example.com, address: 192.0.2.111 }
        proxy-2:   { kind: proxy, domain: biloxi.example.com, address: 192.0.2.222,
                     registrar: registrar }
        bob:       { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                     registrar: registrar, answer: { after: 1s } }
        registrar: { kind: registrar, domain: biloxi.example.com, address: 192.0.2.223 }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
        - { at: 6s, do: bob.hangup }
      """;

  @Test
  @DisplayName("Timer C cancelled by a 180 is not said to end on a final response, and a proxy"
      + " forwarding a resent ACK is not said to be a UAC core")
  void timerCAndAProxysAck() {
    Trace trace = run(TWO_PROXIES);
    Map<Long, String> text = Annotator.annotate(trace);
    TraceEvent.Timer cancelled = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Timer t && t.timer().equals("Timer C")
            && t.action().equals("cancelled"))
        .map(e -> (TraceEvent.Timer) e).findFirst().orElseThrow();
    String timer = text.get(cancelled.seq());
    assertTrue(timer.contains("a provisional response came on the branch, so Timer C starts"
        + " again (section 16.7 step 2)"), timer);
    assertFalse(timer.contains("got its final response"), timer);
    long proxyAcks = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().startsWith("proxy")
            && s.firstLine().startsWith("ACK"))
        .map(e -> text.get(e.seq()))
        .peek(t -> assertFalse(t.contains("the UAC core MUST ACK"), t))
        .filter(t -> t.contains("forwards the ACK") && t.contains("again"))
        .count();
    assertTrue(proxyAcks > 0, "the test needs a proxy forwarding a resent ACK");
  }

  @Test
  @DisplayName("timers cancelled because the transport could not send the request say so, not that"
      + " a response arrived")
  void timersOfATransactionEndedByTheTransport() {
    Trace trace = run("""
        seed: 1
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                   display-name: "%s" }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201 }
        script:
          - { at: 0s, do: alice.call bob }
        """.formatted("A".repeat(70_000)));
    Map<Long, String> text = Annotator.annotate(trace);
    List<String> cancelled = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Timer t && t.action().equals("cancelled"))
        .map(e -> text.get(e.seq())).toList();
    assertFalse(cancelled.isEmpty());
    for (String t : cancelled) {
      assertTrue(t.contains("the transport could not send its message") && !t.contains("arrived"),
          t);
    }
  }
}
