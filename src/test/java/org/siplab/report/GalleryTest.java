package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.trace.Trace;

@DisplayName("the gallery of runs")
class GalleryTest {

  @TempDir Path dir;

  @Test
  @DisplayName("lists each run in the order given with its verdict, seed, datagrams, findings and"
      + " a link to its report")
  void rows() {
    ReportInput call = SampleRuns.call();
    ReportInput hostile = SampleRuns.hostile();
    String html = Gallery.html(List.of(new Gallery.Entry("lost-ack", call),
        new Gallery.Entry("hostile", hostile)));
    int first = html.indexOf("<a href=\"lost-ack/index.html\">lab</a>");
    int second = html.indexOf("<a href=\"hostile/index.html\">lab</a>");
    assertTrue(first > 0 && second > first, html);
    assertTrue(html.contains("<tr class=\"passed\">"));
    assertTrue(html.contains("<tr class=\"failed\">"));
    assertTrue(html.contains("2 scenarios, 1 passed."));
    assertTrue(html.contains("<td class=\"number\">"
        + SampleRuns.sends(call.trace()).size() + "</td>"));
    assertTrue(html.contains("Alice calls Bob and the network loses her <strong>first"
        + " ACK</strong>."),
        "the description's first sentence, its Markdown rendered");
    assertTrue(html.contains("&lt;script&gt;window.siplabPwned=4&lt;/script&gt;"));
    assertEquals(0, html.indexOf("<!DOCTYPE html>"));
  }

  @Test
  @DisplayName("lists the reports of captures apart, after the scenarios, without verdict or seed,"
      + " and does not count them as scenarios")
  void captures() {
    ReportInput call = SampleRuns.call();
    Trace trace = Trace.ofCapture("captured.pcap");
    SampleRuns.call().trace().events().forEach(e -> trace.append(seq -> e));
    ReportInput captured = ReportInput.of(trace, List.of(), null);
    String html = Gallery.html(List.of(new Gallery.Entry("captured", captured),
        new Gallery.Entry("lost-ack", call)));
    assertTrue(html.contains("1 scenario, 1 passed."), html);
    int scenario = html.indexOf("<a href=\"lost-ack/index.html\">");
    int heading = html.indexOf("<h2>Captures</h2>");
    int capture = html.indexOf("<a href=\"captured/index.html\">");
    assertTrue(scenario > 0 && heading > scenario && capture > heading, html);
    assertTrue(html.substring(heading).contains("<tr><th>Capture</th><th>Datagrams</th>"
        + "<th>Findings</th></tr>"), html);
    assertTrue(!Gallery.html(List.of(new Gallery.Entry("lost-ack", call))).contains("<h2>"),
        "no captures, no table for them");
  }

  @Test
  @DisplayName("is written as index.html, the same bytes for the same runs")
  void written() throws IOException {
    List<Gallery.Entry> entries = List.of(new Gallery.Entry("lost-ack", SampleRuns.call()));
    Path file = Gallery.write(dir, entries);
    assertEquals(dir.resolve("index.html"), file);
    assertEquals(Files.readString(file), Gallery.html(entries));
  }

  @Test
  @DisplayName("a folder that is not a relative path is refused")
  void folders() {
    ReportInput call = SampleRuns.call();
    assertThrows(IllegalArgumentException.class, () -> new Gallery.Entry("/tmp/x", call));
    assertThrows(IllegalArgumentException.class, () -> new Gallery.Entry("javascript:x", call));
  }
}
