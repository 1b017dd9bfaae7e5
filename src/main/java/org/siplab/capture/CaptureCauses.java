package org.siplab.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.siplab.message.CSeq;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;
import org.siplab.trace.TraceEvent;

/**
 * What made an endpoint send a captured message, as far as the SIP rules tell: a capture records
 * no causes, but a response answers the request its transaction began with (section 17.2.3), an
 * ACK acknowledges a final response (sections 17.1.1.3 and 13.2.2.4), and a proxy forwards what it
 * received (section 16.6, its Via on top of the sender's; section 16.7 for responses). The cause is
 * the delivery of that message to the sender, the latest one before; anything else (a new call, a
 * BYE, a CANCEL) has none, and the explanations say the capture shows no cause.
 */
final class CaptureCauses {

  /** A message delivered to an endpoint, and the seq of its deliver event. */
  private record Arrival(long seq, String to, SipMessage message, String transaction) {}

  private final List<Arrival> arrivals = new ArrayList<>();

  void delivered(long seq, String to, SipMessage message, String transaction) {
    if (message != null) {
      arrivals.add(new Arrival(seq, to, message, transaction));
    }
  }

  /** The seq of the delivery that made {@code sender} send {@code m}, or no cause. */
  long of(String sender, SipMessage m, String transaction, boolean proxy) {
    for (int i = arrivals.size() - 1; i >= 0; i--) {
      Arrival a = arrivals.get(i);
      if (a.to().equals(sender) && causes(a, m, transaction, proxy)) {
        return a.seq();
      }
    }
    return TraceEvent.NO_CAUSE;
  }

  private static boolean causes(Arrival a, SipMessage m, String transaction, boolean proxy) {
    if (m instanceof SipResponse r) {
      if (a.message() instanceof SipRequest) {
        return transaction != null && transaction.equals(a.transaction());
      }
      // A proxy passes a response on: the same status for the same request, one Via fewer.
      return proxy && a.message() instanceof SipResponse in && in.status() == r.status()
          && sameRequest(in, r) && in.vias().size() == r.vias().size() + 1;
    }
    SipRequest request = (SipRequest) m;
    if (request.method().equals(Method.ACK)) {
      return a.message() instanceof SipResponse final_ && final_.status() >= 200
          && sameRequest(final_, request) && final_.cseq().method().equals(Method.INVITE);
    }
    if (proxy && request.vias().size() > 1 && a.message() instanceof SipRequest in) {
      Via below = request.vias().get(1);
      return in.topVia() != null && Objects.equals(in.topVia().branch(), below.branch())
          && in.method().equals(request.method());
    }
    return false;
  }

  /** Same Call-ID and CSeq number (an ACK's CSeq method differs from its INVITE's). */
  private static boolean sameRequest(SipMessage a, SipMessage b) {
    CSeq x = a.cseq();
    CSeq y = b.cseq();
    return x != null && y != null && x.number() == y.number()
        && Objects.equals(a.callId(), b.callId());
  }
}
