package org.siplab.transaction;

import java.util.Objects;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * What a server state machine reads besides its state and the event: the timer values, the
 * request that created the transaction, the last response passed to the transport (which request
 * retransmissions and Timer G resend), and whether the INVITE server sends 100 Trying by itself
 * when the TU is slow (section 17.2.1).
 *
 * @param lastResponse null until a response has been sent
 */
public record ServerContext(
    TimerSettings timers, SipRequest request, SipResponse lastResponse, boolean autoTrying) {

  public ServerContext {
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(request, "request");
  }

  ServerContext withLastResponse(SipResponse response) {
    return new ServerContext(timers, request, response, autoTrying);
  }
}
