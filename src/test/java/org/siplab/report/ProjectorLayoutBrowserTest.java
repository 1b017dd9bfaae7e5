package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.siplab.cli.Main;

/** A report as a teacher shows it on a projector: 1024 to 1400 pixels wide, or zoomed in. */
@DisplayName("a report on a projector, in headless Chromium")
class ProjectorLayoutBrowserTest {

  /** The chan_sip friend, peer and user: alice, bob, carol and the PBX. */
  private static final String FOUR_LANES = "scenarios/chan_sip/friend-peer-user.yaml";
  /** RFC 3665 3.2: alice, two proxies, bob and the registrar. */
  private static final String FIVE_LANES =
      "scenarios/rfc3665/3.2-session-establishment-through-two-proxies.yaml";

  /** Alice, bob and six ACKs for five 200s: a short description and six expectations. */
  private static final String LOST_ACK = "scenarios/teaching/lost-ack.yaml";

  /**
   * What of the run's outcome and of the ladder a window shows before it is scrolled: the verdict,
   * the counts of findings and expectations, and how many of the ladder's arrows are wholly in
   * view below the lanes' names.
   */
  private static final String FIRST_SCREEN = "function seen(e) {"
      + "  var r = e.getBoundingClientRect();"
      + "  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;"
      + "}"
      + "var head = document.querySelector('.ladder-head-wrap').getBoundingClientRect();"
      + "var arrows = Array.prototype.filter.call(document.querySelectorAll('#ladder g.a'),"
      + "    function (g) { return seen(g) && g.getBoundingClientRect().top >= head.bottom; });"
      + "return ['.verdict', '#finding-counts', '#expectation-counts'].map(function (css) {"
      + "  return css + (seen(document.querySelector(css)) ? ' in view' : ' out of view');"
      + "}).join(', ') + ', arrows in view ' + Math.min(3, arrows.length);";

  /** The name of each lane whose name box reaches past the ladder pane's visible width. */
  private static final String LANES_OUT_OF_VIEW =
      "var pane = document.getElementById('ladder-pane');"
      + "var right = pane.getBoundingClientRect().left + pane.clientLeft + pane.clientWidth;"
      + "var out = [];"
      + "document.querySelectorAll('.ladder-head .col').forEach(function (col) {"
      + "  if (col.querySelector('rect').getBoundingClientRect().right > right) {"
      + "    out.push(col.querySelector('.name').textContent);"
      + "  }"
      + "});"
      + "return out.join(', ');";

  /**
   * The selected arrow (its line and label; its time stays at the axis) when some of it is out of
   * the ladder pane's visible width, though the pane is wide enough for all of it; else "".
   */
  private static final String SELECTED_OUT_OF_VIEW = "var g = document.querySelector('g.a.sel');"
      + "var pane = document.getElementById('ladder-pane');"
      + "var left = pane.getBoundingClientRect().left + pane.clientLeft;"
      + "var right = left + pane.clientWidth;"
      + "var a = Infinity, b = -Infinity;"
      + "Array.prototype.forEach.call(g.children, function (part) {"
      + "  if (part.classList.contains('time')) { return; }"
      + "  var r = part.getBoundingClientRect();"
      + "  a = Math.min(a, r.left); b = Math.max(b, r.right);"
      + "});"
      + "var fits = b - a <= right - left;"
      + "var shown = a >= left - 1 && (fits ? b <= right + 1 : a <= right);"
      + "return shown ? '' : g.getAttribute('data-seq') + ' ' + g.querySelector('.label')"
      + "    .textContent + ' at ' + Math.round(a) + '..' + Math.round(b) + ', pane '"
      + "    + Math.round(left) + '..' + Math.round(right);";

