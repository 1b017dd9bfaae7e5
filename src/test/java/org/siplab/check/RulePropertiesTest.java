package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.siplab.check.Mutation.Mutant;
import org.siplab.testkit.Draw;
import org.siplab.trace.Finding;

/**
 * For every rule: a mutation that breaks it, applied to clean flows at every place it can be, makes
 * the rule name the broken event; the same rule is silent on the clean flow. Seeds are fixed; a
 * failure prints the flow, the site and the seed.
 */
@DisplayName("every rule fires on the event a mutation breaks, and is silent on the clean flow")
class RulePropertiesTest {

  private static final long SEED = 20260312L;
  private static final int EXAMPLES = 80;

  /** Every mutation: one a rule of the catalog. */
  static Stream<Mutation> mutations() {
    return Stream.of(CseqMutations.all(), CallIdMutations.all(), TagMutations.all(),
        ViaMutations.all(), TimerMutations.all(), HeaderMutations.all(), CopyMutations.all())
        .flatMap(List::stream);
  }

  /** A clean flow and a place in it where the mutation applies. */
  private record Site(Roles roles, long seq) {}

  @Test
  @DisplayName("the mutations cover the whole catalog, one mutation a rule")
  void oneMutationPerRule() {
    List<String> ids = new ArrayList<>();
    Catalog.rules().forEach(r -> ids.add(r.info().id()));
    assertEquals(ids, mutations().map(Mutation::rule).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  @DisplayName("breaking a rule makes it name the broken event, and only on the broken flow")
  void ruleFiresOnTheBrokenEvent(Mutation mutation) {
    List<Site> sites = sites(mutation);
    assertFalse(sites.isEmpty(), "no clean flow offers a place to break " + mutation.rule());
    Rule rule = Catalog.rule(mutation.rule());
    Gen<Mutant> mutants = in -> {
      Draw d = new Draw(in);
      Site site = d.pick(sites);
      return mutation.breaker().apply(site.roles(), site.seq(), d);
    };
    mutants = mutants.describedAs(m -> m.broken().name() + ", event " + m.event() + ": "
        + m.broken().step(m.event()).label() + "\n" + m.broken().step(m.event()).message());
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(mutants).checkAssert(m -> {
      assertTrue(findings(rule, m.clean()).isEmpty(),
          () -> "silent on the clean flow: " + findings(rule, m.clean()));
      List<Finding> found = findings(rule, m.broken());
      assertTrue(found.stream().anyMatch(f -> f.event() == m.event()),
          () -> "fires on event " + m.event() + ", found " + found);
    });
  }

  private static List<Site> sites(Mutation mutation) {
    List<Site> out = new ArrayList<>();
    for (Flow flow : CleanFlows.all()) {
      Roles roles = new Roles(flow);
      for (long seq : mutation.sites().apply(roles)) {
        out.add(new Site(roles, seq));
      }
    }
    return out;
  }

  private static List<Finding> findings(Rule rule, Flow flow) {
    return Checker.check(flow.trace(), List.of(rule));
  }
}
