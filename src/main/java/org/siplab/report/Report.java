package org.siplab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's HTML report: one self-contained file (CSS, JavaScript, SVG and data inline, nothing
 * fetched) that draws the ladder and explains each step. The same input gives the same bytes on
 * every machine, in every locale and time zone.
 *
 * <pre>{@code
 * Report.write(ReportInput.of(trace, findings, summary), Path.of("reports/call"));
 * }</pre>
 */
public final class Report {

  static final String FILE = "index.html";

  private Report() {}

  /** The report's HTML. */
  public static String html(ReportInput input) {
    Ladder ladder = Ladder.of(input.trace(), input.findings());
    RowLayout layout = new RowLayout(ladder);
    List<MarkLayout.Placed> marks = MarkLayout.place(ladder, layout);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("header", Header.of(input, ladder));
    model.put("settings", SettingsView.of(input.trace().settings(),
        input.trace().elements()));
    model.put("ladderHead", LadderSvg.head(ladder, layout, input.captured()));
    model.put("ladder", LadderSvg.body(ladder, layout, marks));
    model.put("topology", Diagrams.topology(ladder, input));
    model.put("figures", Diagrams.transactionFigures());
    model.put("data", PageData.json(input, ladder,
        StateTimeline.of(input.trace().events(), ladder), marks));
    model.put("css", Templates.resource("report.css"));
    model.put("script", Templates.resource("report.js"));
    return Templates.render("report.ftlh", model);
  }

  /** Writes {@code dir/index.html} (making {@code dir} if needed) and returns its path. */
  public static Path write(ReportInput input, Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    Files.writeString(file, html(input), StandardCharsets.UTF_8);
    return file;
  }
}
