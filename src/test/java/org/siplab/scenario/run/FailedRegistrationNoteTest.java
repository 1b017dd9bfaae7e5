package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;

/** Registrations that a step started and that failed after the REGISTER went out. */
@DisplayName("a registration that fails after its REGISTER was sent")
class FailedRegistrationNoteTest {

  private static RunResult run(String alice, String network, String script) {
    String text = """
        seed: 1
        network: { default: { delay: 10msNETWORK } }
        elements:
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.10,
                       users: { alice: right } }
          alice: { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101,
                   registrar: registrarALICE }
        script:
        SCRIPT
        """.replace("NETWORK", network).replace("ALICE", alice).replace("SCRIPT", script);
    Scenario scenario = ScenarioLoader.load("reg.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> notes(RunResult result) {
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }

  @Test
  @DisplayName("a wrong password is noted at the step, with the phone's words and the password"
      + " the registrar lists otherwise, and the run still passes")
  void wrongPasswordIsNotedAtTheStep() {
    RunResult result = run(", password: wrong", "", """
          - { at: 0s, do: alice.register }
        """);
    assertEquals(List.of("the step at reg.yaml:9:5 (alice.register) failed at 0.04s, after sending"
        + " its REGISTER: the server refused the credentials of user \"alice\" for realm"
        + " \"example.com\" again, without stale=true: the password is wrong (RFC 3665 section"
        + " 2.5); alice's password: is not the one registrar has for user alice (its users:)"),
        notes(result));
    assertEquals(new SourcePosition("reg.yaml", 9, 5), result.notes().get(0).position());
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("the right password gives no note, and a phone without one is told that the"
      + " registrar has one for its user")
  void onlyFailuresAreNoted() {
    assertEquals(List.of(), notes(run(", password: right", "", """
          - { at: 0s, do: alice.register }
        """)));
    assertEquals(List.of("the step at reg.yaml:9:5 (alice.register) failed at 0.02s, after sending"
        + " its REGISTER: challenged with 401, but it has no password; alice has no password:,"
        + " but registrar has one for user alice (its users:)"), notes(run("", "", """
          - { at: 0s, do: alice.register }
        """)));
  }

  @Test
  @DisplayName("a refresh that goes unanswered is traced back to the step that registered")
  void failedRefreshPointsAtTheRegisteringStep() {
    RunResult result = run(", password: right, register: { expires: 60s }",
        ", partitions: [{ start: 20s, end: 200s }]", """
          - { at: 0s, do: alice.register }
          - { at: 90s, do: alice.register }
        """);
    assertEquals(List.of("the step at reg.yaml:9:5 (alice.register) failed at 62.04s, when"
        + " refreshing the registration: the registrar did not answer: Timer F fired",
        "the step at reg.yaml:10:5 (alice.register) failed at 122s, after sending its REGISTER:"
        + " the registrar did not answer: Timer F fired"), notes(result));
  }

  @Test
  @DisplayName("a PBX account's secret: that is not the phone's password is named")
  void pbxSecretIsNamed() {
    Scenario scenario = ScenarioLoader.load("pbx.yaml", """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@pbx.example.com", password: "wonderlnad",
                   address: 192.0.2.101, proxy: pbx }
          pbx: { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                 accounts: { alice: { type: friend, secret: "wonderland" } } }
        script:
          - { at: 0s, do: alice.register }
        """).orThrow();
    List<String> notes = notes(ScenarioRunner.run(scenario, 1));
    assertEquals(1, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("the step at pbx.yaml:9:5 (alice.register) failed at "),
        notes.get(0));
    assertTrue(notes.get(0).endsWith("; alice's password: is not the one pbx has for user alice"
        + " (the secret: of its account)"), notes.get(0));
  }

  private static List<String> proxiedNotes(String proxy, String bobDomain) {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          registrar: { kind: registrar, domain: example.com, address: 192.0.2.11 }
          proxy: { kind: proxy, domain: example.com, address: 192.0.2.10PROXY }
          bob: { kind: phone, aor: "sip:bob@BOB", address: 192.0.2.102, proxy: proxy }
        script:
          - { at: 0s, do: bob.register }
        """.replace("PROXY", proxy).replace("BOB", bobDomain);
    Scenario scenario = ScenarioLoader.load("reg.yaml", text).orThrow();
    return notes(ScenarioRunner.run(scenario, scenario.seed()));
  }

  @Test
  @DisplayName("a 405 from a proxy with no registrar names the proxy and the key it lacks")
  void aProxyWithoutRegistrarIsNamed() {
    assertEquals(List.of("the step at reg.yaml:8:5 (bob.register) failed at 0.02s, after sending"
        + " its REGISTER: the registrar answered 405 Method Not Allowed; that answer came from"
        + " proxy, a proxy with no registrar: to pass REGISTERs on to; expected proxy given"
        + " registrar: registrar"), proxiedNotes("", "example.com"));
    assertEquals(List.of(), proxiedNotes(", registrar: registrar", "example.com"));
  }

  @Test
  @DisplayName("a 405 from the phone itself, for a domain no registrar serves, offers the"
      + " registrar's domain one slip away")
  void aMisspeltDomainIsOfferedTheRegistrars() {
    assertEquals(List.of("the step at reg.yaml:8:5 (bob.register) failed at 0.04s, after sending"
        + " its REGISTER: the registrar answered 405 Method Not Allowed; that answer came from bob"
        + " itself: no registrar serves exmaple.com, the domain of bob's aor:, so the REGISTER"
        + " went to the phone of that address; did you mean example.com?"),
        proxiedNotes(", registrar: registrar", "exmaple.com"));
  }
}
