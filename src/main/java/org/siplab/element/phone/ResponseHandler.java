package org.siplab.element.phone;

import org.siplab.dialog.Dialog;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;

/** A part of the phone waiting for the responses to a request it sent (see {@link Outbox}). */
interface ResponseHandler {

  /**
   * A response to the request of {@code transaction}; {@code dialog} as the UA core gives it (see
   * {@link org.siplab.dialog.UaApplication#onResponse}).
   */
  void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog);

  /** The transaction timed out (Timer B or F) or could not be sent. */
  void onTimeout(ClientTransaction transaction, String why);
}
