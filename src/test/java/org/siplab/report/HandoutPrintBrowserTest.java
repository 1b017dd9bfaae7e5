package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.print.PrintOptions;

/** A report printed as a teacher's handout. */
@DisplayName("a report printed from headless Chromium")
class HandoutPrintBrowserTest {

  /** RFC 3665 3.2: five lanes, 25 messages. */
  private static final String FIVE_LANES =
      "scenarios/rfc3665/3.2-session-establishment-through-two-proxies.yaml";
  /** An A4 page in landscape less 12 mm margins, in CSS pixels (96 a inch). */
  private static final int PAGE_WIDTH = 1032;

  @Test
  @DisplayName("prints the whole ladder within the page's width and every step's explanation,"
      + " without the step controls")
  void printsTheLadderAndEveryStep(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = ProjectorLayoutBrowserTest.run(FIVE_LANES, dir);
    try (Browser browser = new Browser(PAGE_WIDTH, 700)) {
      browser.open(report);
      PrintOptions options = new PrintOptions();
      options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
      Pdf pdf = browser.driver().print(options);
      assertTrue(Base64.getDecoder().decode(pdf.getContent()).length > 0, "a PDF");
      // The page as the printer laid it out: print media, at the width of the page.
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertEquals("toolbar none, step panel none", browser.script(
          "return 'toolbar ' + getComputedStyle(document.querySelector('.toolbar')).display"
          + " + ', step panel ' + getComputedStyle(document.getElementById('step')).display;"));
      assertEquals("clipped 0x0, wider than the page 0", browser.script(
          "var pane = document.getElementById('ladder-pane');"
          + "var ladder = document.getElementById('ladder').getBoundingClientRect();"
          + "return 'clipped ' + (pane.scrollWidth - pane.clientWidth) + 'x'"
          + "  + (pane.scrollHeight - pane.clientHeight) + ', wider than the page '"
          + "  + Math.max(0, Math.round(ladder.right - document.documentElement.clientWidth));"));
      @SuppressWarnings("unchecked")
      List<String> items = (List<String>) browser.script("return Array.prototype.map.call("
          + "document.querySelectorAll('#handout-list li'), function (li) {"
          + "  return li.offsetHeight > 0 ? li.textContent : 'not shown';"
          + "});");
      List<String> arrows = browser.all("#ladder g.a").stream()
          .map(g -> g.getAttribute("data-seq")).toList();
      assertEquals(arrows.size(), items.size(), "one item a step: " + items);
      for (int i = 0; i < items.size(); i++) {
        assertTrue(items.get(i).startsWith("#" + arrows.get(i) + " at "), items.get(i));
      }
      assertTrue(items.get(0).contains("bob → registrarREGISTER sip:biloxi.example.com SIP/2.0"
          + "bob sends REGISTER to registrar"), items.get(0));
      assertTrue(items.stream().allMatch(item -> item.contains("(RFC ")),
          "each step's explanation with its RFC section: " + items);
    }
  }

  @Test
  @DisplayName("back on the screen after printing, the panels still end at the window's bottom")
  void thePanelsFitTheWindowAfterPrinting(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = ProjectorLayoutBrowserTest.run(FIVE_LANES, dir);
    try (Browser browser = new Browser(1024, 600)) {
      browser.open(report);
      // A print preview lays the page out for paper, toolbar hidden, and may fire resize.
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      browser.script("window.dispatchEvent(new Event('resize'));");
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      browser.script("window.scrollTo(0, document.querySelector('.toolbar').offsetTop);");
      assertEquals("ladder bottom 0, step bottom 0", browser.script(
          "var pane = document.getElementById('ladder-pane').getBoundingClientRect();"
          + "var step = document.getElementById('step').getBoundingClientRect();"
          + "return 'ladder bottom ' + Math.round(pane.bottom - innerHeight)"
          + "  + ', step bottom ' + Math.round(step.bottom - innerHeight);"));
    }
  }

  @Test
  @DisplayName("prints the run's header whole: the folded description, facts and expectations"
      + " shown without their summary, and the first paragraph not cut")
  void printsTheWholeHeader(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = ProjectorLayoutBrowserTest.run(
        "scenarios/chan_sip/friend-peer-user.yaml", dir);
    try (Browser browser = new Browser(PAGE_WIDTH, 700)) {
      browser.open(report);
      String shown = "var lead = document.querySelector('.description.lead');"
          + "return ['.description.rest', '.facts', '.notes', '.expectations',"
          + "    '#run-more summary'].map(function (css) {"
          + "    var shown = document.querySelector(css).checkVisibility();"
          + "    return css + (shown ? ' shown' : ' hidden');"
          + "  }).join(', ') + ', first paragraph '"
          + "  + (lead.scrollHeight > lead.clientHeight + 1 ? 'cut' : 'whole');";
      // Folded on the screen; printed (by the print stylesheet alone: no beforeprint here), whole.
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      assertEquals(".description.rest shown, .facts shown, .notes shown, .expectations shown,"
          + " #run-more summary hidden, first paragraph whole", browser.script(shown));
      assertEquals(null, browser.byId("run-more").getAttribute("open"));
      // The page script opens it too while printing, and folds it again after.
      assertEquals("true, false", browser.script(
          "var more = document.getElementById('run-more'), out = [];"
          + "window.dispatchEvent(new Event('beforeprint')); out.push(more.open);"
          + "window.dispatchEvent(new Event('afterprint')); out.push(more.open);"
          + "return out.join(', ');"));
    }
  }
}
