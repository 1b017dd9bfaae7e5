package org.siplab.explain;

/**
 * The learner notes under {@code notes/}, one concept each, that an annotation can link to. The
 * report links an event to {@link #path()}, relative to the repository root.
 */
public enum Note {
  AOR_AND_CONTACT("notes/aor-and-contact.md"),
  CALL_ID("notes/call-id.md"),
  CSEQ("notes/cseq.md"),
  TRANSACTIONS_AND_TIMERS("notes/transactions-and-timers.md"),
  DIALOGS_AND_TAGS("notes/dialogs-and-tags.md"),
  REGISTRATION_AND_DIGEST("notes/registration-and-digest.md"),
  PROXY_VERSUS_B2BUA("notes/proxy-versus-b2bua.md"),
  FORKING("notes/forking.md"),
  CANCEL("notes/cancel.md"),
  CHAN_SIP_AND_THE_KERNEL("notes/chan-sip-and-the-kernel.md");

  private final String path;

  Note(String path) {
    this.path = path;
  }

  /** The note's file, relative to the repository root: {@code notes/cseq.md}. */
  public String path() {
    return path;
  }
}
