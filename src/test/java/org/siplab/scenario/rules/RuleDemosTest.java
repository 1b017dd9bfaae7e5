package org.siplab.scenario.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.check.Catalog;
import org.siplab.check.Rule;
import org.siplab.check.Severity;
import org.siplab.scenario.load.LoadResult;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Expectation;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.trace.Finding;

/**
 * Issue 6's demos: every rule of the catalog has a bundled scenario of its own under
 * scenarios/rules, named {@code <rule id in lower case>-<what it shows>.yaml}, whose misbehaving
 * element makes the checker report that rule; and every other bundled scenario runs without a
 * finding above info, so that a finding in a report always means something was broken on
 * purpose.
 */
@DisplayName("the bundled scenarios and the rule catalog")
class RuleDemosTest {

  private static final Path SCENARIOS = Path.of("scenarios");
  private static final Path DEMOS = SCENARIOS.resolve("rules");

  /** Every file of scenarios/rules, sorted by name. */
  static List<Path> demos() {
    try (Stream<Path> files = Files.list(DEMOS)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every scenario file under scenarios/ outside scenarios/rules, sorted. */
  static List<Path> libraryScenarios() {
    try (Stream<Path> files = Files.walk(SCENARIOS)) {
      return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(DEMOS))
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule a demo shows, from its file name: {@code cseq-003-lowered-cseq.yaml} is CSEQ-003. */
  private static String ruleOf(Path demo) {
    String name = demo.getFileName().toString();
    for (Rule rule : Catalog.rules()) {
      if (name.startsWith(rule.info().id().toLowerCase(Locale.ROOT) + "-")) {
        return rule.info().id();
      }
    }
    throw new AssertionError(demo + " is named after no rule of the catalog");
  }

  private static Scenario load(Path file) {
    LoadResult loaded = ScenarioLoader.load(file);
    assertTrue(loaded.isValid(), file + " does not load:\n" + loaded.errorReport());
    return loaded.orThrow();
  }

  private static RunResult run(Scenario scenario) {
    return ScenarioRunner.run(scenario, scenario.seed());
  }

  /** What went wrong in a run, with the seed that replays it. */
  private static String failures(Path file, RunResult result) {
    StringBuilder out = new StringBuilder(file + " (seed " + result.seed() + "):");
    for (RunResult.Verdict v : result.verdicts()) {
      if (!v.met()) {
        out.append("\n  ").append(v.expectation().position()).append(": ")
            .append(v.explanation());
      }
    }
    for (RunResult.ScriptProblem p : result.scriptProblems()) {
      out.append("\n  ").append(p.position()).append(": ").append(p.message());
    }
    for (Finding f : result.findings()) {
      out.append("\n  finding ").append(f.rule()).append(" (").append(f.severity())
          .append(") at event ").append(f.event()).append(": ").append(f.message());
    }
    return out.toString();
  }

  @Test
  @DisplayName("every rule of the catalog has exactly one demo, <id>-<what it shows>.yaml, and"
      + " every file in scenarios/rules is one")
  void everyRuleHasExactlyOneDemo() {
    List<String> problems = new ArrayList<>();
    for (Rule rule : Catalog.rules()) {
      String prefix = rule.info().id().toLowerCase(Locale.ROOT) + "-";
      List<String> named = demos().stream().map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix)).toList();
      if (named.size() != 1) {
        problems.add(rule.info().id() + " has " + named.size() + " demos: " + named);
      }
    }
    for (Path demo : demos()) {
      String name = demo.getFileName().toString();
      if (!name.matches("[a-z]+-[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*\\.yaml")) {
        problems.add(name + " is not named <rule id in lower case>-<what it shows>.yaml");
      } else {
        ruleOf(demo);
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(Catalog.rules().size(), demos().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demos")
  @DisplayName("a demo runs as it expects, expects its rule's finding, and the checker reports it")
  void demoShowsItsRule(Path demo) {
    String rule = ruleOf(demo);
    Scenario scenario = load(demo);
    assertFalse(scenario.description() == null || scenario.description().isBlank(),
        demo + " has no description for the teacher");
    assertTrue(scenario.description().contains(rule) && scenario.description().contains("RFC"),
        demo + "'s description names neither its rule nor the RFC it quotes");
    List<Expectation.Findings> expected = scenario.expectations().stream()
        .filter(e -> e instanceof Expectation.Findings).map(e -> (Expectation.Findings) e)
        .toList();
    assertEquals(1, expected.size(), demo + " has no single findings expectation");
    assertTrue(expected.get(0).ruleIds().contains(rule),
        demo + " expects " + expected.get(0).ruleIds() + ", without " + rule);

    RunResult result = run(scenario);
    assertTrue(result.passed(), failures(demo, result));
    Set<String> found = result.findings().stream().map(Finding::rule)
        .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(found.contains(rule), failures(demo, result));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("libraryScenarios")
  @DisplayName("a bundled scenario outside scenarios/rules has no finding above info")
  void libraryScenarioHasNoFindingAboveInfo(Path file) {
    RunResult result = run(load(file));
    List<Finding> aboveInfo = result.findings().stream()
        .filter(f -> !f.severity().equals(Severity.INFO.label())).toList();
    assertEquals(List.of(), aboveInfo, failures(file, result));
  }

  @Test
  @DisplayName("the library of bundled scenarios outside scenarios/rules is not empty")
  void libraryIsFound() {
    assertFalse(libraryScenarios().isEmpty(), "no scenario found under " + SCENARIOS);
  }
}
