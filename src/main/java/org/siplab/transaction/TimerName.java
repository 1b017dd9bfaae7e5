package org.siplab.transaction;

/**
 * The transaction timers: RFC 3261's letters (section 17 and appendix A), RFC 6026's L and M, and
 * the 200 ms timer after which an INVITE server transaction sends 100 Trying on the TU's behalf
 * (section 17.2.1), which the RFC describes but does not name.
 */
public enum TimerName {
  /** INVITE client: retransmit the INVITE (section 17.1.1.2). */
  A,
  /** INVITE client: give up waiting for a response (section 17.1.1.2). */
  B,
  /** INVITE client: stay Completed to ACK retransmitted final responses (section 17.1.1.2). */
  D,
  /** Non-INVITE client: retransmit the request (section 17.1.2.2). */
  E,
  /** Non-INVITE client: give up waiting for a final response (section 17.1.2.2). */
  F,
  /** INVITE server: retransmit the 300-699 response (section 17.2.1). */
  G,
  /** INVITE server: give up waiting for the ACK (section 17.2.1). */
  H,
  /** INVITE server: stay Confirmed to absorb ACK retransmissions (section 17.2.1). */
  I,
  /** Non-INVITE server: stay Completed to answer request retransmissions (section 17.2.2). */
  J,
  /** Non-INVITE client: stay Completed to absorb response retransmissions (section 17.1.2.2). */
  K,
  /** INVITE server: stay Accepted to absorb INVITE retransmissions (RFC 6026 section 8.7). */
  L,
  /** INVITE client: stay Accepted to pass further 2xx responses up (RFC 6026 section 8.4). */
  M,
  /** INVITE server: send 100 Trying if the TU has not answered within 200 ms (section 17.2.1). */
  TRYING;

  /** The name a trace shows: the letter, or {@code Trying}. */
  public String label() {
    return this == TRYING ? "Trying" : name();
  }

  /** In words: {@code Timer B}, or {@code the Trying timer}. */
  public String title() {
    return this == TRYING ? "the Trying timer" : "Timer " + name();
  }
}
