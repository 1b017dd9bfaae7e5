package org.siplab.transaction;

import java.util.Objects;
import org.siplab.message.CaseFolding;
import org.siplab.message.NameAddress;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.SipUri;
import org.siplab.message.Uri;

/**
 * Section 17.2.3's matching for requests whose top Via branch lacks the magic cookie: an RFC 2543
 * client's branch is not known to be unique, so a request is compared field by field with the one
 * that created the transaction. Tags are tokens, compared ignoring case (section 7.3.1); the
 * Call-ID byte by byte (section 8.1.1.4).
 */
final class Rfc2543Matching {

  private Rfc2543Matching() {}

  /**
   * Section 17.2.3: a request "matched to a transaction if the Request-URI, To tag, From tag,
   * Call-ID, CSeq (including the method), and top Via header field match those of the request
   * that created the transaction" (for an INVITE, the same list).
   */
  static boolean isRetransmission(SipRequest original, SipRequest request) {
    return request.method().equals(original.method())
        && sameDialogFields(original, request)
        && CaseFolding.equal(tag(original.to()), tag(request.to()));
  }

  /**
   * Section 17.2.3: "The ACK request matches a transaction if the Request-URI, From tag, Call-ID,
   * CSeq number (not the method), and top Via header field match those of the INVITE request
   * which created the transaction, and the To tag of the ACK matches the To tag of the response
   * sent by the server transaction."
   */
  static boolean isAckFor(SipRequest invite, SipResponse sent, SipRequest ack) {
    return sent != null
        && sameDialogFields(invite, ack)
        && CaseFolding.equal(tag(sent.to()), tag(ack.to()));
  }

  /**
   * Section 9.2: the transaction a CANCEL targets is found by "assuming that the request method is
   * anything but CANCEL or ACK and applying the transaction matching procedures of Section 17.2.3".
   */
  static boolean isCancelOf(SipRequest original, SipRequest cancel) {
    return sameDialogFields(original, cancel)
        && CaseFolding.equal(tag(original.to()), tag(cancel.to()));
  }

  /** Request-URI, From tag, Call-ID, CSeq number and top Via. */
  private static boolean sameDialogFields(SipRequest original, SipRequest request) {
    return sameUri(original.requestUri(), request.requestUri())
        && CaseFolding.equal(tag(original.from()), tag(request.from()))
        && Objects.equals(original.callId(), request.callId())
        && original.cseq() != null && request.cseq() != null
        && original.cseq().number() == request.cseq().number()
        && Objects.equals(original.topVia(), request.topVia());
  }

  /** Section 19.1.4's comparison for SIP URIs; others must be written the same. */
  private static boolean sameUri(Uri a, Uri b) {
    if (a instanceof SipUri sipA && b instanceof SipUri sipB) {
      return sipA.equivalentTo(sipB);
    }
    return a.toString().equals(b.toString());
  }

  private static String tag(NameAddress address) {
    return address == null ? null : address.tag();
  }
}
