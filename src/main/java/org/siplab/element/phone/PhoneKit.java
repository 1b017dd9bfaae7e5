package org.siplab.element.phone;

import org.siplab.dialog.TimerService;
import org.siplab.dialog.UserAgentCore;
import org.siplab.element.ElementContext;
import org.siplab.message.CSeq;
import org.siplab.message.HeaderName;
import org.siplab.message.Method;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Text;
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
   * The next request of an attempt after a challenge: "This new request constitutes a new
   * transaction and SHOULD have the same value of the Call-ID, To, and From of the previous
   * request, but the CSeq should contain a new sequence number that is one higher than the
   * previous" (section 8.1.3.5). A misbehaving phone takes a new Call-ID or From tag here.
   */
  SipRequest retryOf(SipRequest previous) {
    SipRequest request = nextTargetOf(previous);
    request = request.with(HeaderName.CALL_ID,
        new Text(misbehaviours.retryCallId(request.callId())));
    return request.with(HeaderName.FROM, misbehaviours.retryFrom(request.from()));
  }

  /**
   * The request again for the next target, after a 3xx or a failed target: section 8.1.3.4 makes
   * it "RECOMMENDED that the UAC reuse the same To, From, and Call-ID", and a retry misbehaviour
   * stays out of it, since CALLID-003 judges the retry after 401 or 407 only.
   */
  SipRequest nextTargetOf(SipRequest previous) {
    return previous.with(HeaderName.CSEQ,
        new CSeq(previous.cseq().number() + 1, previous.method()));
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
