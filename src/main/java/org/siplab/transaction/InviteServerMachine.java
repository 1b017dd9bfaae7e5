package org.siplab.transaction;

import org.siplab.message.Method;
import org.siplab.message.SipResponse;
import org.siplab.transaction.Action.CancelTimer;
import org.siplab.transaction.Action.PassToTu;
import org.siplab.transaction.Action.Send;
import org.siplab.transaction.Action.StartTimer;
import org.siplab.transaction.Action.TellTuTimeout;
import org.siplab.transaction.Action.TellTuTransportError;
import org.siplab.transaction.Action.Terminate;
import org.siplab.transaction.TransactionEvent.ForServer;
import org.siplab.transaction.TransactionEvent.RequestReceived;
import org.siplab.transaction.TransactionEvent.ResponseFromTu;
import org.siplab.transaction.TransactionEvent.TimerFired;
import org.siplab.transaction.TransactionEvent.TransportError;

/**
 * The INVITE server transaction: RFC 3261 section 17.2.1, figure 7, as RFC 6026 section 8.7
 * redraws it. A 2xx from the TU no longer terminates the transaction: it moves to Accepted, where
 * for Timer L (64*T1) it absorbs retransmitted INVITEs (which would otherwise reach the TU as new
 * requests), sends any further 2xx the TU retransmits, and passes ACKs up to the TU. RFC 6026 also
 * makes a transport error in Proceeding, Completed and Accepted a self-loop that informs the TU.
 *
 * <pre>{@code
 *                                     |INVITE
 *                                     |pass INV to TU
 *                  INVITE             V send 100 if TU won't in 200 ms
 *                  send response+------------+
 *                      +--------|            |--------+ 101-199 from TU
 *                      |        |            |        | send response
 *                      +------->|            |<-------+
 *                               | Proceeding |
 *                               |            |--------+ Transport Err.
 *                               |            |        | Inform TU
 *                               |            |<-------+
 *                               +------------+
 *                  300-699 from TU |    |2xx from TU
 *                  send response   |    |send response
 *                   +--------------+    +------------+
 *                   |                                |
 *  INVITE           V          Timer G fires         |
 *  send response +-----------+ send response         |
 *       +--------|           |--------+              |
 *       |        |           |        |              |
 *       +------->| Completed |<-------+      INVITE  |  Transport Err.
 *                |           |               -       |  Inform TU
 *       +--------|           |----+          +-----+ |  +---+
 *       |        +-----------+    | ACK      |     v v  |   v
 *       |          ^   |          | -        |  +------------+
 *       |          |   |          |          |  |            |---+ ACK
 *       +----------+   |          |          +--|  Accepted  |   | to TU
 *       Transport Err. |          |             |            |<--+
 *       Inform TU      |          V             +------------+
 *                      |      +-----------+        |  ^     |
 *                      |      |           |        |  |     |
 *                      |      | Confirmed |        |  +-----+
 *                      |      |           |        |  2xx from TU
 *        Timer H fires |      +-----------+        |  send response
 *        inform TU     |          |                |
 *                      |          | Timer I fires  |
 *                      |          | -              | Timer L fires
 *                      |          V                | -
 *                      |        +------------+     |
 *                      |        |            |<----+
 *                      +------->| Terminated |
 *                               |            |
 *                               +------------+
 * }</pre>
 *
 * <p>RFC 6026's figure labels Timer H "-"; this machine keeps RFC 3261's text, which says the
 * transaction "MUST indicate to the TU that a transaction failure has occurred". The 100 Trying
 * "if TU won't in 200ms" is the {@link TimerName#TRYING} timer, set when the transaction starts if
 * {@link ServerContext#autoTrying()}; any response from the TU stops it. Anything the figure does
 * not show is ignored. siplab's transport is UDP, so Timer G always runs and Timer I is T4.
 */
public final class InviteServerMachine {

  /** The states of figure 7, with RFC 6026's Accepted. */
  public enum State implements TransactionState {
    PROCEEDING("Proceeding"),
    COMPLETED("Completed"),
    CONFIRMED("Confirmed"),
    ACCEPTED("Accepted"),
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

  private InviteServerMachine() {}

  /**
   * Section 17.2.1: "When a server transaction is constructed for a request, it enters the
   * "Proceeding" state"; "The request MUST be passed to the TU". The Trying timer is set first, so
   * that a TU answering at once stops it.
   */
  public static Step<State> start(ServerContext context) {
    PassToTu passInvite = new PassToTu(context.request());
    if (!context.autoTrying()) {
      return Step.to(State.PROCEEDING, passInvite);
    }
    return Step.to(State.PROCEEDING,
        new StartTimer(TimerName.TRYING, context.timers().tryingDelay()), passInvite);
  }

  /** The one step function: where {@code event} takes a transaction in {@code state}. */
  public static Step<State> step(State state, ForServer event, ServerContext context) {
    return switch (state) {
      case PROCEEDING -> proceeding(event, context);
      case COMPLETED -> completed(event, context);
      case CONFIRMED -> confirmed(event);
      case ACCEPTED -> accepted(event);
      case TERMINATED -> Step.stay(State.TERMINATED);
    };
  }

