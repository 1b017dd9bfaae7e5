package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * A caller whose INVITE has no From tag, as an RFC 2543 UA sends it (RFC 3261 section 12.1.1: "A
 * UAS MUST be prepared to receive a request without a tag in the From field"). The PBX keeps its
 * dialog with that caller under the tag "", as the UA core does, so that when either leg ends
 * ({@code Bridge.legEnded}) the other is found and ended with a BYE.
 */
@DisplayName("a call through the PBX from a caller without a From tag")
class TaglessCallerTest {

  private static final String SCENARIO = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@pbx.example.com", password: "wonderland",
                 address: 192.0.2.101, proxy: pbx, misbehave: [drop-from-tag] }
        bob:   { kind: phone, aor: "sip:bob@pbx.example.com", password: "builder",
                 address: 192.0.2.102, proxy: pbx, answer: { after: 2s } }
        pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                 accounts: { alice: { secret: "wonderland" }, bob: { secret: "builder" } },
                 extensions: { "100": alice, "200": bob } }
      script:
        - { at: 0s, do: alice.register }
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call sip:200@pbx.example.com }
        - { at: 8s, do: HANGUP }
      """;

  private static List<String> sendsFrom(RunResult result, long fromUs) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.timeUs() >= fromUs)
        .map(e -> (TraceEvent.Send) e)
        .map(s -> s.from() + ">" + s.to() + " " + s.firstLine().split(" ")[
            s.firstLine().startsWith("SIP/2.0") ? 1 : 0])
        .toList();
  }

  @Test
  @DisplayName("is answered, and the caller's BYE ends the callee's dialog with a BYE of the PBX's")
  void callersByeEndsTheCalleesDialog() {
    RunResult result = ScenarioRuns.run("tagless.yaml", SCENARIO.replace("HANGUP",
        "alice.hangup"));
    assertEquals(List.of("alice>pbx BYE", "pbx>alice 200", "pbx>bob BYE", "bob>pbx 200"),
        sendsFrom(result, 8_000_000));
    assertEquals("idle", result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Action a && a.element().equals("pbx")
            && a.action().equals("state"))
        .map(e -> ((TraceEvent.Action) e).detail()).reduce((a, b) -> b).orElseThrow()
        .replaceAll(".* -> ", ""));
  }

  @Test
  @DisplayName("is answered, and the callee's BYE ends the caller's dialog with a BYE of the"
      + " PBX's")
  void calleesByeEndsTheCallersDialog() {
    RunResult result = ScenarioRuns.run("tagless.yaml", SCENARIO.replace("HANGUP", "bob.hangup"));
    List<String> sends = sendsFrom(result, 8_000_000);
    assertTrue(sends.containsAll(List.of("bob>pbx BYE", "pbx>bob 200", "pbx>alice BYE")),
        sends::toString);
  }
}
