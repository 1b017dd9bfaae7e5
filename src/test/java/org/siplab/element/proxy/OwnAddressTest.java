package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/** A request addressed to the proxy's own address rather than through it (RFC 3261 16.4). */
@DisplayName("a request whose Request-URI is the proxy's own address")
class OwnAddressTest {

  /** Alice's Route names the proxy with lr, as her outbound proxy; the Request-URI has no lr. */
  private static final String OPTIONS_TO_THE_PROXY = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 proxy: proxy }
        proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.222 }
      script:
        - { at: 0s, do: alice.options sip:192.0.2.222 }
      """;

  @Test
  @DisplayName("is not taken for a strict router's rewrite, which would carry the lr of the"
      + " proxy's Record-Route value: its Request-URI is kept, and it loops back to the proxy"
      + " until loop detection answers 482, as scenarios/README.md shows")
  void keepsItsRequestUriAndLoopsTo482() {
    RunResult result = ScenarioRuns.run("own.yaml", OPTIONS_TO_THE_PROXY);
    List<String> sends = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e)
        .map(s -> s.from() + ">" + s.to() + " " + s.firstLine())
        .toList();
    assertEquals("alice>proxy OPTIONS sip:192.0.2.222 SIP/2.0", sends.get(0));
    assertEquals("proxy>proxy OPTIONS sip:192.0.2.222 SIP/2.0", sends.get(1),
        "not rewritten to the Route's sip:192.0.2.222:5060;lr");
    assertEquals("proxy>alice SIP/2.0 482 Loop Detected", sends.get(sends.size() - 1));
  }
}
