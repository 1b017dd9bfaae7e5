package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

@DisplayName("VIA-003 through proxies")
class ResponseViasThroughProxiesTest {

  /** Bob adds a Via to his responses; two proxies forward them to Alice as 16.7 says. */
  private static final String THROUGH_TWO_PROXIES = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice:   { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                   proxy: proxy-1 }
        proxy-1: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.111 }
        proxy-2: { kind: proxy, domain: biloxi.example.com, address: 192.0.2.222,
                   registrar: registrar }
        bob:     { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.4,
                   registrar: registrar, answer: { after: 1s },
                   misbehave: [add-via-to-response] }
        registrar: { kind: registrar, domain: biloxi.example.com, address: 192.0.2.223 }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call sip:bob@biloxi.example.com }
        - { at: 5s, do: alice.hangup }
      """;

  @Test
  @DisplayName("names the UAS that added a Via, not the proxies that forwarded its response")
  void blamesTheUasOnly() {
    Trace trace = ScenarioRuns.run("via.yaml", THROUGH_TWO_PROXIES).trace();
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("VIA-003")));
    assertEquals(List.of("bob"), found.stream().map(f -> ((org.siplab.trace.TraceEvent.Send)
        trace.event(f.event())).from()).distinct().toList(), found::toString);
  }
}
