package org.siplab.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.siplab.trace.TraceEvent;

/**
 * Takes the screenshot kept in notes/report-screenshot.png: the lost-ACK call's report in headless
 * Chromium with bob's retransmitted 200 OK selected. Not a test; run it by hand when the page
 * changes:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/test-classes:target/classes:$(cat target/cp.txt)" \
 *     org.siplab.report.ReportScreenshot notes/report-screenshot.png
 * </pre>
 */
public final class ReportScreenshot {

  private ReportScreenshot() {}

  public static void main(String[] args) throws IOException {
    Path png = Path.of(args.length > 0 ? args[0] : "notes/report-screenshot.png");
    ReportInput call = SampleRuns.call();
    Path folder = Files.createTempDirectory("siplab-screenshot-");
    Path page = Report.write(call, folder);
    long again = SampleRuns.sends(call.trace()).stream()
        .filter(TraceEvent.Send::isRetransmission).findFirst().orElseThrow().seq();
    try (Browser browser = new Browser(1440, 1250)) {
      browser.driver().get(page.toUri() + "#seq=" + again);
      Files.write(png, browser.screenshot());
    }
    Files.delete(page);
    Files.delete(folder);
    System.out.println("wrote " + png);
  }
}
