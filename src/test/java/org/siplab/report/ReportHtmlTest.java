package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.siplab.trace.TraceEvent;

@DisplayName("the HTML report")
class ReportHtmlTest {

  private static final Pattern DATA_SEQ =
      Pattern.compile("<g class=\"a [^\"]*\" data-seq=\"(\\d+)\"");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  @DisplayName("each datagram sent is one arrow whose data-seq is its send event's seq")
  void arrowPerSend() {
    ReportInput call = SampleRuns.call();
    String html = Report.html(call);
    List<Long> seqs = new ArrayList<>();
    Matcher m = DATA_SEQ.matcher(html);
    while (m.find()) {
      seqs.add(Long.parseLong(m.group(1)));
    }
    assertEquals(SampleRuns.sends(call.trace()).stream().map(TraceEvent::seq).toList(), seqs);
  }

  @Test
  @DisplayName("the header names the scenario, its seed, the command that replays it, the verdicts"
      + " and the findings by severity")
  void header() {
    String titled = Report.html(SampleRuns.call());
    assertTrue(titled.contains("<title>\u2068" + SampleRuns.call().trace().scenario()
        + "\u2069 · siplab report</title>"), "the name is isolated, so a bidi override in it"
        + " does not run on into the rest of the title");
    String html = Report.html(SampleRuns.call());
    assertTrue(html.contains("<h1>lab</h1>"), html);
    assertTrue(html.contains("<dt>Seed</dt><dd>7</dd>"));
    assertTrue(html.contains(
        "<code class=\"command\">./siplab run --seed 7 scenarios/lost-ack.yaml</code>"));
    assertTrue(html.contains("network loses her <strong>first ACK</strong>."));
    assertTrue(html.contains("<span class=\"what\">alice is in-call by 1s</span>"));
    assertTrue(html.contains("<span class=\"verdict passed\">passed</span>"));
    assertTrue(html.contains("<span class=\"count error\">0 errors</span>"), html);
  }

  @Test
  @DisplayName("the page fetches nothing: styles, script, drawings and data are inline")
  void selfContained() {
    String html = Report.html(SampleRuns.call());
    for (String fetch : List.of("<link", " src=", "@import", "url(h", "<iframe", "<img")) {
      assertFalse(html.contains(fetch), fetch);
    }
    assertTrue(html.contains("<script type=\"application/json\" id=\"report-data\">"));
    assertTrue(html.contains("<template id=\"fig-ict\""));
    assertTrue(html.contains("id=\"ict_s_Accepted\""), "the drawn state machine is embedded");
  }

  @Test
  @DisplayName("markup in a message, annotation, finding, description, verdict, run note or link"
      + " stays text")
  void hostileTextIsEscaped() {
    String html = Report.html(SampleRuns.hostile());
    assertEquals(2, count(html, "<script"), "only the page's own two script elements");
    assertEquals(2, count(html, "</script"));
    assertFalse(html.contains("<img"));
    assertFalse(html.contains("<b>bold"));
    assertFalse(html.contains("<i>x</i>"));
    assertFalse(html.contains("javascript:"), "no javascript: link, from Markdown or a note");
    assertTrue(html.contains("&lt;script&gt;window.siplabPwned=4&lt;/script&gt;"));
    assertTrue(html.contains("&#39;scenarios/&lt;b&gt;bold&lt;/b&gt;.yaml&#39;"), "quoted");
    assertTrue(html.contains("<dt>Notes</dt>") && html.contains("the fault at &lt;img src=x"),
        "the run's note is shown, escaped");
  }

  @Test
  @DisplayName("the top of a report, shown unfolded, counts the findings and the unmet"
      + " expectations, and the notes")
  void theTopCountsWhatFailed() {
    String html = Report.html(SampleRuns.hostile());
    String top = html.substring(html.indexOf("<header"), html.indexOf("<details"));
    assertTrue(top.contains("<span class=\"count error\">1 error</span>"), top);
    assertTrue(top.contains("✗ 1 of 1 expectation not met"), top);
    assertTrue(top.contains("1 note"), top);
    assertTrue(html.contains("<summary>More about this run: the whole description, the seed,"
        + " how to run it again, notes, each expectation</summary>"), html);
  }

  @Test
  @DisplayName("the embedded data holds each step's wire text, annotation and findings, read back"
      + " exactly")
  void embeddedData() throws IOException {
    ReportInput hostile = SampleRuns.hostile();
    JsonNode data = data(Report.html(hostile));
    List<TraceEvent.Send> sends = SampleRuns.sends(hostile.trace());
    assertEquals(sends.size(), data.get("steps").size());
    JsonNode invite = data.get("steps").get(0);
    assertEquals(sends.get(0).seq(), invite.get("seq").asLong());
    assertEquals(sends.get(0).message().replace("\r\n", "\n"), invite.get("wire").asText());
    assertTrue(invite.get("wire").asText().contains(SampleRuns.SCRIPT_NAME));
    assertEquals(SampleRuns.ANNOTATION,
        sentence(data, invite.get("annotation").asInt()));
    assertTrue(invite.path("note").isMissingNode(), "a javascript: note is no link");
    JsonNode finding = data.get("findings").get(invite.get("findings").get(0).asInt());
    assertEquals("MSG-001", finding.get("rule").asText());
    assertFalse(finding.get("quote").asText().isEmpty(), "the rule's RFC text from the catalog");
  }

  @Test
  @DisplayName("the same run gives the same bytes, whatever the default locale and time zone")
  void deterministic() {
    ReportInput call = SampleRuns.call();
    String first = Report.html(call);
    assertEquals(first, Report.html(call), "twice in one JVM");
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
      assertEquals(first, Report.html(SampleRuns.call()), "another run, locale and zone");
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
    assertFalse(first.contains("\r"), "LF line ends");
    for (String path : List.of(System.getProperty("user.dir"), System.getProperty("user.home"),
        System.getProperty("java.io.tmpdir"))) {
      assertFalse(first.contains(path), "no machine path: " + path);
    }
  }

  @Test
  @DisplayName("write puts index.html in the folder, making it, as UTF-8")
  void write() throws IOException {
    ReportInput call = SampleRuns.call();
    Path file = Report.write(call, dir.resolve("reports/lost-ack"));
    assertEquals(dir.resolve("reports/lost-ack/index.html"), file);
    assertArrayEquals(Report.html(call).getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }

  static JsonNode data(String html) throws IOException {
    String open = "<script type=\"application/json\" id=\"report-data\">";
    int start = html.indexOf(open) + open.length();
    return MAPPER.readTree(html.substring(start, html.indexOf("</script>", start)));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }

  /** An annotation as the page's script rebuilds it from its template and numbers. */
  private static String sentence(JsonNode data, int index) {
    JsonNode s = data.get("sentences").get(index);
    String template = data.get("strings").get(s.get(0).asInt()).asText();
    String[] numbers = s.get(1).asText().isEmpty() ? new String[0] : s.get(1).asText().split("\\|");
    StringBuilder out = new StringBuilder();
    int k = 0;
    for (char c : template.toCharArray()) {
      out.append(c == Sentences.SLOT ? numbers[k++] : String.valueOf(c));
    }
    return out.toString();
  }
}
