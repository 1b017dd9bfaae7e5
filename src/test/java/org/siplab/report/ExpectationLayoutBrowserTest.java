package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.trace.RunSummary;

/** The expectations at the top of a report, as a teacher reads them on a projector. */
@DisplayName("the expectations of a report in headless Chromium")
class ExpectationLayoutBrowserTest {

  /**
   * How far left of the mark's right edge each line of each expectation's text starts, in
   * pixels: 0 when every line is in the text's own column.
   */
  private static final String OVERHANG = "var out = [];"
      + "document.querySelectorAll('.expectations li').forEach(function (li) {"
      + "  var edge = li.querySelector('.mark').getBoundingClientRect().right;"
      + "  li.querySelectorAll('.what, .where, .explanation').forEach(function (part) {"
      + "    Array.prototype.forEach.call(part.getClientRects(), function (line) {"
      + "      out.push(Math.max(0, Math.round(edge - line.left)));"
      + "    });"
      + "  });"
      + "});"
      + "return out.join(',');";

  @Test
  @DisplayName("a flow too long for one line wraps under its own text, not under the mark")
  void aLongFlowWrapsUnderItsText(@TempDir Path dir) throws IOException {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    ReportInput call = SampleRuns.call();
    String flow = "flow: " + "alice>bob INVITE, bob>alice 180, ".repeat(12) + "bob>alice 200";
    RunSummary run = new RunSummary("scenarios/long-flow.yaml", "A flow of many steps.",
        List.of(new RunSummary.Verdict(flow, "scenarios/long-flow.yaml:9:5", true,
            "the 25 messages came as expected"),
            new RunSummary.Verdict("alice is in-call by 1s", "scenarios/long-flow.yaml:8:5",
                false, "alice is calling at 1s, expected in-call")),
        List.of(), "the scenario's horizon was reached", false);
    Path report = Report.write(new ReportInput(call.trace(), call.findings(), run,
        call.annotations(), call.notes()), dir);
    try (Browser browser = new Browser(900, 800)) {
      browser.open(report);
      browser.script("document.getElementById('run-more').open = true;");
      String overhangs = (String) browser.script(OVERHANG);
      assertEquals(overhangs.replaceAll("[0-9]+", "0"), overhangs,
          "pixels left of the mark's edge, a line each: " + overhangs);
    }
  }

  @Test
  @DisplayName("a file:line:column with many dashes is kept on one line")
  void aPositionIsKeptWhole(@TempDir Path dir) throws IOException {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    ReportInput call = SampleRuns.call();
    String file = "scenarios/rules/a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p.yaml";
    List<RunSummary.Verdict> verdicts = new ArrayList<>();
    for (int words = 1; words <= 12; words++) {
      verdicts.add(new RunSummary.Verdict("alice is in-call by 1s" + " and so on".repeat(words),
          file + ":" + words + ":5", true, "alice is in-call at 1s"));
    }
    Path report = Report.write(new ReportInput(call.trace(), call.findings(),
        new RunSummary(file, "Positions.", verdicts, List.of(), "the horizon", false),
        call.annotations(), call.notes()), dir);
    try (Browser browser = new Browser(700, 800)) {
      browser.open(report);
      browser.script("document.getElementById('run-more').open = true;");
      assertEquals("", browser.script("var out = [];"
          + "document.querySelectorAll('.expectations .where').forEach(function (w) {"
          + "  if (w.getClientRects().length > 1) { out.push(w.textContent); }"
          + "});"
          + "return out.join(', ');"), "positions split over two lines");
    }
  }
}
