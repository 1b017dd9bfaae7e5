package org.siplab.check;

/**
 * How much a broken rule matters. The RFC's own keywords decide (RFC 2119): a MUST broken is an
 * error, a SHOULD broken a warning; an info finding points at something legal that a learner should
 * notice, a teaching point the RFC does not mandate.
 */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** As trace.json and the command line write it: {@code error}, {@code warning}, {@code info}. */
  public String label() {
    return label;
  }
}
