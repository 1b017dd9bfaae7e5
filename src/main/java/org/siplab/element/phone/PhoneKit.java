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
   * A response to the request of {@code transaction} (section 8.2.6, To tag included); the UA
   * core adds the Record-Route of a response that creates a dialog (section 12.1.1).
   */
  SipResponse.Builder responseTo(ServerTransaction transaction, int status) {
    return core.responseTo(transaction, status);
  }

  /** Sends a response this phone made, through the misbehaviour switches and the UA core. */
  void respond(ServerTransaction transaction, SipResponse response) {
    core.respond(transaction, misbehaviours.response(response, transaction.request()));
  }
}
