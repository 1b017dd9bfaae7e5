package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;

/** Script steps that fail before their phone sends anything. */
@DisplayName("a script step that fails without sending anything")
class UnsentStepNoteTest {

  private static RunResult run(String extra, String script) {
    String text = """
        seed: 1
        network: { default: { delay: 10ms } }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob: { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201 }
        EXTRAscript:
        SCRIPT
        """.replace("EXTRA", extra).replace("SCRIPT", script);
    Scenario scenario = ScenarioLoader.load("unsent.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  private static List<String> notes(RunResult result) {
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }

  @Test
  @DisplayName("a call to a domain no element serves is noted with its line and column, why and"
      + " what to add, and the run still passes")
  void callToAnUnservedDomain() {
    RunResult result = run("", """
          - { at: 1s, do: alice.call sip:carol@nowhere.com }
        """);
    assertEquals(List.of("the step at unsent.yaml:7:5 (alice.call sip:carol@nowhere.com) failed"
        + " at 1s without sending anything: no element serves nowhere.com (no proxy, registrar,"
        + " redirect server or PBX has domain: nowhere.com, and no phone's aor: is at"
        + " nowhere.com), and alice has no proxy: to send it through; add an element with"
        + " domain: nowhere.com, or add a proxy and give alice proxy: with its name"),
        notes(result));
    assertEquals(new SourcePosition("unsent.yaml", 7, 5), result.notes().get(0).position());
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("a REGISTER with no registrar, proxy or server of its domain is noted, naming the"
      + " registrar the phone could be given")
  void registerWithNoRegistrar() {
    RunResult result = run("""
          registrar: { kind: registrar, domain: biloxi.example.com, address: 192.0.2.10 }
        """, """
          - { at: 0s, do: alice.register }
          - { at: 0s, do: bob.register }
        """);
    assertEquals(List.of("the step at unsent.yaml:8:5 (alice.register) failed at 0s without"
        + " sending anything: alice has no registrar: or proxy:, and no proxy, registrar,"
        + " redirect server or PBX has domain: atlanta.example.com, the domain of its aor:, so"
        + " its REGISTER had nowhere to go (RFC 3261 section 10.2.6); add a registrar with"
        + " domain: atlanta.example.com, or give alice registrar: registrar"), notes(result));
  }

  @Test
  @DisplayName("an OPTIONS to an address no element has offers the phone's name instead")
  void optionsToAnUnknownAddress() {
    RunResult result = run("", """
          - { at: 0s, do: alice.options sip:bob@192.0.2.99 }
        """);
    assertEquals(List.of("the step at unsent.yaml:7:5 (alice.options sip:bob@192.0.2.99) failed"
        + " at 0s without sending anything: no element has the address 192.0.2.99, and alice"
        + " has no proxy: to send it through; check the address, name the phone instead"
        + " (alice.options bob), or add a proxy and give alice proxy: with its name"),
        notes(result));
  }

  @Test
  @DisplayName("an on: step that fails so each time is one note with the count")
  void onStepCounted() {
    RunResult result = run("", """
          - { at: 0s, do: alice.message sip:carol@nowhere.com hello }
          - { at: 1s, do: alice.call sip:carol@nowhere.com }
          - { at: 2s, do: alice.call sip:carol@nowhere.com }
          - { on: alice.failed, do: bob.query }
        """);
    List<String> notes = notes(result);
    assertEquals(4, notes.size(), notes.toString());
    assertTrue(notes.get(0).startsWith("the step at unsent.yaml:7:5 (alice.message"
        + " sip:carol@nowhere.com hello) failed at 0s without sending anything: no element"
        + " serves nowhere.com"), notes.get(0));
    assertTrue(notes.get(3).startsWith("the step at unsent.yaml:10:5 (bob.query) failed 2"
        + " times, the first at 1s, without sending anything: bob has no registrar:"),
        notes.get(3));
  }

  @Test
  @DisplayName("a second call while the phone's line is busy with the first is noted, saying a"
      + " phone places one call at a time")
  void callOnABusyLine() {
    RunResult result = run("", """
          - { at: 1s, do: alice.call bob }
          - { at: 1s, do: alice.call sip:bob@biloxi.example.com }
        """);
    assertEquals(List.of("the step at unsent.yaml:8:5 (alice.call sip:bob@biloxi.example.com)"
        + " failed at 1s without sending anything: alice's line was busy with a call (it was"
        + " calling), and a phone places one call at a time; time the step after that call"
        + " ends, or end it first (alice.hangup)"), notes(result));
    assertTrue(result.passed(), "a note must not fail the run");
  }

  @Test
  @DisplayName("a call through an outbound proxy to a domain nobody serves is sent, and gets no"
      + " note: the proxy answers it")
  void throughAProxyNoNote() {
    String text = """
        elements:
          proxy: { kind: proxy, domain: atlanta.example.com, address: 192.0.2.10 }
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                   proxy: proxy }
        script:
          - { at: 0s, do: alice.call sip:carol@nowhere.com }
        """;
    Scenario scenario = ScenarioLoader.load("proxied.yaml", text).orThrow();
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    assertEquals(List.of(), notes(result));
    assertTrue(result.trace().events().stream().anyMatch(e -> e.type().equals("send")),
        "alice sends the INVITE to its proxy");
  }

  @Test
  @DisplayName("for any step time and any of the phone's sending actions, a target nobody serves"
      + " gives one note at the step's line and time, and a target somebody serves gives none")
  void anyTimeAnyAction() {
    List<String> unserved = List.of("alice.call sip:carol@nowhere.com",
        "alice.options sip:carol@nowhere.com", "alice.message sip:carol@nowhere.com hi",
        "alice.register", "alice.query", "alice.unregister", "alice.unregister-all");
    // Bob's steps, not Alice's: a second call of Alice's at the same instant would find her line
    // busy with the first, which is another matter.
    List<String> served = List.of("bob.call alice", "bob.options alice",
        "bob.message sip:alice@atlanta.example.com hi", "bob.call sip:alice@192.0.2.101");
    qt().withFixedSeed(41).withExamples(40)
        .forAll(integers().between(0, 20_000), integers().between(0, unserved.size() - 1),
            integers().between(0, served.size() - 1))
        .checkAssert((ms, bad, good) -> {
          RunResult result = run("", "  - { at: " + ms + "ms, do: " + served.get(good) + " }\n"
              + "  - { at: " + ms + "ms, do: " + unserved.get(bad) + " }\n");
          List<String> notes = notes(result);
          assertEquals(1, notes.size(), notes.toString());
          assertTrue(notes.get(0).startsWith("the step at unsent.yaml:8:5 ("
              + unserved.get(bad) + ") failed at "
              + BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString() + "s"
              + " without sending anything: "), notes.get(0));
          assertTrue(result.passed(), notes.get(0));
        });
  }
}
