package org.siplab.transaction;

import java.util.Objects;

/**
 * How one transaction layer behaves.
 *
 * @param timers T1, T2, T4 and the timers derived from them
 * @param autoTrying whether an INVITE server transaction sends 100 Trying itself when the TU has
 *     sent no response 200 ms after the INVITE arrived (section 17.2.1); off means the TU takes
 *     that duty
 * @param renumberRetransmissions a deliberate violation, for teaching: each retransmission of a
 *     client transaction's request takes the next CSeq number, where section 17.1.1.2 defines
 *     retransmitting as "to take the message previously sent to the transport layer and pass it
 *     to the transport layer once more"; the rule checker flags it as CSEQ-004
 */
public record LayerSettings(TimerSettings timers, boolean autoTrying,
    boolean renumberRetransmissions) {

  /** RFC 3261's timer defaults, and the 100 Trying timer on. */
  public static final LayerSettings DEFAULT = new LayerSettings(TimerSettings.DEFAULT, true);

  public LayerSettings {
    Objects.requireNonNull(timers, "timers");
  }

  /** A layer that keeps the RFC: retransmissions are the message sent first, unchanged. */
  public LayerSettings(TimerSettings timers, boolean autoTrying) {
    this(timers, autoTrying, false);
  }

  public LayerSettings withTimers(TimerSettings value) {
    return new LayerSettings(value, autoTrying, renumberRetransmissions);
  }

  public LayerSettings withAutoTrying(boolean value) {
    return new LayerSettings(timers, value, renumberRetransmissions);
  }

  public LayerSettings withRenumberedRetransmissions(boolean value) {
    return new LayerSettings(timers, autoTrying, value);
  }
}
