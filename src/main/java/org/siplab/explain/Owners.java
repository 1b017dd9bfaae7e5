package org.siplab.explain;

import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceEvent.Deliver;
import org.siplab.trace.TraceEvent.Send;

/**
 * Names what a timer or state change belongs to by the ladder arrow a student can find: a client
 * transaction by the request it sent ({@code the INVITE sent at seq 3}), a server transaction by
 * the request that created it ({@code the INVITE delivered at seq 6}), a dialog by its two tags.
 */
final class Owners {

  /**
   * A name, and the seq of the event it names (0 when it names none), so that a sentence need not
   * name that event twice.
   */
  record Ref(String text, long seq) {

    /** {@code ", on <cause>"}, or "" when the cause is the event this ref already names. */
    String on(TraceEvent event, Causes causes) {
      return seq != TraceEvent.NO_CAUSE && event.cause() == seq ? "" : ", on " + causes.of(event);
    }
  }

  private final TraceIndex index;

  Owners(TraceIndex index) {
    this.index = index;
  }

  /**
   * The transaction {@code tx} ("branch/METHOD") of {@code element}: the request that started it,
   * or its branch when the trace does not show that request.
   */
  Ref transaction(String element, String tx) {
    Send sent = index.firstClientSend(element, tx);
    if (sent != null) {
      return new Ref("the " + method(tx) + " sent at seq " + sent.seq(), sent.seq());
    }
    Deliver arrived = index.firstServerDelivery(element, tx);
    if (arrived != null) {
      return new Ref("the " + method(tx) + " delivered at seq " + arrived.seq(), arrived.seq());
    }
    return new Ref("branch " + tx, TraceEvent.NO_CAUSE);
  }

  /** A timer's owner: a transaction, a dialog, or what the element called it (an AOR, a call). */
  Ref owner(String element, String owner) {
    if (owner == null) {
      return new Ref(element + " itself", TraceEvent.NO_CAUSE);
    }
    if (isTransactionId(owner)) {
      return transaction(element, owner);
    }
    return new Ref(isDialogKey(owner) ? dialog(owner) : owner, TraceEvent.NO_CAUSE);
  }

  /** {@code dialog a/b}: the two tags of a dialog key "Call-ID;tag;tag". */
  static String dialog(String key) {
    int second = key.lastIndexOf(';');
    int first = second > 0 ? key.lastIndexOf(';', second - 1) : -1;
    if (first < 0) {
      return "dialog " + key;
    }
    return "dialog " + key.substring(first + 1, second) + "/" + key.substring(second + 1);
  }

  /** "branch/METHOD", as the trace writes a transaction id. */
  private static boolean isTransactionId(String owner) {
    int slash = owner.lastIndexOf('/');
    return slash > 0 && slash < owner.length() - 1
        && owner.substring(slash + 1).chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  private static boolean isDialogKey(String owner) {
    int second = owner.lastIndexOf(';');
    return second > 0 && owner.lastIndexOf(';', second - 1) > 0 && owner.indexOf('=') < 0;
  }

  private static String method(String tx) {
    return tx.substring(tx.lastIndexOf('/') + 1);
  }
}
