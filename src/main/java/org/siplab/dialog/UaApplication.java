package org.siplab.dialog;

import java.util.Optional;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.transaction.ClientTransaction;
import org.siplab.transaction.ServerTransaction;
import org.siplab.transaction.TimerName;
import org.siplab.transaction.Transaction;

/**
 * What a UA does above its core: a phone deciding to ring or answer, a PBX bridging two calls. The
 * core has already done what RFC 3261 requires of every UA (481 and 500 in dialogs, 200 to BYE and
 * CANCEL, ACK for each 2xx, 2xx retransmission) before it calls these.
 */
public interface UaApplication {

  /**
   * The application's answer to one stage of the checks of section 8.2: a refusal for the core to
   * send, or empty to go on. The core asks before it acts on any request but ACK, which gets no
   * response, and CANCEL, which it answers itself (section 8.2.2.3: a Require in a CANCEL "MUST be
   * ignored"), a BYE
   * included (section 15.1.2: "A UAS first processes the BYE request according to the general
   * UAS processing described in Section 8.2") and a request within a dialog (section 12.2.2: "the
   * UAS first applies the same processing rules for requests outside of a dialog"). A refused
   * request changes no state (section 8.2: "If it is rejected, all state changes MUST NOT be
   * performed"). By default nothing is refused.
   */
  default Optional<SipResponse> inspect(ServerTransaction transaction, Inspection stage) {
    return Optional.empty();
  }

  /**
   * A request to answer through {@link UserAgentCore#respond}: a new request outside a dialog
   * ({@code dialog} null: INVITE, OPTIONS, MESSAGE, REGISTER...), or one within a dialog that
   * passed the checks of section 12.2.2 (a re-INVITE, INFO...). Either passed {@link #inspect}
   * first. BYE and CANCEL never come here.
   */
  void onRequest(SipRequest request, ServerTransaction transaction, Dialog dialog);

  /**
   * A response for a request this UA sent. {@code dialog} is the dialog it created or confirmed
   * (a 1xx with a To tag or a 2xx to an INVITE) or the dialog the request was sent in; null
   * otherwise. The ACK for a 2xx has already been sent.
   */
  void onResponse(SipResponse response, ClientTransaction transaction, Dialog dialog);

  /** A client transaction timed out (Timer B or F) or a server one never got its ACK (Timer H). */
  void onTimedOut(Transaction transaction, TimerName timer);

  /** The peer ended a dialog with BYE (answered 200), or this UA gave up (no ACK, 481, 408). */
  default void onDialogEnded(Dialog dialog, String reason) {}

  /** A CANCEL ended a pending INVITE: the core answered 200 to the CANCEL and 487 to the INVITE. */
  default void onCancelled(SipRequest invite) {}

  /** The ACK for this UA's 2xx arrived (section 13.3.1.4); it may carry an SDP answer. */
  default void onAck(SipRequest ack, Dialog dialog) {}

  /**
   * The body of the ACK for a 2xx: the SDP answer when the INVITE carried no offer and the 2xx
   * did (section 13.2.2.4, RFC 3264 section 4). Null for an ACK without a body.
   */
  default byte[] ackBody(SipResponse answer, Dialog dialog) {
    return null;
  }

  /** The transport could not send (sections 17.1.4, 17.2.4). */
  default void onSendFailed(Transaction transaction, String reason) {}
}
