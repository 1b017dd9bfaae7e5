package org.siplab.check;

import java.util.Objects;

/**
 * What a rule is, as {@code siplab rules} lists it and a finding cites it.
 *
 * @param id a stable id, the family and a number: {@code CSEQ-003}; never reused for another rule
 * @param title the rule in a short sentence
 * @param rfc where the RFC states it: {@code RFC 3261 section 12.2.1.1}
 * @param quote the RFC's own words that make it a rule, with its MUST or SHOULD
 */
public record RuleInfo(String id, String title, Severity severity, String rfc, String quote) {

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rfc, "rfc");
    Objects.requireNonNull(quote, "quote");
  }
}
