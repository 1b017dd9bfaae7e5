package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/** A hang-up that crosses a re-INVITE the PBX is still relaying (RFC 3261 sections 15.1). */
@DisplayName("a PBX whose call ends while it relays a re-INVITE")
class HangupDuringReinviteTest {

  /** Alice re-INVITEs at 10 s; Bob hangs up 10 ms later, before the relayed re-INVITE comes. */
  private static final String CROSSING = """
      seed: 1
      network:
        default: { delay: 30ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@pbx.example.com", address: 192.0.2.101, proxy: pbx }
        bob:   { kind: phone, aor: "sip:bob@pbx.example.com", address: 192.0.2.102, proxy: pbx,
                 answer: { after: 1s } }
        pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                 accounts: { alice: {}, bob: {} }, extensions: { "200": bob } }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call sip:200@pbx.example.com }
        - { at: 10s, do: alice.reinvite }
        - { at: 10010ms, do: bob.hangup }
      """;

  @Test
  @DisplayName("answers the pending re-INVITE 487 before its BYE, and never 200 after it")
  void answersThePendingReinvite487BeforeItsBye() {
    RunResult result = ScenarioRuns.run("crossing.yaml", CROSSING);
    List<String> toAlice = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("pbx")
            && s.to().equals("alice") && s.timeUs() >= 10_000_000)
        .map(e -> ((TraceEvent.Send) e).firstLine())
        .toList();
    assertTrue(toAlice.indexOf("SIP/2.0 487 Request Terminated") >= 0, toAlice.toString());
    assertTrue(toAlice.indexOf("SIP/2.0 487 Request Terminated")
        < toAlice.indexOf("BYE sip:alice@192.0.2.101:5060 SIP/2.0"), toAlice.toString());
    assertTrue(toAlice.stream().noneMatch(l -> l.startsWith("SIP/2.0 200")), toAlice.toString());
  }
}
