package org.siplab.transaction;

import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;

/**
 * The transaction user (TU, section 5): the UA core, proxy core or any element of one's own that
 * sits on a {@link TransactionLayer}. The layer calls it synchronously, one call at a time, when
 * something reaches it; the TU acts through the layer's methods and the transaction handles, from
 * inside these calls or later from its own timers.
 *
 * <p>Nothing here is simulator machinery: a TU sees SIP messages and transactions only.
 */
public interface TransactionUser {

  /**
   * A new request arrived and the layer created its server transaction (section 17.2.3: nothing
   * matched). Answer it with {@link ServerTransaction#respond}. A CANCEL gets its own non-INVITE
   * server transaction (section 9.2); {@link TransactionLayer#findCancelTarget} finds the
   * INVITE server transaction it targets.
   */
  void onRequest(SipRequest request, ServerTransaction transaction);

  /**
   * A response for a client transaction: every 1xx and final response the state machine passes
   * up, including, in the INVITE client's Accepted state, each further 2xx (RFC 6026 section 8.4).
   */
  void onResponse(SipResponse response, ClientTransaction transaction);

  /**
   * An ACK no transaction absorbed: the ACK for a 2xx, a request of its own (section 13.2.2.4)
   * that either matched no server transaction (section 18.2.1: "when the ACK arrives, there will
   * be no matching server transaction") or reached an INVITE server transaction in Accepted,
   * which passes it up (RFC 6026 section 7.1).
   */
  void onStrayAck(SipRequest ack);

  /**
   * A response that matched no client transaction, such as a 2xx copy after Timer M ended the
   * INVITE client transaction. RFC 6026 section 8.9 has "any element other than a stateless proxy"
   * discard it: a UA does; a proxy forwards it only as the stateless proxy it was for the request
   * (a CANCEL it forwarded without a transaction, section 16.10).
   */
  void onStrayResponse(SipResponse response);

  /** A transaction timed out: Timer B or F on a client transaction, Timer H on a server one. */
  void onTimeout(Transaction transaction, TimerName timer);

  /** The transport could not send a message of the transaction (sections 17.1.4 and 17.2.4). */
  void onTransportError(Transaction transaction, String reason);

  /**
   * The transaction entered Terminated and left the layer's tables, for whatever reason. An INVITE
   * client transaction that got a 2xx ends here when Timer M fires, 64*T1 after the first 2xx
   * (RFC 6026 section 8.4), which is when section 13.2.2.4 has the UAC core end the early
   * dialogs no 2xx confirmed.
   */
  default void onTerminated(Transaction transaction) {}
}
