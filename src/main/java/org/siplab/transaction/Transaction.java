package org.siplab.transaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.sim.ScheduledEvent;
import org.siplab.transaction.Action.CancelTimer;
import org.siplab.transaction.Action.PassToTu;
import org.siplab.transaction.Action.Send;
import org.siplab.transaction.Action.StartTimer;
import org.siplab.transaction.Action.TellTuTimeout;
import org.siplab.transaction.Action.TellTuTransportError;
import org.siplab.transaction.TransactionEvent.TimerFired;
import org.siplab.transaction.TransactionEvent.TransportError;

/**
 * One live transaction: the state of its machine, its running timers, and the carrying out of the
 * actions its pure step function returns. This is where the I/O happens that the machines leave
 * out.
 *
 * <p>Events are handled one at a time, each to completion: an event that arises while actions run
 * (the TU responding from inside {@link TransactionUser#onRequest}, say) waits its turn. A
 * {@link Action.Send} that fails is handled next, as a {@link TransportError}, once the rest of its
 * step has been carried out.
 */
public abstract sealed class Transaction permits ClientTransaction, ServerTransaction {

  private final TransactionLayer layer;
  private final TransactionId id;
  private final TransactionKind kind;
  private final Map<TimerName, RunningTimer> timers = new EnumMap<>(TimerName.class);
  private final ArrayDeque<TransactionEvent> inbox = new ArrayDeque<>(2);
  private TransactionState state;
  private boolean stepping;

  Transaction(TransactionLayer layer, TransactionId id, TransactionKind kind) {
    this.layer = layer;
    this.id = id;
    this.kind = kind;
  }

  public TransactionId id() {
    return id;
  }

  public TransactionKind kind() {
    return kind;
  }

  /** The request that created the transaction. */
  public abstract SipRequest request();

  /** The current state; {@link TransactionState#isTerminated()} once the transaction is gone. */
  public TransactionState state() {
    return state;
  }

  public boolean isTerminated() {
    return state != null && state.isTerminated();
  }

  /** The names of the timers running now, in letter order. */
  public List<TimerName> runningTimers() {
    return new ArrayList<>(timers.keySet());
  }

  final TransactionLayer layer() {
    return layer;
  }

  abstract Step<?> startStep();

  abstract Step<?> step(TransactionEvent event);

  abstract SendOutcome send(SipMessage message, String retransmittedBy);

  abstract void passToTu(SipMessage message);

  /** Enters the initial state and carries out its actions. */
  final void begin(String reason) {
    layer.observer().created(layer.element(), id, request());
    stepping = true;
    try {
      apply(startStep(), null, reason);
      drainInbox();
    } finally {
      stepping = false;
    }
  }

  /** Handles {@code event} now, or after the event being handled if one is. */
  final void handle(TransactionEvent event) {
    inbox.addLast(event);
    if (stepping) {
      return;
    }
    stepping = true;
    try {
      drainInbox();
    } finally {
      stepping = false;
    }
  }

  private void drainInbox() {
    while (!inbox.isEmpty() && !isTerminated()) {
      TransactionEvent event = inbox.pollFirst();
      apply(step(event), event, null);
    }
    inbox.clear();
  }

  /**
   * Moves to the step's state, reporting the change with its reason (the words for
   * {@code event}, or {@code reason} when the transaction starts), and carries out the actions.
   */
  private void apply(Step<?> step, TransactionEvent event, String reason) {
    TransactionState from = state;
    state = step.next();
    if (from != state) {
      TransactionObserver observer = layer.observer();
      observer.stateChanged(layer.element(), id, kind, from, state,
          event == null || !observer.wantsReasons() ? reason : Reasons.of(event));
    }
    List<Action> actions = step.actions();
    String firstFailure = null;
    for (int i = 0; i < actions.size(); i++) {
      Action action = actions.get(i);
      boolean last = i == actions.size() - 1;
      String failure = last && action instanceof PassToTu pass ? passUpLast(pass) : execute(action);
      if (firstFailure == null) {
        firstFailure = failure;
      }
    }
    // The rest of the step is carried out even when a send failed: the timers it starts are what
    // ends the state (Timer H in Completed, L in Accepted; RFC 6026 figure 7 keeps the machine in
    // those states on a transport error), so without them the transaction would never end.
    if (firstFailure != null) {
      inbox.addFirst(new TransportError(firstFailure));
    }
  }

  /**
   * Passes a message to the TU when nothing of the step is left to do. The TU usually answers at
   * once (a CANCEL its 200); that answer is then handled at once too, rather than after whatever
   * else the TU does in the same call, so the messages leave in the order the TU gave them.
   */
  private String passUpLast(PassToTu pass) {
    boolean wasStepping = stepping;
    stepping = false;
    try {
      passToTu(pass.message());
    } finally {
      stepping = wasStepping;
    }
    return null;
  }

  /** Carries out one action; returns why a send failed, or null. */
  private String execute(Action action) {
    if (action instanceof Send send) {
      TimerName cause = send.retransmittedBy();
      return send(send.message(), cause == null ? null : cause.label()).failure();
    }
    if (action instanceof StartTimer start) {
      startTimer(start.timer(), start.durationUs());
    } else if (action instanceof CancelTimer cancel) {
      cancelTimer(cancel.timer());
    } else if (action instanceof PassToTu pass) {
      passToTu(pass.message());
    } else if (action instanceof TellTuTimeout timeout) {
      layer.user().onTimeout(this, timeout.timer());
    } else if (action instanceof TellTuTransportError error) {
      layer.user().onTransportError(this, error.reason());
    } else {
      terminate();
    }
    return null;
  }

  private void startTimer(TimerName name, long durationUs) {
    cancelTimer(name);
    ScheduledEvent event = layer.scheduler().schedule(durationUs, () -> fire(name, durationUs));
    timers.put(name, new RunningTimer(event, durationUs));
    layer.observer().timerSet(layer.element(), id, name, durationUs);
  }

  private void fire(TimerName name, long durationUs) {
    timers.remove(name);
    layer.observer().timerFired(layer.element(), id, name, durationUs);
    handle(new TimerFired(name, durationUs));
  }

  private void cancelTimer(TimerName name) {
    RunningTimer running = timers.remove(name);
    if (running != null && layer.scheduler().cancel(running.event())) {
      layer.observer().timerCancelled(layer.element(), id, name, running.durationUs());
    }
  }

  /**
   * Ends the transaction at once, outside its state machine, in {@code terminated} (its machine's
   * Terminated state): for a TU that keeps no transaction for the request after all (see {@link
   * ServerTransaction#release}). The change is reported as any other, with {@code reason}.
   */
  final void end(TransactionState terminated, String reason) {
    if (isTerminated()) {
      return;
    }
    TransactionState from = state;
    state = terminated;
    layer.observer().stateChanged(layer.element(), id, kind, from, state, reason);
    terminate();
  }

  /** Stops every timer still running and removes the transaction from the layer's tables. */
  private void terminate() {
    for (TimerName name : runningTimers()) {
      cancelTimer(name);
    }
    inbox.clear();
    layer.forget(this);
    layer.user().onTerminated(this);
  }

  @Override
  public String toString() {
    return kind.label() + " transaction " + id + (state == null ? "" : " (" + state.label() + ")");
  }

  private record RunningTimer(ScheduledEvent event, long durationUs) {}
}
