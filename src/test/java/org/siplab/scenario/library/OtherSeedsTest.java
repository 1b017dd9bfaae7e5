package org.siplab.scenario.library;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.model.LinkSpec;
import org.siplab.scenario.model.NetworkSpec;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;

/**
 * A seed draws link jitter and loss, tags, branches, Call-IDs, nonces and the random waits of
 * RFC 3261 section 14.1; none of these may change what a scenario is about. So every bundled
 * scenario whose links lose nothing meets its expectations under any seed, not only its own: one
 * that fails under some seed shows an element that depends on a random draw (a race, a timer, an
 * identifier's length) or an expectation written for one seed's timing.
 */
@DisplayName("the bundled scenarios under other seeds")
class OtherSeedsTest {

  /** Of the property's own draws; each example is one seed for every scenario. */
  private static final long QT_SEED = 20_261_127L;

  @Test
  @DisplayName("every scenario over links that lose nothing meets its expectations whatever the"
      + " seed")
  void lossFreeScenariosPassUnderAnySeed() {
    List<Path> files = lossFree();
    assertFalse(files.isEmpty(), "no loss-free scenario under " + Library.ROOT.toAbsolutePath());
    // A smaller seed is not a simpler run, so a failing seed is reported as it was drawn.
    qt().withFixedSeed(QT_SEED).withExamples(3).withShrinkCycles(0)
        .forAll(longs().between(0, Integer.MAX_VALUE)).checkAssert(seed -> {
          for (Path file : files) {
            RunResult result = ScenarioRunner.run(Library.load(file), seed);
            assertTrue(result.passed(), () -> file + " (seed " + seed + ") failed:\n"
                + BundledScenariosTest.failures(result));
          }
        });
  }

  /**
   * The bundled scenarios but the long runs and those with a link that loses a share of its
   * datagrams, where the seed decides which messages are lost and so what the run can show
   * ({@code teaching/retransmissions-over-a-lossy-link.yaml} says so). Targeted faults (drop the
   * nth 200 OK) and partitions hit the same messages under every seed, so they stay.
   */
  private static List<Path> lossFree() {
    return Library.scenarioFiles(Library.ROOT).stream()
        .filter(file -> !file.startsWith(Library.ROOT.resolve("long")))
        .filter(file -> !losesDatagrams(Library.load(file).network()))
        .toList();
  }

  private static boolean losesDatagrams(NetworkSpec network) {
    return network.defaults().lossRatio() > 0
        || network.links().stream().map(LinkSpec::behavior).anyMatch(b -> b.lossRatio() > 0);
  }

  @Test
  @DisplayName("leaves out the lossy-link scenario and keeps the one with a targeted drop")
  void theLossyLinkIsLeftOutAndTargetedDropsAreKept() {
    List<Path> files = lossFree();
    Path teaching = Library.ROOT.resolve("teaching");
    assertFalse(files.contains(teaching.resolve("retransmissions-over-a-lossy-link.yaml")));
    assertTrue(files.contains(teaching.resolve("lost-ack.yaml")));
  }
}
