package org.siplab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.trace.RunSummary;

/**
 * The gallery: {@code reports/index.html}, one row a scenario run with its verdict, its findings
 * and a link to its report, in the order given; then, in a table of their own, the reports of
 * packet captures (no verdict, no seed: what was captured and what the checker found).
 *
 * <pre>{@code
 * Gallery.write(Path.of("reports"), List.of(new Gallery.Entry("call", input), ...));
 * }</pre>
 */
public final class Gallery {

  /**
   * One run of the gallery.
   *
   * @param folder where its report is, relative to the gallery: {@code call} for {@code
   *     call/index.html}
   */
  public record Entry(String folder, ReportInput run) {
    public Entry {
      if (RelativeLinks.safe(folder) == null) {
        throw new IllegalArgumentException("a gallery folder is a relative path: " + folder);
      }
    }
  }

  /** A row as the template shows it. */
  record Row(String link, String scenario, String file, long seed, String verdict,
      String summaryHtml, long messages, Header.FindingCounts findings) {}

  private Gallery() {}

  public static String html(List<Entry> entries) {
    List<Row> rows = new ArrayList<>();
    List<Row> captures = new ArrayList<>();
    for (Entry e : entries) {
      (e.run().captured() ? captures : rows).add(row(e));
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("rows", rows);
    model.put("captures", captures);
    model.put("passed", rows.stream().filter(r -> "passed".equals(r.verdict())).count());
    model.put("css", Templates.resource("gallery.css"));
    return Templates.render("gallery.ftlh", model);
  }

  /** Writes {@code dir/index.html} and returns its path. */
  public static Path write(Path dir, List<Entry> entries) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(Report.FILE);
    Files.writeString(file, html(entries), StandardCharsets.UTF_8);
    return file;
  }

  private static Row row(Entry e) {
    ReportInput input = e.run();
    Ladder ladder = Ladder.of(input.trace(), input.findings());
    Header header = Header.of(input, ladder);
    String file = input.captured() ? input.trace().scenario()
        : input.run() == null ? "" : input.run().file();
    String verdict = header.passed() == null ? "no expectations" : header.passed();
    return new Row(e.folder() + "/" + Report.FILE, header.scenario(), file, header.seed(),
        verdict, summary(input), header.messages(), header.findings());
  }

  /**
   * The description's first sentence, as HTML: it is Markdown, rendered as the report renders the
   * whole description (raw HTML escaped, links sanitized), without its paragraph.
   */
  private static String summary(ReportInput input) {
    String first = RunSummary.firstSentence(input.run() == null ? null
        : input.run().description(), 200);
    if (first.chars().filter(c -> c == '`').count() % 2 == 1) {
      // Cut inside a code span: end before it, rather than show a stray backtick.
      first = first.substring(0, first.lastIndexOf('`')).strip() + "\u2026";
    }
    return Markdown.html(first).strip().replaceFirst("^<p>", "").replaceFirst("</p>$", "");
  }
}
