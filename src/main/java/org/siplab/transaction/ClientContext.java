package org.siplab.transaction;

import java.util.Objects;
import org.siplab.message.SipRequest;

/**
 * What a client state machine reads besides its state and the event: the timer values and the
 * request the transaction sends (the "original request" of section 17.1.1.3), which it
 * retransmits and from which it builds the ACK for a non-2xx final response.
 */
public record ClientContext(TimerSettings timers, SipRequest request) {

  public ClientContext {
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(request, "request");
  }
}
