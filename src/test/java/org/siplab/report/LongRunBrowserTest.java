package org.siplab.report;

import org.siplab.explain.Annotator;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.scenario.run.RunResult;
import org.siplab.scenario.run.ScenarioRunner;
import org.siplab.scenario.run.Summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.siplab.trace.TraceEvent;

@DisplayName("a long run's report")
class LongRunBrowserTest {

  /** The bundled long run, kept out of the gallery. */
  private static final Path SCENARIO = Path.of("scenarios/long/ten-thousand-messages.yaml");
  private static final long MAX_BYTES = 20L * 1024 * 1024;
  /** Generous: the target is 5 s on a quiet machine; CI machines are shared and slow. */
  private static final long MAX_LOAD_MS = 60_000;

  @Test
  @DisplayName("the bundled run of about 10,000 messages gives a report under 20 MB that Chromium"
      + " loads with every arrow present")
  void tenThousandMessages(@TempDir Path dir) throws IOException {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    ReportInput run = bundledLongRun();
    List<TraceEvent.Send> sends = SampleRuns.sends(run.trace());
    int messages = sends.size();
    assertTrue(messages >= 9_000 && messages <= 11_000, messages + " messages");
    long starting = System.nanoTime();
    Diagrams.transactionFigures();
    long engineMs = (System.nanoTime() - starting) / 1_000_000;
    long generating = System.nanoTime();
    Path file = Report.write(run, dir);
    long generatedMs = (System.nanoTime() - generating) / 1_000_000;
    long bytes = Files.size(file);
    assertTrue(bytes < MAX_BYTES, bytes + " bytes");
    try (Browser browser = new Browser(1500, 1000)) {
      long opening = System.nanoTime();
      browser.open(file);
      long arrows = (Long) browser.script(
          "return document.querySelectorAll('#ladder g.a[data-seq]').length;");
      long loadedMs = (System.nanoTime() - opening) / 1_000_000;
      double loadEventMs = ((Number) browser.script(
          "return performance.getEntriesByType('navigation')[0].loadEventEnd;")).doubleValue();
      assertEquals(messages, arrows);
      assertTrue(loadedMs < MAX_LOAD_MS, loadedMs + " ms");
      browser.driver().findElement(By.tagName("body")).sendKeys(Keys.END);
      assertEquals(sends.get(messages - 1).seq(), browser.selected());
      System.out.printf(Locale.ROOT, "%d-message report: %d bytes (%.1f MiB), %d events,"
          + " generated in %d ms (the V8 engine's start, timed apart: %d ms); Chromium: opened with"
          + " every arrow in %d ms, load event at %.0f ms%n", messages, bytes, bytes / 1048576.0,
          run.trace().events().size(), generatedMs, engineMs, loadedMs, loadEventMs);
    }
  }

  /** The long scenario run and annotated as {@code siplab run} does it. */
  private static ReportInput bundledLongRun() {
    Scenario scenario = ScenarioLoader.load(SCENARIO).orThrow();
    RunResult result = ScenarioRunner.run(scenario, scenario.seed());
    return ReportInput.of(result.trace(), result.findings(), Summaries.of(result))
        .withAnnotations(Annotator.annotate(result.trace()))
        .withNotes(Annotator.notes(result.trace()));
  }
}
