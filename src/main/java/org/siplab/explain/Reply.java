package org.siplab.explain;

import java.util.Objects;
import org.siplab.message.SipMessage;
import org.siplab.message.SipResponse;
import org.siplab.trace.TraceEvent.Deliver;

/**
 * A response being explained, with the request it answers: the start of its sentence names the
 * responder, the request (by its delivery's seq) and the status, and the cause when it is another
 * event than that delivery (a timer, a script step, a message from a B2BUA's other leg).
 *
 * @param answered the delivery of the request answered, or null when the trace does not show it
 * @param request the request answered, or null
 * @param method the method the response's CSeq names
 * @param earlierToTag the To tag of the responder's earlier response to the same request, or null
 */
record Reply(Outgoing out, SipResponse response, Deliver answered, SipMessage request,
    String method, String earlierToTag) {

  static Reply of(Outgoing o, TraceIndex index) {
    SipResponse r = (SipResponse) o.message();
    String method = r.cseq() == null ? "request" : r.cseq().method().name();
    Deliver answered = index.requestAnswered(o.send(), r);
    if (answered == null) {
      // A response whose CSeq is spoiled still answers the request of its top Via's branch.
      answered = index.requestByBranch(o.send(), r);
    }
    String earlier = answered == null ? null
        : index.earlierResponseToTag(o.send(), r, answered.seq());
    return new Reply(o, r, answered, answered == null ? null : index.messageOf(answered), method,
        earlier);
  }

  /**
   * "" when the response's CSeq is its request's; else the mismatch, as the break of 8.2.6.2 it
   * is ("The CSeq header field of the response MUST equal the CSeq field of the request").
   */
  String cseqMismatch() {
    if (request == null || request.cseq() == null || Objects.equals(request.cseq(),
        response.cseq())) {
      return "";
    }
    return "; its " + Messages.cseq(response) + " is not the CSeq of the request it answers"
        + " (number " + request.cseq().number() + ", method " + request.cseq().method().name()
        + "), although section 8.2.6.2 says a response's CSeq MUST equal its request's"
        + Rfc.cite("8.2.6.2");
  }

  /** {@code bob answers the INVITE delivered at seq 6 with 180 Ringing}, and the cause if other. */
  String head(String verb) {
    return out.from() + " " + verb + " " + requestName() + " with " + status()
        + out.onUnless(answered == null ? -1 : answered.seq());
  }

  /** {@code the INVITE delivered at seq 6}. */
  String requestName() {
    return Answers.request(answered, method);
  }

  String status() {
    return response.status() + " " + response.reason();
  }

  int code() {
    return response.status();
  }

  String kind() {
    return out.senderKind();
  }

  /** The To tag the response carries, or null. */
  String toTag() {
    return Identity.tag(response.to());
  }

  Explanation say(String why, String citation, Note note) {
    return new Explanation(head(verb()) + ": " + why + citation + cseqMismatch() + ".", note);
  }

  private String verb() {
    int status = response.status();
    if (status >= 300 && status < 400) {
      return "redirects";
    }
    return status == 401 || status == 407 ? "challenges" : "answers";
  }
}
