package org.siplab.scenario.model;

/**
 * The transaction timers of RFC 3261 section 17 (table 4): T1 the round-trip estimate, T2 the
 * longest retransmission interval for non-INVITE requests and INVITE responses, T4 how long a
 * message may stay in the network.
 */
public record TimerSpec(Duration t1, Duration t2, Duration t4) {

  /** Section 17.1.1.1 and table 4: 500 ms, 4 s, 5 s. */
  public static final TimerSpec RFC_3261 =
      new TimerSpec(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(5));
}
