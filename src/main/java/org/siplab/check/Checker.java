package org.siplab.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;

/**
 * Runs the rule catalog over a trace. The findings come in event order, and for one event in the
 * catalog's order, so that the same trace always gives the same list.
 */
public final class Checker {

  private Checker() {}

  /** Every finding of the whole catalog. */
  public static List<Finding> check(Trace trace) {
    return check(trace, Catalog.rules());
  }

  /** Every finding of {@code rules}. */
  public static List<Finding> check(Trace trace, List<Rule> rules) {
    TraceView view = TraceView.of(trace);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      Report report = new Report(rule.info());
      rule.check(view, report);
      findings.addAll(report.findings());
    }
    findings.sort(Comparator.comparingLong(Finding::event));
    return findings;
  }
}