  @Test
  @DisplayName("at 1400 by 900 all four lanes of a four-element run are beside the step panel,"
      + " none under it")
  void fourLanesAt1400AreAllInView(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FOUR_LANES, dir);
    try (Browser browser = new Browser(1400, 900)) {
      browser.open(report);
      assertEquals("", browser.script(LANES_OUT_OF_VIEW), "lanes out of view");
      long step = (Long) browser.script(
          "return Math.round(document.getElementById('step').getBoundingClientRect().width);");
      assertTrue(step >= 360, "the step panel keeps room to explain: " + step + " px");
    }
  }

  @Test
  @DisplayName("at 1024 by 768, stepping through a five-element run brings each arrow into view"
      + " sideways, from its sender to its receiver")
  void steppingRevealsEachArrowSideways(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FIVE_LANES, dir);
    try (Browser browser = new Browser(1024, 768)) {
      browser.open(report);
      WebElement body = browser.driver().findElement(By.tagName("body"));
      int arrows = browser.all("#ladder g.a").size();
      List<String> hidden = new ArrayList<>();
      for (int i = 0; i < arrows; i++) {
        body.sendKeys("j");
        String out = (String) browser.script(SELECTED_OUT_OF_VIEW);
        if (!out.isEmpty()) {
          hidden.add(out);
        }
      }
      assertEquals(List.of(), hidden, "arrows left out of view when stepped to");
      body.sendKeys("k");
      assertEquals("", browser.script(SELECTED_OUT_OF_VIEW), "stepping back");
    }
  }

  @Test
  @DisplayName("at 1024 pixels, or zoomed to 150% (683), the step controls fit without scrolling"
      + " and the panels end at the window's bottom")
  void theControlsFitANarrowWindow(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FOUR_LANES, dir);
    for (int width : new int[] {1024, 683}) {
      try (Browser browser = new Browser(width, 600)) {
        browser.open(report);
        browser.script("window.scrollTo(0, document.querySelector('.toolbar').offsetTop);");
        String fit = (String) browser.script("var t = document.querySelector('.toolbar');"
            + "var pane = document.getElementById('ladder-pane').getBoundingClientRect();"
            + "var step = document.getElementById('step').getBoundingClientRect();"
            + "return 'overflow ' + Math.max(0, t.scrollWidth - t.clientWidth)"
            + "  + ', ladder bottom ' + Math.round(pane.bottom - innerHeight)"
            + "  + ', step bottom ' + Math.round(step.bottom - innerHeight);");
        assertEquals("overflow 0, ladder bottom 0, step bottom 0", fit, width + " px wide");
      }
    }
  }

  @Test
  @DisplayName("at 1366 by 768 with five lanes, a transaction's figure in the narrow step panel"
      + " keeps its size, with the current state in view")
  void aFigureKeepsItsSizeInANarrowStepPanel(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FIVE_LANES, dir);
    try (Browser browser = new Browser(1366, 768)) {
      browser.open(report);
      WebElement body = browser.driver().findElement(By.tagName("body"));
      body.sendKeys("j", "j", "j");
      assertTrue(text(browser, "step-title").contains("alice → proxy-1"));
      String figures = (String) browser.script("var out = [];"
          + "document.querySelectorAll('#step-figures .fig').forEach(function (box) {"
          + "  var svg = box.querySelector('svg'), fig = svg.parentNode;"
          + "  var caption = box.querySelector('p').getBoundingClientRect();"
          + "  var b = box.getBoundingClientRect();"
          + "  if (caption.left < b.left || caption.right > b.right) { out.push('caption cut'); }"
          + "  var scale = svg.getBoundingClientRect().width"
          + "      / parseFloat(svg.getAttribute('width'));"
          + "  var f = fig.getBoundingClientRect();"
          + "  var n = fig.querySelector('g.node.current').getBoundingClientRect();"
          + "  out.push('scale ' + scale.toFixed(2) + ', current state '"
          + "      + (n.left >= f.left && n.right <= f.right ? 'in view' : 'out of view'));"
          + "});"
          + "return out.join('; ');");
      assertEquals("scale 1.00, current state in view", figures);
    }
  }

  @Test
  @DisplayName("an element's line does not run through the label of an arrow that passes over it")
  void aLifelineStopsShortOfALabel(@TempDir Path dir) throws IOException {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FOUR_LANES, dir);
    try (Browser browser = new Browser(1400, 900)) {
      browser.open(report);
      browser.script("window.scrollTo(0, document.querySelector('.toolbar').offsetTop);");
      // Where a label in view lies over a lifeline: the lifeline's x, and the label's baseline.
      @SuppressWarnings("unchecked")
      List<List<Long>> crossings = (List<List<Long>>) browser.script("var out = [];"
          + "var pane = document.getElementById('ladder-pane').getBoundingClientRect();"
          + "var head = document.querySelector('.ladder-head-wrap').getBoundingClientRect();"
          + "var top = document.getElementById('ladder').getBoundingClientRect().top;"
          + "var lines = Array.prototype.map.call(document.querySelectorAll('#ladder .life'),"
          + "    function (l) { return Math.round(l.getBoundingClientRect().left); });"
          + "document.querySelectorAll('#ladder g.a .label').forEach(function (t) {"
          + "  var r = t.getBoundingClientRect();"
          + "  if (r.top < head.bottom || r.bottom > pane.bottom - 20) { return; }"
          + "  var baseline = Math.round(top + Number(t.getAttribute('y')));"
          + "  lines.forEach(function (x) {"
          + "    if (x > r.left + 2 && x < r.right - 2) { out.push([x, baseline]); }"
          + "  });"
          + "});"
          + "return out;");
      assertTrue(crossings.size() >= 3, "labels over a lifeline: " + crossings);
      BufferedImage with = image(browser.screenshot());
      browser.script("document.querySelectorAll('#ladder .life').forEach(function (l) {"
          + "  l.style.visibility = 'hidden'; });");
      BufferedImage without = image(browser.screenshot());
      List<String> crossed = new ArrayList<>();
      for (List<Long> c : crossings) {
        int x = c.get(0).intValue();
        int baseline = c.get(1).intValue();
        // From the height of a capital (about 9 px at 12 px) down to the baseline.
        for (int y = baseline - 8; y < baseline; y++) {
          for (int dx = -1; dx <= 1; dx++) {
            if (with.getRGB(x + dx, y) != without.getRGB(x + dx, y)) {
              crossed.add(c.toString());
              dx = 2;
              y = baseline;
            }
          }
        }
      }
      assertEquals(List.of(), crossed, "[x, baseline] of labels a lifeline shows through");
    }
  }

  @Test
  @DisplayName("in the narrow step panel the state tables fit and break no word, only long"
      + " identifiers")
  @SuppressWarnings("unchecked")
  void theStateTablesBreakNoWord(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FIVE_LANES, dir);
    try (Browser browser = new Browser(1366, 768)) {
      browser.open(report);
      WebElement body = browser.driver().findElement(By.tagName("body"));
      List<String> broken = new ArrayList<>();
      int arrows = browser.all("#ladder g.a").size();
      for (int i = 0; i < arrows; i++) {
        body.sendKeys("j");
        // A cell of words of at most 12 characters (Proceeding, Terminated) takes no more lines
        // than it has words (a hyphen may end a line too).
        broken.addAll((List<String>) browser.script("var out = [];"
            + "document.querySelectorAll('#step-state th, #step-state td').forEach(function (c) {"
            + "  var words = c.textContent.trim().split(/[\\s-]+/);"
            + "  if (words[0] === '' || words.some(function (w) { return w.length > 12; })) {"
            + "    return;"
            + "  }"
            + "  var range = document.createRange();"
            + "  range.selectNodeContents(c);"
            + "  var tops = new Set(Array.prototype.map.call(range.getClientRects(),"
            + "      function (r) { return Math.round(r.top); }));"
            + "  if (tops.size > words.length) { out.push(c.textContent); }"
            + "});"
            + "document.querySelectorAll('#step-state table').forEach(function (t) {"
            + "  if (t.offsetWidth > t.parentNode.clientWidth) { out.push('a table too wide'); }"
            + "});"
            + "return out;"));
      }
      assertEquals(List.of(), broken, "cells with a word broken over two lines");
    }
  }

  @Test
  @DisplayName("at 1280 by 720, 1366 by 768 and 1400 by 900 the first screen shows the verdict,"
      + " the counts of findings and expectations, and the ladder's first arrows")
  void theFirstScreenShowsTheLadder(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    // Five lanes and a long description; a description of nine lines and a note; a short one.
    for (String scenario : List.of(FIVE_LANES, FOUR_LANES, LOST_ACK)) {
      Path report = run(scenario, dir.resolve(Path.of(scenario).getFileName().toString()));
      for (int[] size : new int[][] {{1280, 720}, {1366, 768}, {1400, 900}}) {
        try (Browser browser = new Browser(size[0], size[1])) {
          browser.open(report);
          assertEquals(".verdict in view, #finding-counts in view, #expectation-counts in view,"
              + " arrows in view 3", browser.script(FIRST_SCREEN),
              scenario + " at " + size[0] + "x" + size[1]);
        }
      }
    }
  }

  @Test
  @DisplayName("the folded part of the run's header opens and closes from the keyboard, space"
      + " on its summary not playing the run, and shows the whole description, notes and"
      + " expectations")
  void theFoldedHeaderOpensFromTheKeyboard(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    Path report = run(FOUR_LANES, dir);
    try (Browser browser = new Browser(1280, 720)) {
      browser.open(report);
      WebElement more = browser.byId("run-more");
      WebElement summary = more.findElement(By.tagName("summary"));
      String lead = "var lead = document.querySelector('.description.lead');"
          + "return lead.scrollHeight > lead.clientHeight + 1 ? 'cut' : 'whole';";
      assertEquals("cut", browser.script(lead), "a nine-line first paragraph, folded");
      assertFalse(more.findElement(By.cssSelector(".facts")).isDisplayed());
      summary.sendKeys(" ");
      assertEquals("true", more.getAttribute("open"), "opened by space");
      assertEquals("▶ play", text(browser, "play"), "the run did not start playing");
      assertEquals(null, browser.selected(), "no step selected");
      assertEquals("whole", browser.script(lead));
      for (String css : List.of(".description.rest", ".facts", ".notes", ".expectations")) {
        assertTrue(more.findElement(By.cssSelector(css)).isDisplayed(), css);
      }
      assertTrue(more.getText().contains("Run it again"), more.getText());
      summary.sendKeys(Keys.ENTER);
      assertEquals(null, more.getAttribute("open"), "closed by enter");
    }
  }

  private static BufferedImage image(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static String text(Browser browser, String id) {
    return browser.byId(id).getText();
  }

  /** Runs a scenario as the gallery does and returns its report. */
  static Path run(String scenario, Path dir) {
    assertEquals(0, Main.commandLine().execute("run", scenario, "--out", dir.toString()));
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.endsWith("index.html")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
