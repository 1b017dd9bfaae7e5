package org.siplab.report;

import java.util.List;
import org.siplab.trace.Finding;

/** Finding severities as trace.json writes them, most severe first. */
final class Severities {

  static final List<String> ORDER = List.of("error", "warning", "info");

  private Severities() {}

  /**
   * The most severe of these findings, one of {@link #ORDER}, or null when there are none. A
   * severity a hand-edited trace invents counts as info, so that only known words reach markup.
   */
  static String worst(List<Finding> findings) {
    int worst = Integer.MAX_VALUE;
    for (Finding f : findings) {
      worst = Math.min(worst, rank(f.severity()));
    }
    return findings.isEmpty() ? null : ORDER.get(worst);
  }

  /** 0 for error, 1 for warning, 2 for info and anything unknown. */
  static int rank(String severity) {
    int i = ORDER.indexOf(severity);
    return i < 0 ? ORDER.size() - 1 : i;
  }
}
