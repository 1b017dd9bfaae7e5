package org.siplab.transaction;

import org.siplab.message.SipResponse;
import org.siplab.transaction.Action.CancelTimer;
import org.siplab.transaction.Action.PassToTu;
import org.siplab.transaction.Action.Send;
import org.siplab.transaction.Action.StartTimer;
import org.siplab.transaction.Action.TellTuTimeout;
import org.siplab.transaction.Action.TellTuTransportError;
import org.siplab.transaction.Action.Terminate;
import org.siplab.transaction.TransactionEvent.Abandoned;
import org.siplab.transaction.TransactionEvent.ForClient;
import org.siplab.transaction.TransactionEvent.ResponseReceived;
import org.siplab.transaction.TransactionEvent.TimerFired;
import org.siplab.transaction.TransactionEvent.TransportError;

/**
 * The INVITE client transaction: RFC 3261 section 17.1.1, figure 5, as RFC 6026 section 8.4
 * corrects it. A 2xx no longer terminates the transaction: it moves to Accepted, where it waits
 * Timer M (64*T1) passing every further 2xx (retransmissions, and 2xx from other forks) up to the
 * TU, so that none of them is mistaken for a stray response.
 *
 * <pre>{@code
 *                                |INVITE from TU
 *              Timer A fires     |INVITE sent       Timer B fires
 *              Reset A,          V                  or Transport Err.
 *              INVITE sent +-----------+            inform TU
 *                +---------|           |---------------------------+
 *                |         |  Calling  |                           |
 *                +-------->|           |------------+              |
 *   300-699                +-----------+ 2xx        |              |
 *   ACK sent                  |  |       2xx to TU  |              |
 *   resp. to TU               |  |1xx               |              |
 *   +-------------------------+  |1xx to TU         |              |
 *   |                            |                  |              |
 *   |                1xx         V                  |              |
 *   |                1xx to TU +-----------+        |              |
 *   |                +---------|           |        |              |
 *   |                |         |Proceeding |        |              |
 *   |                +-------->|           |        |              |
 *   |                          +-----------+ 2xx    |              |
 *   |         300-699             |    |     2xx to TU             |
 *   |         ACK sent,  +--------+    +---------------+           |
 *   |         resp. to TU|                          |  |           |
 *   |                    |                          V  V           |
 *   |  300-699           V                     +-----------+       |
 *   |  ACK sent  +-----------+Transport Err.   |           |       |
 *   |  +---------|           |Inform TU        |  Accepted |       |
 *   |  |         | Completed |------------+    |           |       |
 *   |  +-------->|           |            |    +-----------+       |
 *   |            +-----------+            |      ^  |    |         |
 *   |              ^  |                   |      |  |    |         |
 *   |              |  |                   |      +--+    |         |
 *   +--------------+  |                   |      2xx     |         |
 *                     |Timer D fires      |      2xx to TU         |
 *                     |-                  |              |Timer M  |
 *                     |                   |              |fires    |
 *                     |                   |              |-        |
 *                     V                   V              V         |
 *               +------------------------------------------+       |
 *               |                 Terminated               |<------+
 *               +------------------------------------------+
 * }</pre>
 *
 * <p>Anything the figure does not show (a 1xx in Completed, a 2xx in Completed, a stale timer) is
 * ignored: the step stays put and does nothing. siplab's transport is UDP, so Timer A always runs
 * and Timer D is {@link TimerSettings#timerD()}.
 */
public final class InviteClientMachine {

  /** The states of figure 5, with RFC 6026's Accepted. */
  public enum State implements TransactionState {
    CALLING("Calling"),
    PROCEEDING("Proceeding"),
    COMPLETED("Completed"),
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

  private InviteClientMachine() {}

  /**
   * Section 17.1.1.2: the transaction enters Calling, passes the INVITE to the transport, starts
   * Timer A at T1 ("If an unreliable transport is being used ... MUST start timer A") and Timer B
   * at 64*T1 ("For any transport ... MUST start timer B").
   */
  public static Step<State> start(ClientContext context) {
    TimerSettings timers = context.timers();
    return Step.to(State.CALLING,
        new Send(context.request(), null),
        new StartTimer(TimerName.A, timers.timerA()),
        new StartTimer(TimerName.B, timers.timerB()));
  }

  /** The one step function: where {@code event} takes a transaction in {@code state}. */
  public static Step<State> step(State state, ForClient event, ClientContext context) {
    return switch (state) {
      case CALLING -> calling(event, context);
      case PROCEEDING -> proceeding(event, context);
      case COMPLETED -> completed(event, context);
      case ACCEPTED -> accepted(event);
      case TERMINATED -> Step.stay(State.TERMINATED);
    };
  }

