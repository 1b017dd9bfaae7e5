package org.siplab.scenario.run;

import java.util.HashMap;
import java.util.Map;
import org.siplab.dialog.DialogId;
import org.siplab.message.SipRequest;
import org.siplab.transaction.TransactionId;

/**
 * What the recorder learns about calls as the run goes: the Call-ID (and dialog) of each
 * transaction and dialog of each element. Transaction and timer reports name only a transaction
 * id or an owner string; this is how their trace events get the Call-ID DESIGN.md asks for,
 * without the lower layers carrying it in every report.
 *
 * <p>The maps are only looked up, never iterated, so they cannot disturb the trace's order.
 */
final class CallIds {

  /** The call and dialog something belongs to; either may be null. */
  record Ids(String callId, String dialog) {
    static final Ids NONE = new Ids(null, null);
  }

  private final Map<String, Ids> transactions = new HashMap<>();
  private final Map<String, String> dialogs = new HashMap<>();

  /**
   * A transaction begins with {@code request}: its Call-ID, and its dialog when the request was
   * sent inside one (both tags present, section 12.2); an initial INVITE belongs to no one dialog.
   */
  void transaction(String element, TransactionId id, SipRequest request) {
    transactions.put(key(element, id.toString()),
        new Ids(request.callId(), DialogId.keyOf(request)));
  }

  /** A dialog of {@code element} exists under {@code dialogKey} (its {@code DialogId.key()}). */
  void dialog(String element, String dialogKey, String callId) {
    dialogs.put(key(element, dialogKey), callId);
  }

  /** The ids of a transaction of {@code element}; {@link Ids#NONE} if it was never announced. */
  Ids ofTransaction(String element, TransactionId id) {
    return transactions.getOrDefault(key(element, id.toString()), Ids.NONE);
  }

  /**
   * The ids of a timer owner: a transaction id (Timer C of a proxy) or a dialog key (a 2xx
   * retransmission) known at {@code element}; {@link Ids#NONE} for any other owner (a
   * registration, a binding's AOR, a phone's call scope): only the element can say which call,
   * if any, such a timer belongs to ({@code TimerService.startForCall}).
   */
  Ids ofOwner(String element, String owner) {
    if (owner == null) {
      return Ids.NONE;
    }
    Ids transaction = transactions.get(key(element, owner));
    if (transaction != null) {
      return transaction;
    }
    String callId = dialogs.get(key(element, owner));
    return callId == null ? Ids.NONE : new Ids(callId, owner);
  }

  private static String key(String element, String id) {
    return element + "\n" + id;
  }
}
