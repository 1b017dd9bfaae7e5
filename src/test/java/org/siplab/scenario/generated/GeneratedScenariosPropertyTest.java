package org.siplab.scenario.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.trace.Finding;

/**
 * Conformance over generated scenarios ({@link ScenarioTexts}): siplab's own elements, with no
 * {@code misbehave:} key, follow RFC 3261. For every generated file: it loads; it runs without
 * an exception (a stack trace is always a siplab bug); a second run gives a byte-identical
 * trace.json (DESIGN.md's first law); and the rule checker reports no finding of severity error.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_CASES} cases from the fixed seed {@value #SEED}.
 * To run many more by hand, with another seed if you like:
 *
 * <pre>
 * mvn -o test -Dtest=GeneratedScenariosPropertyTest -Dsiplab.generated.cases=2000 \
 *     -Dsiplab.generated.seed=7
 * </pre>
 *
 * A failure prints the seed and the whole scenario file; save it as a .yaml file and
 * {@code siplab run} replays it.
 */
@DisplayName("generated scenarios without misbehaviour")
class GeneratedScenariosPropertyTest {

  private static final long SEED = 20_261_127L;
  private static final int DEFAULT_CASES = 300;

  private static int cases() {
    return Integer.getInteger("siplab.generated.cases", DEFAULT_CASES);
  }

  private static long seed() {
    return Long.getLong("siplab.generated.seed", SEED);
  }

  @Test
  @DisplayName("every generated scenario loads, runs without an exception, runs twice to the same"
      + " trace.json bytes, and gets no error finding")
  void generatedScenariosRunCleanAndTheSameTwice() {
    long seed = seed();
    // A run is the costly part, and shrinking repeats it many times: a few cycles are enough to
    // drop the steps and elements that play no part.
    qt().withFixedSeed(seed).withExamples(cases()).withShrinkCycles(20)
        .forAll(ScenarioTexts.scenarios()).checkAssert(text -> {
          String where = "(property seed " + seed + ")\n" + text;
          Scenario scenario = GeneratedRuns.load(text, where);
          String first = GeneratedRuns.traceJson(GeneratedRuns.run(scenario, where));
          RunResult again = GeneratedRuns.run(scenario, where);
          assertEquals(first, GeneratedRuns.traceJson(again), "two runs differ " + where);
          List<Finding> errors = again.findings().stream()
              .filter(f -> f.severity().equals("error")).toList();
          assertEquals(List.of(), errors, "error findings " + where);
        });
  }


  @Test
  @DisplayName("the generator covers every topology, and files with a redirect server, a fork, an"
      + " ALG, IPv6, ports, PBX contexts and trunk, URI parameters, expectations and the rarer"
      + " keys")
  void theGeneratorCoversItsSpace() {
    StringBuilder all = new StringBuilder();
    qt().withFixedSeed(SEED).withExamples(500).forAll(ScenarioTexts.scenarios())
        .checkAssert(all::append);
    String text = all.toString();
    for (String piece : List.of("kind: pbx", "proxy-2:", "kind: redirect", "bob-mobile:",
        "auth: {", "users: {", "wrong-", "loss:", "partitions:", "faults:", "on: ", "with: busy",
        "with: no-answer", "early-media: true", ".cancel", ".hold", ".resume", ".reinvite",
        ".info", ".options", ".message", ".unregister", ".move", ".hangup", "proxy-1:",
        "alg: true", "proxy: [", "proxy: proxy, registrar: registrar", "2001:db8::", ":5070", "T2:",
        "T4:", "expect:", "flow:", "bindings:", "findings:", "permissions:", "user: alice-desk",
        "\"500\": \"sip:", "expires: 30s", "realm:", "nth: 1", "200 to INVITE",
        "context: guests", "context: internal", "sip:10@pbx.example.com",
        "kind: redirect, domain: example.com", "bob-mobile: { kind: phone, aor: \"sip:bob@biloxi",
        ", q: 0.", "proxy: proxy, registrar: pbx", "\"600\": \"sip:", ";user=phone",
        ";transport=udp", ";transport=UDP", ";x-line=2", ";user=ip")) {
      assertTrue(text.contains(piece), "no generated file has " + piece);
    }
  }
}