  private static Step<State> calling(ForClient event, ClientContext context) {
    if (event instanceof ResponseReceived received) {
      SipResponse response = received.response();
      if (response.isProvisional()) {
        // 17.1.1.2: in Proceeding the client "SHOULD NOT retransmit the request any longer", and
        // Timer B only guards Calling, so both stop; the 1xx "MUST be passed to the TU".
        return Step.to(State.PROCEEDING,
            new CancelTimer(TimerName.A), new CancelTimer(TimerName.B), new PassToTu(response));
      }
      return finalResponse(response, context);
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.A) {
      // 17.1.1.2: "the client transaction MUST retransmit the request ... and MUST reset the
      // timer with a value of 2*T1", doubling after each transmission.
      return Step.to(State.CALLING,
          new Send(context.request(), TimerName.A),
          new StartTimer(TimerName.A, context.timers().nextTimerA(fired.durationUs())));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.B) {
      // 17.1.1.2: still Calling when B fires: "SHOULD inform the TU that a timeout has occurred"
      // and "MUST NOT generate an ACK".
      return Step.to(State.TERMINATED, new TellTuTimeout(TimerName.B), new Terminate());
    }
    if (event instanceof Abandoned) {
      return abandoned();
    }
    return transportErrorOrIgnore(State.CALLING, event);
  }

  private static Step<State> proceeding(ForClient event, ClientContext context) {
    if (event instanceof ResponseReceived received) {
      SipResponse response = received.response();
      if (response.isProvisional()) {
        // 17.1.1.2: "Any further provisional responses MUST be passed up to the TU".
        return Step.to(State.PROCEEDING, new PassToTu(response));
      }
      return finalResponse(response, context);
    }
    if (event instanceof Abandoned) {
      return abandoned();
    }
    return Step.stay(State.PROCEEDING);
  }

  /**
   * Section 9.1: the TU destroys a transaction with no final response 64*T1 after its CANCEL. It
   * asked for this itself, so it is not told; whatever timers still run stop with the
   * transaction.
   */
  private static Step<State> abandoned() {
    return Step.to(State.TERMINATED, new Terminate());
  }

  /** A final response in Calling or Proceeding. */
  private static Step<State> finalResponse(SipResponse response, ClientContext context) {
    if (response.isSuccess()) {
      // RFC 6026 section 8.4: a 2xx moves to Accepted, not Terminated, and Timer M starts, so
      // that retransmissions of the 2xx still match this transaction; the 2xx goes to the TU,
      // which sends the ACK itself (section 13.2.2.4).
      return Step.to(State.ACCEPTED,
          new CancelTimer(TimerName.A), new CancelTimer(TimerName.B),
          new StartTimer(TimerName.M, context.timers().timerM()), new PassToTu(response));
    }
    // 17.1.1.2: a 300-699 "MUST cause the client transaction to transition to "Completed"", the
    // response MUST go to the TU, and the transaction "MUST generate an ACK request, even if the
    // transport is reliable"; Timer D keeps it there to ACK retransmissions of the response.
    // The ACK leaves before the TU hears of the response, so that whatever the TU sends next (a
    // new INVITE after a 302 or a 407) follows it on the wire, as in RFC 3665's flows.
    return Step.to(State.COMPLETED,
        new CancelTimer(TimerName.A), new CancelTimer(TimerName.B),
        new Send(AckForFailure.build(context.request(), response), null),
        new StartTimer(TimerName.D, context.timers().timerD()),
        new PassToTu(response));
  }

  private static Step<State> completed(ForClient event, ClientContext context) {
    if (event instanceof ResponseReceived received && isFailure(received.response())) {
      // 17.1.1.2: a retransmitted final response "MUST cause the ACK to be re-passed to the
      // transport layer ... but the newly received response MUST NOT be passed up to the TU".
      return Step.to(State.COMPLETED,
          new Send(AckForFailure.build(context.request(), received.response()), null));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.D) {
      // 17.1.1.2: "If timer D fires while ... "Completed" state, the client transaction MUST move
      // to the terminated state."
      return Step.to(State.TERMINATED, new Terminate());
    }
    return transportErrorOrIgnore(State.COMPLETED, event);
  }

  private static Step<State> accepted(ForClient event) {
    if (event instanceof ResponseReceived received && received.response().isSuccess()) {
      // RFC 6026 section 8.4: "Any 2xx responses that match this client transaction and that are
      // received while in the Accepted state MUST be passed up to the TU" and get no ACK from
      // the transaction.
      return Step.to(State.ACCEPTED, new PassToTu(received.response()));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.M) {
      // RFC 6026 section 8.4: "If Timer M fires while ... Accepted, the client transaction MUST
      // move to the Terminated state."
      return Step.to(State.TERMINATED, new Terminate());
    }
    return Step.stay(State.ACCEPTED);
  }

  /** Figure 5: a transport error in Calling or Completed terminates and informs the TU. */
  private static Step<State> transportErrorOrIgnore(State state, ForClient event) {
    if (event instanceof TransportError error) {
      return Step.to(State.TERMINATED, new TellTuTransportError(error.reason()), new Terminate());
    }
    return Step.stay(state);
  }

  private static boolean isFailure(SipResponse response) {
    return response.status() >= 300;
  }
}
