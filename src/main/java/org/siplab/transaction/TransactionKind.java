package org.siplab.transaction;

/** The four transaction state machines of RFC 3261 section 17. */
public enum TransactionKind {
  /** Figure 5, section 17.1.1, with RFC 6026's Accepted state. */
  INVITE_CLIENT("INVITE client"),
  /** Figure 6, section 17.1.2. */
  NON_INVITE_CLIENT("non-INVITE client"),
  /** Figure 7, section 17.2.1, with RFC 6026's Accepted state. */
  INVITE_SERVER("INVITE server"),
  /** Figure 8, section 17.2.2. */
  NON_INVITE_SERVER("non-INVITE server");

  private final String label;

  TransactionKind(String label) {
    this.label = label;
  }

  /** As a trace writes it: {@code INVITE client}, {@code non-INVITE server}... */
  public String label() {
    return label;
  }

  public boolean isClient() {
    return this == INVITE_CLIENT || this == NON_INVITE_CLIENT;
  }
}
