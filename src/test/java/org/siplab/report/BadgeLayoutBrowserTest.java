package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.cli.Main;

/** The finding badge of an arrow, beside the sender's line, and the arrow's label. */
@DisplayName("a finding's badge in headless Chromium")
class BadgeLayoutBrowserTest {

  /** The data-seq of each arrow whose badge and label, as the browser lays them out, overlap. */
  private static final String OVERLAPS = "var out = [];"
      + "document.querySelectorAll('#ladder g.a').forEach(function (g) {"
      + "  var badge = g.querySelector('circle.badge');"
      + "  if (!badge) { return; }"
      + "  var b = badge.getBBox(), l = g.querySelector('.label').getBBox();"
      + "  if (b.x < l.x + l.width && l.x < b.x + b.width && b.y < l.y + l.height"
      + "      && l.y < b.y + b.height) { out.push(g.getAttribute('data-seq')); }"
      + "});"
      + "return out.join(',');";

  @Test
  @DisplayName("does not cover a label as long as a lane is wide, such as 487 Request Terminated")
  void theBadgeLeavesALongLabelReadable(@TempDir Path dir) {
    assumeTrue(Browser.installed(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
    // SIPp's 487 and ACK in this capture repeat the To tag, a finding on each.
    assertEquals(0, Main.commandLine().execute("report", "scenarios/captures/sipp-cancel.pcap",
        "--out", dir.toString()));
    try (Browser browser = new Browser(1400, 900)) {
      browser.open(dir.resolve("index.html"));
      assertEquals("", browser.script(OVERLAPS), "arrows whose badge covers their label");
    }
  }
}
