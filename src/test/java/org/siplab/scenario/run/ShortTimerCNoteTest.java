package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.model.SourcePosition;

/** A proxy's timer-c at 3 minutes or less, against RFC 3261 section 16.6 step 11. */
@DisplayName("a proxy's Timer C shortened below the RFC's 3 minutes")
class ShortTimerCNoteTest {

  private static Scenario scenario(String timerC) {
    String text = """
        elements:
          proxy: { kind: proxy, domain: example.com, address: 192.0.2.10TIMERC }
          alice: { kind: phone, aor: "sip:alice@example.com", address: 192.0.2.101, proxy: proxy }
          bob: { kind: phone, aor: "sip:bob@example.com", address: 192.0.2.102, proxy: proxy }
        script:
          - { at: 0s, do: alice.call sip:bob@example.com }
        """.replace("TIMERC", timerC);
    return ScenarioLoader.load("timer-c.yaml", text).orThrow();
  }

  private static List<String> notes(RunResult result) {
    return result.notes().stream().map(n -> n.note(n.position())).toList();
  }

  @Test
  @DisplayName("is noted at the value with the RFC's words and that the scenario shortened it,"
      + " and the run still passes")
  void notedWithTheRule() {
    Scenario scenario = scenario(", timer-c: 30s");
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    assertEquals(List.of("proxy's timer-c at timer-c.yaml:2:76 is 30s: RFC 3261 section 16.6"
        + " step 11 says \"The timer MUST be larger than 3 minutes.\"; this scenario shortens it,"
        + " as a teaching scenario may to show Timer C firing (section 16.8); a real proxy must"
        + " not"), notes(result));
    assertEquals(new SourcePosition("timer-c.yaml", 2, 76), result.notes().get(0).position());
    assertTrue(result.passed(), "a note must not fail the run");
    assertTrue(Summaries.of(result, "x/timer-c.yaml").notes().get(0)
        .startsWith("proxy's timer-c at x/timer-c.yaml:2:76 is 30s"), "trace.json's run.notes");
  }

  @Test
  @DisplayName("3 minutes exactly is noted (the RFC says larger than), 181 s and the default are"
      + " not")
  void theBoundary() {
    assertEquals(1, ShortTimerCs.of(scenario(", timer-c: 3m")).size());
    assertEquals(List.of(), ShortTimerCs.of(scenario(", timer-c: 181s")));
    assertEquals(List.of(), ShortTimerCs.of(scenario("")));
  }

  @Test
  @DisplayName("for any timer-c, there is a note exactly when it is 3 minutes or less")
  void anyValue() {
    qt().withFixedSeed(16_611).withExamples(200)
        .forAll(integers().between(1, 400_000))
        .checkAssert(ms -> assertEquals(ms <= 180_000 ? 1 : 0,
            ShortTimerCs.of(scenario(", timer-c: " + ms + "ms")).size(), ms + "ms"));
  }

  @Test
  @DisplayName("every bundled scenario that shortens a proxy's Timer C says so in its"
      + " description, so that the note only repeats it")
  void bundledScenariosSaySo() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("scenarios"))) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      Scenario s = ScenarioLoader.load(file).orThrow();
      boolean shortened = s.elementsOf(ProxySpec.class).stream()
          .anyMatch(p -> p.timerC().micros() <= ShortTimerCs.THREE_MINUTES_US);
      assertTrue(!shortened || s.description().contains("Timer C"), file.toString());
    }
  }
}
