package org.siplab.explain;

import java.util.Objects;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Action;
import org.siplab.trace.TraceEvent.Send;

/**
 * An initial INVITE that carries the Call-ID of an INVITE its sender sent before, sent not on a
 * script step but on what became of that one (a 3xx, a failure, no answer): another try of the
 * same request, not a new call. Section 8.1.3.4: "It is RECOMMENDED that the UAC reuse the same
 * To, From, and Call-ID used in the original redirected request", and on a failure "the client
 * SHOULD try the next contact address"; section 8.1.2, when a server does not answer: "Each try
 * constitutes a new transaction". A Call-ID reused by a new call of the script stays the mistake
 * {@link Identity#newCallId} names.
 */
final class Retries {

  private Retries() {}

  /** The first INVITE of the request {@code r} tries again, or null when it is not a retry. */
  static Send original(Outgoing o, SipRequest r, TraceIndex index) {
    if (r.callId() == null || o.cause() == null || o.cause() instanceof Action) {
      return null;
    }
    Send first = index.firstWithCallId(r.callId());
    if (first == null || first.seq() >= o.send().seq() || !first.from().equals(o.from())) {
      return null;
    }
    return index.message(first) instanceof SipRequest earlier && earlier.method().equals(
        r.method()) && (earlier.to() == null || !earlier.to().hasTag()) ? first : null;
  }

  /** {@code r} as a try of the request first sent at {@code first}. */
  static Explanation explain(Outgoing o, SipRequest r, Send first, TraceIndex index) {
    SipRequest original = (SipRequest) index.message(first);
    boolean failover = !(o.causeMessage() instanceof SipResponse) && r.cseq() != null
        && original.cseq() != null && r.cseq().number() == original.cseq().number();
    String why;
    if (failover) {
      why = "no answer came from the server it tried, so the same request goes to the next"
          + " server: each try is a new INVITE client transaction, with a new branch " + branch(r);
    } else {
      why = reason(o) + " (Request-URI " + uri(r) + "), in a new INVITE client transaction";
    }
    String offer = r.bodyLength() > 0 ? " and an SDP offer" : "";
    return new Explanation(o.from() + " tries the INVITE again, to " + o.to() + o.on() + ": "
        + why + "; " + identity(r, original, first.seq(), !failover) + "; " + Messages.cseq(r)
        + offer + Rfc.cite(failover ? "8.1.2" : "8.1.3.4") + ".", Note.CALL_ID);
  }

  /** Why the request goes to another target of its target set (section 8.1.3.4). */
  private static String reason(Outgoing o) {
    if (o.causeMessage() instanceof SipResponse response && response.status() < 400) {
      return "it retries the request at the target the " + response.status() + " names";
    }
    if (o.causeMessage() instanceof SipResponse response) {
      return "the " + response.status() + " ended the try, so it moves to the next target";
    }
    return "the try got no answer, so it moves to the next target";
  }

  /**
   * The Call-ID and From tag against the first try's; at another target, with what section
   * 8.1.3.4 RECOMMENDS of them.
   */
  private static String identity(SipRequest r, SipRequest original, long firstSeq,
      boolean retarget) {
    String where = "the INVITE sent at seq " + firstSeq;
    String fromTag = Identity.tag(r.from());
    String originalTag = Identity.tag(original.from());
    String advice = retarget ? ", as section 8.1.3.4 RECOMMENDS" : "";
    if (Objects.equals(fromTag, originalTag)) {
      return "the same Call-ID " + r.callId() + " as " + where + ", and its From tag "
          + orNone(fromTag) + advice;
    }
    return "the same Call-ID " + r.callId() + " as " + where + ", but From tag "
        + orNone(fromTag) + " where it had " + orNone(originalTag)
        + (retarget ? ", although section 8.1.3.4 RECOMMENDS keeping the From" : "");
  }

  private static String uri(SipRequest r) {
    return r.requestUri() == null ? "none" : r.requestUri().text();
  }

  private static String branch(SipRequest r) {
    return r.topVia() == null || r.topVia().branch() == null ? "none" : r.topVia().branch();
  }

  private static String orNone(String value) {
    return value == null ? "none" : value;
  }
}
