package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siplab.codec.SipParser;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.TraceEvent;

/**
 * A proxy's refusals as scenarios show them (scenarios/README.md, "Showing a proxy's refusals"):
 * {@code max-forwards} on a phone, down to the wire (its requests carry that Max-Forwards, each
 * proxy takes one off, section 16.6 step 3, and the proxy that receives 0 answers 483 Too Many
 * Hops, section 16.3 step 3), and a call to the proxy's own address, which loops into 482.
 */
@DisplayName("a proxy's 483 and 482 in a scenario")
class MaxForwardsTest {

  private static RunResult run(int maxForwards) {
    String text = """
        name: Max-Forwards runs out
        seed: 1
        elements:
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11,
                       users: { bob: b } }
          proxy-1: { kind: proxy, address: 192.0.2.10 }
          proxy-2: { kind: proxy, domain: example.com, address: 192.0.2.20, registrar: registrar }
          alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101,
                   proxy: proxy-1, max-forwards: MF }
          bob: { kind: phone, aor: sip:bob@example.com, password: b, address: 192.0.2.102,
                 registrar: registrar, answer: { after: 1s } }
        script:
          - { at: 0s, do: bob.register }
          - { at: 1s, do: alice.call bob }
        """.replace("MF", Integer.toString(maxForwards));
    Scenario scenario = ScenarioLoader.load("mf.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> sends(RunResult result) {
    return result.trace().events().stream().filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e).filter(s -> !s.from().equals("registrar")
            && !s.to().equals("registrar"))
        .map(s -> s.from() + ">" + s.to() + " " + s.firstLine().split(" ")[0]
            + (s.firstLine().startsWith("SIP/2.0") ? " " + s.firstLine().split(" ")[1] : ""))
        .toList();
  }

  @ParameterizedTest(name = "max-forwards {0}: {1}")
  @CsvSource({
      "0, proxy-1 answers 483",
      "1, proxy-2 answers 483",
      "2, the INVITE reaches bob"})
  @DisplayName("each proxy takes one off, and the one that receives 0 answers 483 Too Many Hops")
  void hopsRunOut(int maxForwards, String what) {
    RunResult result = run(maxForwards);
    List<String> sends = sends(result);
    long first = result.trace().events().stream().filter(e -> e instanceof TraceEvent.Send s
        && s.from().equals("alice") && s.firstLine().startsWith("INVITE")).count();
    assertEquals(1, first, sends.toString());
    TraceEvent.Send invite = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
            && s.firstLine().startsWith("INVITE")).map(e -> (TraceEvent.Send) e).findFirst()
        .orElseThrow();
    assertEquals(maxForwards, SipParser.parse(invite.message()).orThrow().maxForwards());
    switch (maxForwards) {
      case 0 -> assertTrue(sends.contains("proxy-1>alice SIP/2.0 483")
          && !sends.contains("proxy-1>proxy-2 INVITE"), sends.toString());
      case 1 -> assertTrue(sends.contains("proxy-2>proxy-1 SIP/2.0 483")
          && sends.contains("proxy-1>alice SIP/2.0 483"), sends.toString());
      default -> assertTrue(sends.contains("proxy-2>bob INVITE")
          && sends.contains("proxy-1>alice SIP/2.0 200"), sends.toString());
    }
  }

  @org.junit.jupiter.api.Test
  @DisplayName("a call to the proxy's own address loops back into it, and it answers 482 Loop"
      + " Detected (16.3 step 4)")
  void loopDetected() {
    String text = """
        name: a loop
        seed: 1
        elements:
          proxy: { kind: proxy, address: 192.0.2.10 }
          alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101, proxy: proxy }
        script:
          - { at: 0s, do: alice.call sip:bob@192.0.2.10 }
        expect:
          - { by: 1s, alice: ended }
        """;
    Scenario scenario = ScenarioLoader.load("loop.yaml", text).orThrow();
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    assertTrue(result.passed(), () -> result.verdicts().toString());
    List<String> sends = sends(result);
    assertTrue(sends.contains("proxy>proxy SIP/2.0 482"), sends.toString());
    assertTrue(sends.contains("proxy>alice SIP/2.0 482"), sends.toString());
  }
}
