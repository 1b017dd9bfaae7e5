package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.siplab.trace.Finding;

/**
 * Collects one rule's findings. An event is reported at most once a rule: the first sentence about
 * it is kept, so that a rule that sees a mistake from two sides does not say it twice. A finding
 * takes the rule's severity, unless the rule names a weaker one for it.
 */
public final class Report {

  private final RuleInfo rule;
  private final Map<Long, Finding> findings = new TreeMap<>();

  public Report(RuleInfo rule) {
    this.rule = rule;
  }

  /** The message breaks the rule; {@code sentence} says how, with the values. */
  public void at(Sent sent, String sentence) {
    at(sent.seq(), sentence);
  }

  /** The event with this seq breaks the rule. */
  public void at(long seq, String sentence) {
    at(seq, sentence, rule.severity());
  }

  /**
   * The event with this seq breaks the rule in a way the RFC words less strongly than the rule's
   * own keyword: the NOT RECOMMENDED case inside a rule of a MUST, reported at {@code severity}.
   */
  public void at(Sent sent, String sentence, Severity severity) {
    at(sent.seq(), sentence, severity);
  }

  private void at(long seq, String sentence, Severity severity) {
    findings.putIfAbsent(seq, new Finding(rule.id(), severity.label(), seq, sentence,
        rule.rfc()));
  }

  /** The findings in event order. */
  public List<Finding> findings() {
    return new ArrayList<>(findings.values());
  }
}
