package org.siplab.transaction;

import org.siplab.message.SipResponse;
import org.siplab.transaction.Action.PassToTu;
import org.siplab.transaction.Action.Send;
import org.siplab.transaction.Action.StartTimer;
import org.siplab.transaction.Action.TellTuTransportError;
import org.siplab.transaction.Action.Terminate;
import org.siplab.transaction.TransactionEvent.ForServer;
import org.siplab.transaction.TransactionEvent.RequestReceived;
import org.siplab.transaction.TransactionEvent.ResponseFromTu;
import org.siplab.transaction.TransactionEvent.TimerFired;
import org.siplab.transaction.TransactionEvent.TransportError;

/**
 * The non-INVITE server transaction: RFC 3261 section 17.2.2, figure 8.
 *
 * <pre>{@code
 *                                   |Request received
 *                                   |pass to TU
 *                                   V
 *                             +-----------+
 *                             |           |
 *                             | Trying    |-------------+
 *                             |           |             |
 *                             +-----------+             |200-699 from TU
 *                                   |                   |send response
 *                                   |1xx from TU        |
 *                                   |send response      |
 *                                   |                   |
 *                Request            V      1xx from TU  |
 *                send response+-----------+send response|
 *                    +--------|           |--------+    |
 *                    |        | Proceeding|        |    |
 *                    +------->|           |<-------+    |
 *             +<--------------|           |             |
 *             |Trnsprt Err    +-----------+             |
 *             |Inform TU            |                   |
 *             |                     |                   |
 *             |                     |200-699 from TU    |
 *             |                     |send response      |
 *             |  Request            V                   |
 *             |  send response+-----------+             |
 *             |      +--------|           |             |
 *             |      |        | Completed |<------------+
 *             |      +------->|           |
 *             +<--------------|           |
 *             |Trnsprt Err    +-----------+
 *             |Inform TU            |
 *             |                     |Timer J fires
 *             |                     |-
 *             |                     |
 *             |                     V
 *             |               +-----------+
 *             |               |           |
 *             +-------------->| Terminated|
 *                             |           |
 *                             +-----------+
 * }</pre>
 *
 * <p>In Trying a retransmitted request is discarded (nothing has been sent to repeat); in
 * Completed a response from the TU is discarded. Anything else the figure does not show is
 * ignored. siplab's transport is UDP, so Timer J is 64*T1.
 */
public final class NonInviteServerMachine {

  /** The states of figure 8. */
  public enum State implements TransactionState {
    TRYING("Trying"),
    PROCEEDING("Proceeding"),
    COMPLETED("Completed"),
    TERMINATED("Terminated");

    private final String label;

    State(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }

    @Override
    public boolean isTerminated() {
      return this == TERMINATED;
    }
  }

  private NonInviteServerMachine() {}

  /**
   * Section 17.2.2: "The state machine is initialized in the "Trying" state and is passed a request
   * other than INVITE or ACK when initialized. This request is passed up to the TU."
   */
  public static Step<State> start(ServerContext context) {
    return Step.to(State.TRYING, new PassToTu(context.request()));
  }

  /** The one step function: where {@code event} takes a transaction in {@code state}. */
  public static Step<State> step(State state, ForServer event, ServerContext context) {
    return switch (state) {
      case TRYING -> trying(event, context);
      case PROCEEDING -> proceeding(event, context);
      case COMPLETED -> completed(event, context);
      case TERMINATED -> Step.stay(State.TERMINATED);
    };
  }

  private static Step<State> trying(ForServer event, ServerContext context) {
    if (event instanceof ResponseFromTu fromTu) {
      return responseFromTu(fromTu.response(), context);
    }
    // 17.2.2: "Once in the "Trying" state, any further request retransmissions are discarded."
    return Step.stay(State.TRYING);
  }

  private static Step<State> proceeding(ForServer event, ServerContext context) {
    if (event instanceof RequestReceived) {
      // 17.2.2: "If a retransmission of the request is received while in the "Proceeding" state,
      // the most recently sent provisional response MUST be passed to the transport layer".
      return Step.to(State.PROCEEDING, new Send(context.lastResponse(), null));
    }
    if (event instanceof ResponseFromTu fromTu) {
      return responseFromTu(fromTu.response(), context);
    }
    return transportErrorTerminates(State.PROCEEDING, event);
  }

  /** A response from the TU in Trying or Proceeding. */
  private static Step<State> responseFromTu(SipResponse response, ServerContext context) {
    if (response.isProvisional()) {
      // 17.2.2: a provisional response from the TU moves Trying to Proceeding, and it and any
      // further ones "MUST be passed to the transport layer for transmission".
      return Step.to(State.PROCEEDING, new Send(response, null));
    }
    // 17.2.2: a final response moves to Completed "and the response MUST be passed to the
    // transport layer"; Completed "MUST set Timer J to fire in 64*T1 seconds for unreliable
    // transports".
    return Step.to(State.COMPLETED,
        new Send(response, null), new StartTimer(TimerName.J, context.timers().timerJ()));
  }

  private static Step<State> completed(ForServer event, ServerContext context) {
    if (event instanceof RequestReceived) {
      // 17.2.2: in Completed the transaction "MUST pass the final response to the transport
      // layer for retransmission whenever a retransmission of the request is received".
      return Step.to(State.COMPLETED, new Send(context.lastResponse(), null));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.J) {
      // 17.2.2: it stays Completed "until Timer J fires, at which point it MUST transition to
      // the "Terminated" state".
      return Step.to(State.TERMINATED, new Terminate());
    }
    // 17.2.2: "Any other final responses passed by the TU to the server transaction MUST be
    // discarded while in the "Completed" state."
    return transportErrorTerminates(State.COMPLETED, event);
  }

  /** Figure 8: a transport error in Proceeding or Completed informs the TU and terminates. */
  private static Step<State> transportErrorTerminates(State state, ForServer event) {
    if (event instanceof TransportError error) {
      return Step.to(State.TERMINATED, new TellTuTransportError(error.reason()), new Terminate());
    }
    return Step.stay(state);
  }
}
