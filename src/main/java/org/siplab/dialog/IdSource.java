package org.siplab.dialog;

/**
 * Fresh identifiers for one element, drawn from its own seeded stream so that runs are repeatable
 * and adding an element never changes another's identifiers (DESIGN.md).
 */
public interface IdSource {

  /** A From or To tag: section 19.3 asks for at least 32 bits of randomness. */
  String tag();

  /**
   * A Via branch: section 8.1.1.7 requires it to begin with {@code z9hG4bK} and to be unique per
   * transaction.
   */
  String branch();

  /** A Call-ID: section 8.1.1.4 recommends a random string, here with the element's host. */
  String callId();
}
