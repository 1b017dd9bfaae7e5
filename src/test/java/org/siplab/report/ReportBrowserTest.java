package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("a report in headless Chromium")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

  /** The panel's state section as lines, the way {@link StateReference} writes them. */
  private static final String STATE_LINES = "var out = [];"
      + "document.querySelectorAll('#step-state > *').forEach(function (n) {"
      + "  if (n.tagName === 'H4') { out.push('# ' + n.textContent); }"
      + "  else if (n.tagName === 'P') { out.push(n.textContent); }"
      + "  else { n.querySelectorAll('tr').forEach(function (tr, i) { if (i === 0) { return; }"
      + "    var cells = Array.prototype.map.call(tr.children, function (td) {"
      + "      return td.textContent; });"
      + "    out.push(cells.join(' | ') + (tr.classList.contains('ended') ? ' (ended)' : ''));"
      + "  }); }"
      + "});"
      + "return out.join('\\n');";

  private Path dir;
  private Browser browser;
  private ReportInput call;
  private Path callReport;

  @BeforeAll
  void start(@TempDir Path folder) throws IOException {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    dir = folder;
    call = SampleRuns.call();
    callReport = Report.write(call, dir.resolve("call"));
    browser = new Browser(1500, 1000);
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @DisplayName("the ladder has one arrow per send event, each with the send's seq")
  void oneArrowPerSend() {
    browser.open(callReport);
    List<Long> arrows = browser.all("#ladder g.a").stream()
        .map(g -> Long.valueOf(g.getAttribute("data-seq"))).toList();
    assertEquals(SampleRuns.sends(call.trace()).stream().map(TraceEvent::seq).toList(), arrows);
    assertNull(browser.selected(), "nothing selected before a click");
  }

  @Test
  @DisplayName("clicking an arrow shows its message, its annotation and what happened to it")
  void clickShowsTheStep() {
    browser.open(callReport);
    TraceEvent.Send invite = send("INVITE");
    arrow(invite.seq()).click();
    assertEquals(invite.seq(), browser.selected());
    assertEquals(invite.message().replace("\r\n", "\n"), text("step-wire"));
    assertEquals(call.annotations().get(invite.seq()), text("step-annotation"));
    assertTrue(text("step-title").startsWith("#" + invite.seq() + " at 0.000 s: alice → bob"));
    assertTrue(text("step-fate").startsWith("arrived at bob at 0.010 s"), text("step-fate"));
    List<String> marked = browser.all("#step-wire span").stream()
        .map(s -> s.getAttribute("class")).toList();
    assertEquals(List.of("hl-branch", "hl-tag", "hl-callid", "hl-cseq"), marked);
    TraceEvent.Send lost = send("ACK");
    arrow(lost.seq()).click();
    assertTrue(text("step-fate").startsWith("lost on the way to bob: fault: ACK (match 1)"));
    assertEquals("notes/learn/ack-for-2xx.md", browser.byId("step-note").getAttribute("href")
        .replaceFirst("^.*/call/", ""));
  }

  @Test
  @DisplayName("j, k, the arrow keys, Home and End move the selection")
  void keysMoveTheSelection() {
    browser.open(callReport);
    List<Long> seqs = SampleRuns.sends(call.trace()).stream().map(TraceEvent::seq).toList();
    WebElement body = browser.driver().findElement(By.tagName("body"));
    body.sendKeys("j");
    assertEquals(seqs.get(0), browser.selected());
    body.sendKeys("j");
    assertEquals(seqs.get(1), browser.selected());
    body.sendKeys(Keys.ARROW_RIGHT);
    assertEquals(seqs.get(2), browser.selected());
    body.sendKeys("k");
    assertEquals(seqs.get(1), browser.selected());
    body.sendKeys(Keys.ARROW_LEFT);
    assertEquals(seqs.get(0), browser.selected());
    body.sendKeys(Keys.END);
    assertEquals(seqs.get(seqs.size() - 1), browser.selected());
    body.sendKeys("j");
    assertEquals(seqs.get(seqs.size() - 1), browser.selected(), "the last step stays last");
    body.sendKeys(Keys.HOME);
    assertEquals(seqs.get(0), browser.selected());
    assertEquals("step 1 of " + seqs.size(), text("position"));
  }

  @Test
  @DisplayName("at every step the state panel shows what the trace events up to it say")
  void stateAtEveryStep() {
    browser.open(callReport);
    List<TraceEvent.Send> sends = SampleRuns.sends(call.trace());
    WebElement body = browser.driver().findElement(By.tagName("body"));
    long previous = 0;
    for (TraceEvent.Send s : sends) {
      body.sendKeys("j");
      assertEquals(s.seq(), browser.selected());
      assertEquals(StateReference.at(call.trace(), s.seq(), previous),
          browser.script(STATE_LINES), "state when #" + s.seq() + " left");
      previous = s.seq();
    }
  }

  @Test
  @DisplayName("registrar bindings and media sessions show in the state panel while they last")
  void bindingsAndMedia() throws IOException {
    Trace trace = HandMadeRuns.registerAndTalk();
    browser.open(Report.write(ReportInput.of(trace, List.of(), null), dir.resolve("hand-made")));
    WebElement body = browser.driver().findElement(By.tagName("body"));
    long previous = 0;
    for (TraceEvent.Send s : SampleRuns.sends(trace)) {
      body.sendKeys("j");
      assertEquals(StateReference.at(trace, s.seq(), previous), browser.script(STATE_LINES),
          "state when #" + s.seq() + " left");
      previous = s.seq();
    }
    assertEquals(1, browser.all("#ladder .media rect").size(), "one band between the phones");
  }

  @Test
  @DisplayName("the transaction diagram highlights the states visited and the one it is in")
  void transactionDiagram() {
    browser.open(callReport);
    arrow(send("SIP/2.0 200").seq()).click();
    List<WebElement> figures = browser.all("#step-figures .fig");
    assertEquals(2, figures.size(), "bob's server transaction and alice's client transaction");
    WebElement server = figures.stream()
        .filter(f -> f.getText().startsWith("bob: INVITE server")).findFirst().orElseThrow();
    assertEquals("ist_s_Accepted", server.findElement(By.cssSelector("g.node.current"))
        .getAttribute("id"));
    assertEquals(List.of("ist_s_Proceeding"), ids(server, "g.node.visited"));
    assertEquals(List.of("ist_e_Proceeding_Accepted"), ids(server, "g.edge.taken"));
  }

  @Test
  @DisplayName("the colouring switch colours arrows by dialog, and c switches back")
  void colouring() {
    browser.open(callReport);
    WebElement ladder = browser.byId("ladder");
    browser.driver().findElement(By.cssSelector("input[value='dialog']")).click();
    assertTrue(ladder.getAttribute("class").contains("by-dialog"));
    browser.driver().findElement(By.tagName("body")).sendKeys("c");
    assertTrue(ladder.getAttribute("class").contains("by-tx"));
    assertFalse(ladder.getAttribute("class").contains("by-dialog"));
  }

  @Test
  @DisplayName("the play button steps through the run")
  void play() {
    browser.open(callReport);
    List<TraceEvent.Send> sends = SampleRuns.sends(call.trace());
    browser.byId("play").click();
    assertEquals(sends.get(0).seq(), browser.selected());
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> Long.valueOf(sends.get(2).seq()).equals(browser.selected()));
    browser.byId("play").click();
    assertEquals("▶ play", text("play"));
  }

  @Test
  @DisplayName("clicking a mark selects the step it follows and lights its line")
  void marks() {
    browser.open(callReport);
    long event = call.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Timer t && t.action().equals("fired"))
        .findFirst().orElseThrow().seq();
    browser.script("var wanted = arguments[0];"
        + "var mark = JSON.parse(document.getElementById('report-data').textContent)"
        + "  .marks.find(function (m) { return m[0] === wanted; });"
        + "var ladder = document.getElementById('ladder');"
        + "var point = ladder.createSVGPoint(); point.x = mark[1]; point.y = mark[2];"
        + "var at = point.matrixTransform(ladder.getScreenCTM());"
        + "document.querySelector('#ladder .mk.timer').dispatchEvent(new MouseEvent('click',"
        + "  {bubbles: true, clientX: at.x, clientY: at.y}));", event);
    long step = SampleRuns.sends(call.trace()).stream().map(TraceEvent::seq)
        .filter(seq -> seq < event).reduce((a, b) -> b).orElseThrow();
    assertEquals(step, browser.selected());
    WebElement lit = browser.driver().findElement(By.cssSelector("#step-next li.lit"));
    assertEquals(String.valueOf(event), lit.getAttribute("data-event"));
    assertTrue(lit.getText().contains("fired"), lit.getText());
  }

  @Test
  @DisplayName("a message, annotation, finding or description carrying markup shows it as text and"
      + " runs nothing")
  void markupRunsNothing() throws IOException {
    ReportInput hostile = SampleRuns.hostile();
    browser.open(Report.write(hostile, dir.resolve("hostile")));
    assertEquals("\u2068lab\u2069 · siplab report", browser.driver().getTitle());
    TraceEvent.Send invite = SampleRuns.sends(hostile.trace()).get(0);
    arrow(invite.seq()).click();
    assertTrue(text("step-wire").contains(SampleRuns.SCRIPT_NAME), text("step-wire"));
    assertEquals(SampleRuns.ANNOTATION, text("step-annotation"));
    assertTrue(text("step-findings-list").contains("<img src=x onerror=\"window.siplabPwned=2\">"));
    assertFalse(browser.byId("step-note").isDisplayed(), "no javascript: note link");
    browser.byId("run-more").findElement(By.tagName("summary")).click();
    assertTrue(browser.driver().findElement(By.cssSelector(".description")).getText()
        .contains("<script>window.siplabPwned=4</script>"));
    browser.driver().findElement(By.cssSelector(".description a")).click();
    assertNull(browser.script("return window.siplabPwned;"), "no script ran");
    assertEquals("\u2068lab\u2069 · siplab report", browser.driver().getTitle());
    assertEquals(2L, browser.script("return document.scripts.length;"));
    assertTrue(browser.all("img").isEmpty());
  }

  private TraceEvent.Send send(String startLine) {
    return SampleRuns.sends(call.trace()).stream()
        .filter(s -> s.firstLine().startsWith(startLine)).findFirst().orElseThrow();
  }

  private WebElement arrow(long seq) {
    return browser.driver().findElement(By.cssSelector("#ladder g.a[data-seq='" + seq + "']"));
  }

  private String text(String id) {
    return (String) browser.script("return document.getElementById(arguments[0]).textContent;",
        id);
  }

  private static List<String> ids(WebElement figure, String css) {
    return figure.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("id"))
        .toList();
  }
}
