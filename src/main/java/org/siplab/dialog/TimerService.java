package org.siplab.dialog;

/**
 * Timers for the UA core and the elements above it (the 2xx retransmission of section 13.3.1.4, a
 * registration refresh, an answer delay), each recorded in the trace when set, fired or cancelled.
 * The simulation implements it on its virtual clock; nothing here knows about the simulator.
 */
public interface TimerService {

  /** A running timer, to cancel. */
  interface Handle {
    boolean isPending();
  }

  /**
   * Runs {@code action} after {@code delayUs} microseconds of virtual time.
   *
   * @param owner what the timer belongs to, for the trace (a dialog id, a registration), or null
   * @param name the timer's name in the trace ("2xx retransmit", "registration refresh")
   */
  Handle start(String owner, String name, long delayUs, Runnable action);

  /**
   * As {@link #start}, for a timer of the call {@code callId} whose owner is neither a transaction
   * nor a dialog (a phone's answer delay, its re-INVITE after a 491), so that the trace can name
   * the call. By default the Call-ID is not recorded.
   */
  default Handle startForCall(String callId, String owner, String name, long delayUs,
      Runnable action) {
    return start(owner, name, delayUs, action);
  }

  /**
   * As {@link #startForCall}, for a timer that is set again each time it fires for as long as the
   * call lasts (a ringing phone's provisional refresh, RFC 3261 section 13.3.1.1). A run lasts
   * until the one-shot timers of its calls have fired and what they started has ended; a timer
   * started here does not make it last longer, or an unanswered call would ring for ever.
   */
  default Handle startRepeatingForCall(String callId, String owner, String name, long delayUs,
      Runnable action) {
    return startForCall(callId, owner, name, delayUs, action);
  }

  /** Stops a pending timer; does nothing when it already fired or was cancelled. */
  void cancel(Handle handle);

  /** The current virtual time in microseconds. */
  long nowUs();
}
