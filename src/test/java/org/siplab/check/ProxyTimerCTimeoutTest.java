package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("PROXY-001 when a proxy's Timer C ends a branch that got no provisional response")
class ProxyTimerCTimeoutTest {

  /**
   * Every INVITE to Bob is lost, and the proxy's Timer C (10 s) fires before its Timer B (32 s):
   * section 16.8 says the branch then counts as a 408, so the proxy answers 408 (here 480).
   */
  private static String scenario(String misbehave) {
    return """
        seed: 1
        network:
          default: { delay: 10ms }
          faults:
            - { drop: INVITE, from: proxy, to: bob }
        elements:
          alice:     { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101,
                       proxy: proxy }
          proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10,
                       registrar: registrar, timer-c: 10s, misbehave: [%s] }
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
          bob:       { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102,
                       proxy: proxy }
        script:
          - { at: 0s, do: bob.register }
          - { at: 1s, do: alice.call bob }
        """.formatted(misbehave);
  }

  private static List<String> found(String misbehave) {
    Trace trace = ScenarioRuns.run("timer-c.yaml", scenario(misbehave)).trace();
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("PROXY-001")));
    return found.stream().map(f -> {
      TraceEvent.Send s = (TraceEvent.Send) trace.event(f.event());
      return s.from() + " " + s.firstLine();
    }).toList();
  }

  @Test
  @DisplayName("marks the 480 of a proxy switched to timeout-480")
  void marksTheAnswerThatIsNot408() {
    assertEquals(List.of("proxy SIP/2.0 480 Temporarily Unavailable"), found("timeout-480"));
  }

  @Test
  @DisplayName("is silent on the 408 of a proxy that keeps the rule")
  void isSilentOnThe408() {
    assertEquals(List.of(), found(""));
  }
}
