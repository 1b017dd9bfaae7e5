package org.siplab.element.proxy;

import org.siplab.dialog.TimerService;
import org.siplab.message.Via;
import org.siplab.transaction.ClientTransaction;

/**
 * One forwarded copy of a request and what has happened to it: a client transaction of a response
 * context (section 16.6 step 10), its Timer C, and whether it got a provisional or a final
 * response or a CANCEL.
 */
final class Branch {

  private final Target target;
  private final ClientTransaction transaction;
  private TimerService.Handle timer;
  private boolean provisional;
  private boolean done;
  private boolean cancelSent;
  private boolean cancelWanted;

  /**
   * @param transaction the client transaction, or null when the copy could not be sent in one (no
   *     element serves it, or the proxy misbehaves and added no Via)
   */
  Branch(Target target, ClientTransaction transaction) {
    this.target = target;
    this.transaction = transaction;
  }

  Target target() {
    return target;
  }

  ClientTransaction transaction() {
    return transaction;
  }

  /** The Via this proxy put on the copy, or null. */
  Via ownVia() {
    return transaction == null ? null : transaction.request().topVia();
  }

  /** Timer C, or the timer that stands in for a transaction's timeout. */
  TimerService.Handle timer() {
    return timer;
  }

  void timer(TimerService.Handle value) {
    timer = value;
  }

  /** Whether a provisional response came, so that a CANCEL may be sent (section 9.1). */
  boolean hadProvisional() {
    return provisional;
  }

  void provisionalArrived() {
    provisional = true;
  }

  /** Whether the branch is over: a final response, a timeout, or it could not be sent. */
  boolean isDone() {
    return done;
  }

  void finish() {
    done = true;
  }

  /** Section 16.7 step 10: "has not had an associated CANCEL generated for it". */
  boolean cancelSent() {
    return cancelSent;
  }

  void cancelWasSent() {
    cancelSent = true;
  }

  /** Whether a CANCEL waits for the first provisional response (section 9.1 forbids it before). */
  boolean cancelWanted() {
    return cancelWanted;
  }

  void wantCancel() {
    cancelWanted = true;
  }

  /** Whether every transaction of the branch has ended (section 16.7 step 9). */
  boolean isTerminated() {
    return transaction == null || transaction.isTerminated();
  }
}
