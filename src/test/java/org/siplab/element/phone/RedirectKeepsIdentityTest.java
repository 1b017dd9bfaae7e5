package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * new-call-id-on-retry and new-from-tag-on-retry spoil the retry after 401 or 407 (section
 * 8.1.3.5), the case CALLID-003 judges; the request sent again after a 3xx (section 8.1.3.4,
 * where a new Call-ID is allowed) stays as a correct phone writes it, so the switch never acts
 * where its rule cannot see it.
 */
@DisplayName("a redirected caller with a retry misbehaviour")
class RedirectKeepsIdentityTest {

  private static String scenario(String misbehaviour) {
    return """
        seed: 1
        network:
          default: { delay: 10ms }
        elements:
          alice:    { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                      misbehave: [%s] }
          redirect: { kind: redirect, domain: biloxi.example.com, address: 192.0.2.50,
                      contacts: { "sip:bob@biloxi.example.com": [ "sip:carol@192.0.2.202" ] } }
          carol:    { kind: phone, aor: "sip:carol@denver.example.com", address: 192.0.2.202 }
        script:
          - { at: 1s, do: alice.call sip:bob@biloxi.example.com }
        """.formatted(misbehaviour);
  }

  @ParameterizedTest
  @ValueSource(strings = {"new-call-id-on-retry", "new-from-tag-on-retry"})
  @DisplayName("keeps the Call-ID and From of the redirected INVITE in the one after the 302")
  void theInviteAfterA302KeepsCallIdAndFrom(String misbehaviour) {
    RunResult result = ScenarioRuns.run("redirected.yaml", scenario(misbehaviour));
    List<TraceEvent.Send> invites = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
            && s.firstLine().startsWith("INVITE ") && !s.isRetransmission())
        .map(e -> (TraceEvent.Send) e).toList();
    assertEquals(2, invites.size(), invites.toString());
    assertEquals(header(invites.get(0), "Call-ID"), header(invites.get(1), "Call-ID"));
    assertEquals(header(invites.get(0), "From"), header(invites.get(1), "From"));
    assertTrue(result.findings().isEmpty(), result.findings().toString());
  }

  private static String header(TraceEvent.Send send, String name) {
    return send.message().lines().filter(l -> l.startsWith(name + ":")).findFirst()
        .orElseThrow();
  }
}
