package org.siplab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.CommandRun.Result;
import org.siplab.scenario.load.StarterScenario;

@DisplayName("a link too slow for any transaction to complete across it")
class SlowLinkNoteTest {

  private static final String STARTER_NETWORK = "  default: { delay: 20ms, jitter: 5ms }";

  @TempDir Path dir;

  /** Runs the starter scenario with its network's default line replaced by {@code network}. */
  private Result runWithNetwork(String network) throws IOException {
    String starter = StarterScenario.text("slow", "slow.yaml");
    assertTrue(starter.contains(STARTER_NETWORK + " "), "the starter's network line moved");
    Path file = dir.resolve("slow.yaml");
    Files.writeString(file, starter.replace(STARTER_NETWORK, network), StandardCharsets.UTF_8);
    return CommandRun.run("run", file.toString(), "--out", dir.resolve("out").toString());
  }

  @Test
  @DisplayName("is noted under the verdict and in trace.json, with the hint that m is minutes")
  void aDefaultDelayOfAMinuteIsNoted() throws IOException {
    Result run = runWithNetwork("  default: { delay: 1m }");
    String note = "the network's default link at " + dir.resolve("slow.yaml") + ":11:12 takes at"
        + " least 2m for a request and its answer, longer than Timers B and F wait (64*T1 ="
        + " 32s): every transaction across it times out (m is minutes; for milliseconds write ms)";
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertEquals("  note: " + note, run.out().split("\n")[1]);
    String trace = Files.readString(dir.resolve("out/slow/trace.json"), StandardCharsets.UTF_8);
    assertTrue(trace.contains("every transaction across it times out (m is minutes"), trace);
  }

  @Test
  @DisplayName("counts both directions of a one-way link: its own delay and the way back")
  void aOneWayLinkCountsTheWayBack() throws IOException {
    Result run = runWithNetwork("  default: { delay: 20ms }\n"
        + "  links: [ { from: alice, to: proxy, delay: 31990ms } ]");
    assertTrue(run.out().contains("  note: the link from alice to proxy at "
        + dir.resolve("slow.yaml") + ":12:12 takes at least 32.01s for a request and its answer,"
        + " longer than Timers B and F wait (64*T1 = 32s): every transaction across it times"
        + " out\n"), run.out());
  }

  @Test
  @DisplayName("is not noted when a request and its answer can come back before 64*T1")
  void aLinkFastEnoughIsNotNoted() throws IOException {
    Result run = runWithNetwork("  default: { delay: 20ms }\n"
        + "  links: [ { between: [alice, proxy], delay: 15990ms } ]");
    // The REGISTER still times out, as it also crosses the proxy's link to the registrar: that
    // is the failed registration's note, not this one.
    assertFalse(run.out().contains("takes at least"), run.out());
  }
}
