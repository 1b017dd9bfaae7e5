package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("CALLID-005 on a PBX leg that reuses the incoming Call-ID")
class B2buaLegCallIdTest {

  /** Alice dials her own extension: the PBX's outgoing leg goes back to her. */
  private static final String OWN_EXTENSION = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.20,
                 accounts: { alice: {}, bob: {} }, extensions: { "100": alice, "200": bob },
                 misbehave: [reuse-call-id] }
        alice: { kind: phone, aor: "sip:alice@pbx.example.com", address: 192.0.2.101,
                 proxy: pbx }
      script:
        - { at: 0s, do: alice.register }
        - { at: 1s, do: alice.call sip:100@pbx.example.com }
      """;

  @Test
  @DisplayName("is noted when the outgoing leg goes back to the caller, who dialled itself")
  void isNotedWhenTheOutgoingLegGoesBackToTheCaller() {
    Trace trace = ScenarioRuns.run("own-extension.yaml", OWN_EXTENSION).trace();
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("CALLID-005")));
    assertEquals(List.of("pbx INVITE"), found.stream().map(f -> {
      TraceEvent.Send s = (TraceEvent.Send) trace.event(f.event());
      return s.from() + " " + s.firstLine().split(" ")[0];
    }).toList(), found::toString);
  }
}
