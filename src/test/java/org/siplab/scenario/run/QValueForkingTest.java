package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.TraceEvent;

/**
 * {@code register: { q: ... }} from a scenario file down to the wire: the phone's Contact carries
 * the q-value, the registrar keeps it with the binding, and a proxy forking in sequence tries the
 * contacts highest q first (RFC 3261 sections 10.2.1.2 and 16.6).
 */
@DisplayName("q-values written in a scenario")
class QValueForkingTest {

  private static Scenario scenario(String deskQ, String cellQ) {
    String text = """
        name: q-values order the forking
        seed: 3
        elements:
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11,
                       users: { alice: a, bob: b } }
          proxy:     { kind: proxy, domain: example.com, address: 192.0.2.10,
                       registrar: registrar, forking: sequential }
          alice:     { kind: phone, aor: sip:alice@example.com, password: a,
                       address: 192.0.2.101, proxy: proxy }
          bob-desk:  { kind: phone, aor: sip:bob@example.com, password: b, address: 192.0.2.102,
                       proxy: proxy, register: { q: DESK }, answer: { with: busy } }
          bob-cell:  { kind: phone, aor: sip:bob@example.com, password: b, address: 192.0.2.103,
                       proxy: proxy, register: { q: CELL }, answer: { after: 1s } }
        script:
          - { at: 0s, do: bob-desk.register }
          - { at: 0s, do: bob-cell.register }
          - { at: 1s, do: alice.call sip:bob@example.com }
        expect:
          - { by: 4s, alice: in-call, bob-cell: in-call }
        """.replace("DESK", deskQ).replace("CELL", cellQ);
    return ScenarioLoader.load("q.yaml", text).orThrow();
  }

  @ParameterizedTest(name = "desk q={0}, cell q={1}: {2} first")
  @CsvSource({"0.3, 0.9, bob-cell", "0.9, 0.3, bob-desk", "1, 0.001, bob-desk"})
  @DisplayName("the REGISTER's Contact carries the q-value, and the proxy tries the higher q first")
  void higherQFirst(String deskQ, String cellQ, String first) {
    RunResult run = ScenarioRunner.run(scenario(deskQ, cellQ), 3);
    assertTrue(run.passed(), () -> run.verdicts().toString());
    List<TraceEvent.Send> sends = run.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send).map(e -> (TraceEvent.Send) e).toList();
    assertTrue(sends.stream().anyMatch(s -> s.from().equals("bob-desk")
        && s.message().startsWith("REGISTER ") && s.message().contains(">;q=" + deskQ + "\r\n")),
        "bob-desk's REGISTER has no Contact with q=" + deskQ);
    List<String> invited = sends.stream()
        .filter(s -> s.from().equals("proxy") && s.message().startsWith("INVITE "))
        .map(TraceEvent.Send::to).distinct().toList();
    assertEquals(first, invited.get(0), invited.toString());
  }
}