  private static Step<State> proceeding(ForServer event, ServerContext context) {
    if (event instanceof RequestReceived received && isInvite(received)) {
      // 17.2.1: on a retransmitted INVITE "the most recent provisional response that was
      // received from the TU MUST be passed to the transport layer for retransmission".
      return resendLastResponse(State.PROCEEDING, context);
    }
    if (event instanceof ResponseFromTu fromTu) {
      return responseInProceeding(fromTu.response(), context);
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.TRYING
        && context.lastResponse() == null) {
      // 17.2.1: the transaction "MUST generate a 100 (Trying) response unless it knows that the
      // TU will generate a provisional or final response within 200 ms", to quench the client's
      // retransmissions of the INVITE.
      return Step.to(State.PROCEEDING, new Send(Responses.trying(context.request()), null));
    }
    return transportErrorInformsTu(State.PROCEEDING, event);
  }

  private static Step<State> responseInProceeding(SipResponse response, ServerContext context) {
    CancelTimer stopTrying = new CancelTimer(TimerName.TRYING);
    if (response.isProvisional()) {
      // 17.2.1: each provisional response from the TU "MUST be passed to the transport layer".
      return Step.to(State.PROCEEDING, stopTrying, new Send(response, null));
    }
    if (response.isSuccess()) {
      // RFC 6026 section 8.7: the 2xx is sent and the transaction enters Accepted with Timer L;
      // retransmitting the 2xx stays the TU's job (section 13.3.1.4).
      return Step.to(State.ACCEPTED, stopTrying, new Send(response, null),
          new StartTimer(TimerName.L, context.timers().timerL()));
    }
    // 17.2.1: a 300-699 "MUST be passed to the transport layer for transmission, and the state
    // machine MUST enter the "Completed" state"; Timer G at T1 (unreliable transport) and Timer H
    // at 64*T1.
    return Step.to(State.COMPLETED, stopTrying, new Send(response, null),
        new StartTimer(TimerName.G, context.timers().timerG()),
        new StartTimer(TimerName.H, context.timers().timerH()));
  }

  private static Step<State> completed(ForServer event, ServerContext context) {
    if (event instanceof RequestReceived received && isInvite(received)) {
      // 17.2.1: "while in the "Completed" state, if a request retransmission is received, the
      // server SHOULD pass the response to the transport for retransmission".
      return resendLastResponse(State.COMPLETED, context);
    }
    if (event instanceof RequestReceived received && isAck(received)) {
      // 17.2.1: "If an ACK is received while ... "Completed" state, the server
      // transaction MUST transition to the "Confirmed" state", where retransmissions of the
      // response cease.
      return Step.to(State.CONFIRMED,
          new CancelTimer(TimerName.G), new CancelTimer(TimerName.H),
          new StartTimer(TimerName.I, context.timers().timerI()));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.G) {
      // 17.2.1: when G fires "the response is passed to the transport again ... and timer G is
      // reset with a value that doubles, unless that value exceeds T2".
      return Step.to(State.COMPLETED,
          new Send(context.lastResponse(), TimerName.G),
          new StartTimer(TimerName.G, context.timers().nextTimerG(fired.durationUs())));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.H) {
      // 17.2.1: H firing "implies that the ACK was never received": Terminated, and the
      // transaction "MUST indicate to the TU that a transaction failure has occurred".
      return Step.to(State.TERMINATED, new TellTuTimeout(TimerName.H), new Terminate());
    }
    return transportErrorInformsTu(State.COMPLETED, event);
  }

  private static Step<State> confirmed(ForServer event) {
    if (event instanceof TimerFired fired && fired.timer() == TimerName.I) {
      // 17.2.1: "Once timer I fires, the server MUST transition to the "Terminated" state."
      return Step.to(State.TERMINATED, new Terminate());
    }
    // 17.2.1: Confirmed exists "to absorb any additional ACK messages".
    return Step.stay(State.CONFIRMED);
  }

  private static Step<State> accepted(ForServer event) {
    if (event instanceof RequestReceived received && isAck(received)) {
      // RFC 6026 section 7.1: "Any ACKs received from the network while in the Accepted state
      // MUST be passed directly to the TU and not absorbed."
      return Step.to(State.ACCEPTED, new PassToTu(received.request()));
    }
    if (event instanceof ResponseFromTu fromTu && fromTu.response().isSuccess()) {
      // RFC 6026 section 8.7: "Any retransmission of the 2xx response passed from the TU to the
      // transaction while in the Accepted state MUST be passed to the transport layer".
      return Step.to(State.ACCEPTED, new Send(fromTu.response(), null));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.L) {
      // RFC 6026 section 8.7: when L fires in Accepted "the machine MUST transition to the
      // Terminated state".
      return Step.to(State.TERMINATED, new Terminate());
    }
    // RFC 6026 section 8.7: retransmitted INVITEs "MUST be absorbed ... They MUST NOT be passed
    // up to the TU"; other responses from the TU are discarded.
    return transportErrorInformsTu(State.ACCEPTED, event);
  }

  private static Step<State> resendLastResponse(State state, ServerContext context) {
    SipResponse last = context.lastResponse();
    return last == null ? Step.stay(state) : Step.to(state, new Send(last, null));
  }

  /** RFC 6026 figure 7: a transport error informs the TU and leaves the state as it was. */
  private static Step<State> transportErrorInformsTu(State state, ForServer event) {
    if (event instanceof TransportError error) {
      return Step.to(state, new TellTuTransportError(error.reason()));
    }
    return Step.stay(state);
  }

  private static boolean isInvite(RequestReceived received) {
    return received.request().method().equals(Method.INVITE);
  }

  private static boolean isAck(RequestReceived received) {
    return received.request().method().equals(Method.ACK);
  }
}
