package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.trace.TraceEvent;

/** A request addressed to the proxy itself rather than through it (RFC 3261 sections 16.4, 16.5). */
@DisplayName("a request whose Request-URI is the proxy's own address")
class OwnAddressTest {

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
  @DisplayName("is not taken for a strict router's rewrite (it has no lr) and is answered 404,"
      + " instead of going round the proxy until 482")
  void isAnswered404InsteadOfLooping() {
    Scenario scenario = ScenarioLoader.load("own.yaml", OPTIONS_TO_THE_PROXY).orThrow();
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    List<String> sends = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send)
        .map(e -> (TraceEvent.Send) e)
        .map(s -> s.from() + ">" + s.to() + " " + s.firstLine())
        .toList();
    assertEquals(List.of("alice>proxy OPTIONS sip:192.0.2.222 SIP/2.0",
        "proxy>alice SIP/2.0 404 Not Found"), sends);
  }
}
