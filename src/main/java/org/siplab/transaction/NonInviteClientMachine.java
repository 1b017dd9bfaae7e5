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
 * The non-INVITE client transaction: RFC 3261 section 17.1.2, figure 6.
 *
 * <pre>{@code
 *                                    |Request from TU
 *                                    |send request
 *                Timer E             V
 *                send request  +-----------+
 *                    +---------|           |-------------------+
 *                    |         |  Trying   |  Timer F          |
 *                    +-------->|           |  or Transport Err.|
 *                              +-----------+  inform TU        |
 *                 200-699         |  |                         |
 *                 resp. to TU     |  |1xx                      |
 *                 +---------------+  |resp. to TU              |
 *                 |                  |                         |
 *                 |   Timer E        V       Timer F           |
 *                 |   send req +-----------+ or Transport Err. |
 *                 |  +---------|           | inform TU         |
 *                 |  |         |Proceeding |------------------>|
 *                 |  +-------->|           |-----+             |
 *                 |            +-----------+     |1xx          |
 *                 |              |      ^        |resp to TU   |
 *                 | 200-699      |      +--------+             |
 *                 | resp. to TU  |                             |
 *                 |              |                             |
 *                 |              V                             |
 *                 |            +-----------+                   |
 *                 |            |           |                   |
 *                 |            | Completed |                   |
 *                 |            |           |                   |
 *                 |            +-----------+                   |
 *                 |              ^   |                         |
 *                 |              |   | Timer K                 |
 *                 +--------------+   | -                       |
 *                                    |                         |
 *                                    V                         |
 *                              +-----------+                   |
 *                              |           |                   |
 *                              | Terminated|<------------------+
 *                              |           |
 *                              +-----------+
 * }</pre>
 *
 * <p>In Completed every response is absorbed (it is a retransmission, section 17.1.2.2); anything
 * else the figure does not show is ignored. siplab's transport is UDP, so Timer E always runs and
 * Timer K is T4.
 */
public final class NonInviteClientMachine {

  /** The states of figure 6. */
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

  private NonInviteClientMachine() {}

  /**
   * Section 17.1.2.2: Trying is entered with the request, which "MUST be passed to the transport
   * layer"; Timer F is set to 64*T1 and, for an unreliable transport, Timer E to T1.
   */
  public static Step<State> start(ClientContext context) {
    TimerSettings timers = context.timers();
    return Step.to(State.TRYING,
        new Send(context.request(), null),
        new StartTimer(TimerName.E, timers.timerE()),
        new StartTimer(TimerName.F, timers.timerF()));
  }

  /** The one step function: where {@code event} takes a transaction in {@code state}. */
  public static Step<State> step(State state, ForClient event, ClientContext context) {
    return switch (state) {
      case TRYING, PROCEEDING -> waitingForFinal(state, event, context);
      case COMPLETED -> completed(event);
      case TERMINATED -> Step.stay(State.TERMINATED);
    };
  }

  /** Trying and Proceeding differ only in the next value of Timer E. */
  private static Step<State> waitingForFinal(State state, ForClient event, ClientContext context) {
    if (event instanceof ResponseReceived received) {
      return response(received.response(), context);
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.E) {
      // 17.1.2.2: in Trying, E is reset to MIN(2*previous, T2); "If Timer E fires while in the
      // "Proceeding" state, the request MUST be passed to the transport layer for retransmission,
      // and Timer E MUST be reset with a value of T2 seconds."
      long next = state == State.TRYING
          ? context.timers().nextTimerE(fired.durationUs())
          : context.timers().timerEInProceeding();
      return Step.to(state,
          new Send(context.request(), TimerName.E), new StartTimer(TimerName.E, next));
    }
    if (event instanceof TimerFired fired && fired.timer() == TimerName.F) {
      // 17.1.2.2: when F fires in Trying or Proceeding the TU "MUST be informed of a timeout".
      return Step.to(State.TERMINATED, new TellTuTimeout(TimerName.F), new Terminate());
    }
    if (event instanceof TransportError error) {
      // 17.1.4: "SHOULD inform the TU ... and ... SHOULD transition directly to the "Terminated"
      // state".
      return Step.to(State.TERMINATED, new TellTuTransportError(error.reason()), new Terminate());
    }
    if (event instanceof Abandoned) {
      // Section 9.1, as for an INVITE; Timer F, which also runs 64*T1, ends the transaction
      // before a CANCEL's wait could, so this edge is there for a TU that gives up sooner.
      return Step.to(State.TERMINATED, new Terminate());
    }
    return Step.stay(state);
  }

  private static Step<State> response(SipResponse response, ClientContext context) {
    if (response.isProvisional()) {
      // 17.1.2.2: a 1xx "MUST be passed to the TU" and moves Trying to Proceeding; E keeps
      // running, as retransmissions "need to continue even after a provisional response"
      // (17.1.2.1).
      return Step.to(State.PROCEEDING, new PassToTu(response));
    }
    // 17.1.2.2: a 200-699 "MUST be passed to the TU, and the client transaction MUST transition
    // to the "Completed" state", where it "MUST set Timer K to fire in T4 seconds".
    return Step.to(State.COMPLETED,
        new CancelTimer(TimerName.E), new CancelTimer(TimerName.F),
        new StartTimer(TimerName.K, context.timers().timerK()),
        new PassToTu(response));
  }

  private static Step<State> completed(ForClient event) {
    if (event instanceof TimerFired fired && fired.timer() == TimerName.K) {
      // 17.1.2.2: "If Timer K fires while in this state, the client transaction MUST transition
      // to the "Terminated" state."
      return Step.to(State.TERMINATED, new Terminate());
    }
    // 17.1.2.2: Completed exists "to buffer any additional response retransmissions".
    return Step.stay(State.COMPLETED);
  }
}
