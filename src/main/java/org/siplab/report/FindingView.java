package org.siplab.report;

import org.siplab.check.Catalog;
import org.siplab.check.Rule;
import org.siplab.trace.Finding;

/**
 * A finding as the report shows it: what the checker said, with the rule's title and the RFC's own
 * words from the catalog. A rule id the catalog does not know (a trace from another version) keeps
 * the finding's own text and an empty quote.
 */
record FindingView(String rule, String severity, String title, String rfc, String quote,
    String message, long event) {

  static FindingView of(Finding f) {
    Rule rule = Catalog.rule(f.rule());
    String severity = Severities.ORDER.get(Severities.rank(f.severity()));
    if (rule == null) {
      return new FindingView(f.rule(), severity, "", f.rfc(), "", f.message(), f.event());
    }
    return new FindingView(f.rule(), severity, rule.info().title(), f.rfc(), rule.info().quote(),
        f.message(), f.event());
  }
}
