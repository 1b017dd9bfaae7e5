package org.siplab.element.phone;

import org.siplab.dialog.TimerService;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.ElementContext;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ServerTransaction;

/**
 * What every part of a phone shares: its configuration, the UA core under it, the element's
 * context, who it is, and the pieces through which it reports, misbehaves, authenticates and
 * sends.
 */
record PhoneKit(PhoneConfig config, UserAgentCore core, ElementContext context, Identity identity,
    Reporter reporter, Misbehaviours misbehaviours, Keyring keyring, Outbox outbox) {

  TimerService timers() {
    return core.timers();
  }

  /**
   * A response to the request of {@code transaction} (section 8.2.6, To tag included). One that
   * creates a dialog gets the request's Record-Route too. Section 12.1.1: "the UAS MUST copy all
   * Record-Route header field values from the request into the response ... and MUST maintain the
   * order of those values"; the UA core's own responses lack them, so the phone adds them.
   */
  SipResponse.Builder responseTo(ServerTransaction transaction, int status) {
    SipRequest request = transaction.request();
    SipResponse.Builder response = core.responseTo(transaction, status);
    boolean createsDialog = request.method().equals(Method.INVITE) && status > 100
        && status < 300;
    if (createsDialog && !request.recordRoutes().isEmpty()) {
      response.eachOn(HeaderName.RECORD_ROUTE, request.recordRoutes());
    }
    return response;
  }

  /** Sends a response this phone made, through the misbehaviour switches and the UA core. */
  void respond(ServerTransaction transaction, SipResponse response) {
    core.respond(transaction, misbehaviours.response(response, transaction.request()));
  }
}
