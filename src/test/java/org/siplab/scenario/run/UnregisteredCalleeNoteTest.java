package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;

/** Calls refused because the callee had no binding when the INVITE reached the proxy or PBX. */
@DisplayName("a call to a callee with no binding at the time of the call")
class UnregisteredCalleeNoteTest {

  private static RunResult run(String bob, String network, String script) {
    String text = """
        seed: 1
        network: { default: { delay: 10ms }NETWORK }
        elements:
          alice: { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101, proxy: proxy }
          proxy: { kind: proxy, domain: example.com, address: 192.0.2.10, registrar: registrar }
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
          bob: { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102,
                 registrar: registrarBOB }
        script:
        SCRIPT
        """.replace("NETWORK", network).replace("BOB", bob).replace("SCRIPT", script);
    Scenario scenario = ScenarioLoader.load("call.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> notes(RunResult result) {
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }

  @Test
  @DisplayName("a register at the same time whose binding comes after the INVITE is named, with"
      + " when its binding was made and a time to call instead, and the run still passes")
  void registerThatLosesTheRaceIsNamed() {
    RunResult result = run("", ", links: [{ between: [bob, registrar], delay: 20ms }]", """
          - { at: 0s, do: bob.register }
          - { at: 0s, do: alice.call bob }
        """);
    assertEquals(List.of("the step at call.yaml:11:5 (alice.call bob) failed at 0.02s: proxy"
        + " answered 404 Not Found at 0.01s, as sip:bob@example.com had no binding then;"
        + " bob.register at call.yaml:10:5 made its binding only at 0.02s; call after that, for"
        + " example at: 1s"), notes(result));
    assertEquals(new SourcePosition("call.yaml", 11, 5), result.notes().get(0).position());
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("a callee that nobody registers is said to be so")
  void calleeNeverRegisteredIsSaidToBeSo() {
    assertEquals(List.of("the step at call.yaml:10:5 (alice.call bob) failed at 0.02s: proxy"
        + " answered 404 Not Found at 0.01s, as sip:bob@example.com had no binding then; nobody"
        + " registered sip:bob@example.com with registrar in the run"), notes(run("", "", """
          - { at: 0s, do: alice.call bob }
        """)));
  }

  @Test
  @DisplayName("a binding that expired before the call is said to have expired, and when")
  void expiredBindingIsSaidToHaveExpired() {
    assertEquals(List.of("the step at call.yaml:11:5 (alice.call bob) failed at 70.02s: proxy"
        + " answered 480 Temporarily Unavailable at 70.01s, as sip:bob@example.com had no binding"
        + " then; its binding had expired at 60.01s"),
        notes(run(", register: { expires: 60s, refresh: false }", "", """
          - { at: 0s, do: bob.register }
          - { at: 70s, do: alice.call bob }
        """)));
  }

  @Test
  @DisplayName("a callee registered before the call gives no note, nor one that declines the"
      + " call with 480 itself")
  void registeredCalleeGivesNoNote() {
    RunResult answered = run("", "", """
          - { at: 0s, do: bob.register }
          - { at: 1s, do: alice.call bob }
        """);
    assertEquals(List.of(), notes(answered));
    RunResult declined = run(", answer: { with: unavailable }", "", """
          - { at: 0s, do: bob.register }
          - { at: 1s, do: alice.call bob }
        """);
    assertTrue(declined.trace().events().stream().anyMatch(e -> e.toString()
        .contains("480 Temporarily Unavailable")), "bob must have declined with 480");
    assertEquals(List.of(), notes(declined));
  }

  @Test
  @DisplayName("a callee that removed its own binding before the call gives no note: the 480 is"
      + " what it asked for")
  void unregisteredCalleeGivesNoNote() {
    RunResult result = run("", "", """
          - { at: 0s, do: bob.register }
          - { at: 1s, do: bob.unregister }
          - { at: 2s, do: alice.call bob }
        """);
    assertTrue(result.trace().events().stream().anyMatch(e -> e.toString()
        .contains("480 Temporarily Unavailable")), "the proxy must have answered 480");
    assertEquals(List.of(), notes(result));
  }

  @Test
  @DisplayName("a PBX's 480 for a host=dynamic peer that registers later names the register")
  void pbxPeerRegisteredLaterIsNamed() {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@pbx.example.com", password: "wonderland",
                   address: 192.0.2.101, proxy: pbx }
          bob:   { kind: phone, aor: "sip:bob@pbx.example.com", password: "builder",
                   address: 192.0.2.102, proxy: pbx }
          pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                   accounts: { alice: { secret: "wonderland" }, bob: { secret: "builder" } },
                   extensions: { "100": alice, "200": bob } }
        script:
          - { at: 0s, do: alice.register }
          - { at: 1s, do: alice.call sip:200@pbx.example.com }
          - { at: 2s, do: bob.register }
        """;
    Scenario scenario = ScenarioLoader.load("pbx.yaml", text).orThrow();
    assertEquals(List.of("the step at pbx.yaml:13:5 (alice.call sip:200@pbx.example.com) failed"
        + " at 1.02s: pbx answered 480 Temporarily Unavailable at 1.01s, as account bob had no"
        + " binding then; bob.register at pbx.yaml:14:5 made its binding only at 2.03s; call"
        + " after that, for example at: 3s"),
        notes(ScenarioRunner.run(scenario, scenario.seed())));
  }

  @Test
  @DisplayName("a redirect server that reads a registrar names the register that came later")
  void redirectServerRefusalIsNoted() {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          redirect: { kind: redirect, domain: example.com, address: 192.0.2.10,
                      registrar: registrar }
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
          bob: { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102,
                 registrar: registrar }
        script:
          - { at: 0s, do: alice.call bob }
          - { at: 1s, do: bob.register }
        """;
    Scenario scenario = ScenarioLoader.load("redirect.yaml", text).orThrow();
    assertEquals(List.of("the step at redirect.yaml:11:5 (alice.call bob) failed at 0.02s:"
        + " redirect answered 404 Not Found at 0.01s, as sip:bob@example.com had no binding then;"
        + " bob.register at redirect.yaml:12:5 made its binding only at 1.01s; call after that,"
        + " for example at: 2s"), notes(ScenarioRunner.run(scenario, scenario.seed())));
  }
}
