package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("CSEQ-001 on an INVITE numbered from 2**31 and cancelled through a proxy")
class HugeCseqCancelTest {

  private static final String CANCELLED = """
      seed: 1
      network:
        default: { delay: 10ms }
      elements:
        alice:     { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101,
                     proxy: proxy, misbehave: [huge-cseq] }
        proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10, registrar: registrar }
        registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
        bob:       { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102,
                     registrar: registrar, answer: { with: no-answer } }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
        - { at: 3s, do: alice.cancel }
      """;

  @Test
  @DisplayName("names the INVITE only, not the CANCELs that must copy its number")
  void namesTheInviteOnly() {
    Trace trace = ScenarioRuns.run("huge.yaml", CANCELLED).trace();
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("CSEQ-001")));
    assertEquals(List.of("alice INVITE"), found.stream().map(f -> {
      TraceEvent.Send s = (TraceEvent.Send) trace.event(f.event());
      return s.from() + " " + s.firstLine().split(" ")[0];
    }).toList(), found::toString);
  }
}
