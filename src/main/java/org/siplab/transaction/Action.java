package org.siplab.transaction;

import java.util.Objects;
import org.siplab.message.SipMessage;

/**
 * What a state machine's step asks for, as its output: the transaction carries the actions out in
 * order; a {@link Send} that fails does not stop the rest of the step (its timers are what end
 * the state it enters), and once the step is done the machine is fed a
 * {@link TransactionEvent.TransportError}.
 */
public sealed interface Action {

  /**
   * Pass a message to the transport.
   *
   * @param retransmittedBy the timer whose firing makes this a retransmission (A, E, G), or null
   */
  record Send(SipMessage message, TimerName retransmittedBy) implements Action {
    public Send {
      Objects.requireNonNull(message, "message");
    }
  }

  /** Set a timer; one already running under that name is replaced. */
  record StartTimer(TimerName timer, long durationUs) implements Action {
    public StartTimer {
      Objects.requireNonNull(timer, "timer");
      if (durationUs < 0) {
        throw new IllegalArgumentException("a timer cannot be set for " + durationUs + " us");
      }
    }
  }

  /** Stop a timer if it is running. */
  record CancelTimer(TimerName timer) implements Action {
    public CancelTimer {
      Objects.requireNonNull(timer, "timer");
    }
  }

  /** Pass a message up to the transaction user. */
  record PassToTu(SipMessage message) implements Action {
    public PassToTu {
      Objects.requireNonNull(message, "message");
    }
  }

  /** Tell the TU that the transaction timed out (Timer B, F or H). */
  record TellTuTimeout(TimerName timer) implements Action {
    public TellTuTimeout {
      Objects.requireNonNull(timer, "timer");
    }
  }

  /** Tell the TU that the transport failed to send a message (sections 17.1.4, 17.2.4). */
  record TellTuTransportError(String reason) implements Action {
    public TellTuTransportError {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * Destroy the transaction: sections 17.1.1.2 and 17.2.2 say it "MUST be destroyed the instant
   * it enters the "Terminated" state", and sections 17.1.2.2 and 17.2.1 that it "MUST be
   * destroyed immediately", so that a later message finds no match.
   * Any timer still running is stopped.
   */
  record Terminate() implements Action {}
}
