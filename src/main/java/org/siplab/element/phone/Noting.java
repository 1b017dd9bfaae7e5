package org.siplab.element.phone;

import org.siplab.dialog.Dialog;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;

/**
 * Waits for the response to a request whose outcome changes nothing for the phone (a BYE already
 * sent, a CANCEL, an INFO) and notes it in the trace when it is not a success.
 */
final class Noting implements ResponseHandler {

  private final Reporter reporter;

  Noting(Reporter reporter) {
    this.reporter = reporter;
  }

  @Override
  public void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog) {
    if (response.isFinal() && !response.isSuccess()) {
      reporter.note("answered", transaction.request().method() + " got " + response.status()
          + " " + response.reason());
    }
  }

  @Override
  public void onTimeout(ClientTransaction transaction, String why) {
    reporter.note("no answer", transaction.request().method() + ": " + why);
  }
}
