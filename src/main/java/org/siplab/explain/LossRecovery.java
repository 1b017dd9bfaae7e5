package org.siplab.explain;

import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Send;

/**
 * What brings back a message UDP lost: a request's client transaction retransmits it, an INVITE's
 * final response is retransmitted by Timer G or the UA core, and an ACK for a 2xx is never
 * retransmitted itself but answered to each retransmitted 2xx.
 */
final class LossRecovery {

  private LossRecovery() {}

  /** A sentence, ending in its RFC citation, on how the protocol recovers from the loss. */
  static String of(Send send, SipMessage message) {
    if (message instanceof SipRequest r) {
      return request(send, r);
    }
    if (message instanceof SipResponse r) {
      return response(r);
    }
    return "UDP gives the sender no error, so only a retransmission can make up for it"
        + Rfc.cite("18");
  }

  private static String request(Send send, SipRequest r) {
    String method = r.method().name();
    if (method.equals("ACK") && send.transaction() == null) {
      return "nobody retransmits an ACK for a 2xx: the UAS retransmits its 2xx and gets a new ACK"
          + " for each" + Rfc.cite("13.3.1.4", "13.2.2.4");
    }
    if (method.equals("ACK")) {
      return "Timer G brings the final response again and the client transaction ACKs it again"
          + Rfc.cite("17.2.1", "17.1.1.2");
    }
    if (method.equals("INVITE")) {
      return "Timer A will retransmit the INVITE" + Rfc.cite("17.1.1.2");
    }
    return "Timer E will retransmit the " + method + Rfc.cite("17.1.2.2");
  }

  private static String response(SipResponse r) {
    boolean invite = r.cseq() != null && r.cseq().method().name().equals("INVITE");
    if (r.isProvisional()) {
      return "no timer retransmits a provisional response; a later response, or the answer to a"
          + " retransmitted request, makes up for it" + Rfc.cite("17.2.1", "17.2.2");
    }
    if (invite && r.isSuccess()) {
      return "the UAS core retransmits its 2xx until the ACK arrives" + Rfc.cite("13.3.1.4");
    }
    if (invite) {
      return "Timer G retransmits it until the ACK arrives" + Rfc.cite("17.2.1");
    }
    return "the client's Timer E retransmits the request and the server transaction answers it"
        + " with this response again" + Rfc.cite("17.1.2.2", "17.2.2");
  }
}
