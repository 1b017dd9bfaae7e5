package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongPredicate;
import org.siplab.codec.SipParser;
import org.siplab.message.CSeq;
import org.siplab.message.SipMessage;
import org.siplab.message.SipRequest;
import org.siplab.message.SipResponse;
import org.siplab.message.Via;

/**
 * What each step of a clean flow is, worked out from the flow's plain structure, independently of
 * the checker's own {@link TraceView}: the tests choose where to break a rule with it. In a clean
 * flow the simple facts hold: a proxy's copy of a request has two Via values or more, its own
 * CANCEL and ACK have one; a proxy's copy of a response follows one it received with the same
 * status, Call-ID and CSeq.
 */
final class Roles {

  private final Flow flow;
  private final List<SipMessage> messages = new ArrayList<>();

  Roles(Flow flow) {
    this.flow = flow;
    for (Flow.Step s : flow.steps()) {
      messages.add(SipParser.parse(s.message()).message());
    }
  }

  Flow flow() {
    return flow;
  }

  SipMessage message(long seq) {
    return messages.get((int) seq - 1);
  }

  Flow.Step step(long seq) {
    return flow.step(seq);
  }

  /** The steps (seqs) that satisfy {@code test}. */
  List<Long> where(LongPredicate test) {
    List<Long> out = new ArrayList<>();
    for (long seq = 1; seq <= messages.size(); seq++) {
      if (message(seq) != null && test.test(seq)) {
        out.add(seq);
      }
    }
    return out;
  }

  boolean isRequest(long seq) {
    return message(seq) instanceof SipRequest;
  }

  boolean isResponse(long seq) {
    return message(seq) instanceof SipResponse;
  }

  String method(long seq) {
    return message(seq) instanceof SipRequest r ? r.method().name()
        : message(seq).cseq().method().name();
  }

  boolean is(long seq, String method) {
    return method.equals(method(seq));
  }

  int status(long seq) {
    return message(seq) instanceof SipResponse r ? r.status() : 0;
  }

  CSeq cseq(long seq) {
    return message(seq).cseq();
  }

  String callId(long seq) {
    return message(seq).callId();
  }

  String fromTag(long seq) {
    return message(seq).from().tag();
  }

  String toTag(long seq) {
    return message(seq).to().tag();
  }

  String branch(long seq) {
    return message(seq).topVia().branch();
  }

  List<Via> vias(long seq) {
    return message(seq).vias();
  }

  boolean isProxy(String element) {
    return "proxy".equals(flow.kind(element));
  }

  /** Sent for the first time: not marked as a retransmission, not the same bytes again. */
  boolean first(long seq) {
    Flow.Step s = step(seq);
    if (s.retransmittedBy() != null) {
      return false;
    }
    for (long i = 1; i < seq; i++) {
      Flow.Step e = step(i);
      if (e.from().equals(s.from()) && e.to().equals(s.to()) && e.message().equals(s.message())) {
        return false;
      }
    }
    return true;
  }

  boolean forwardedRequest(long seq) {
    return isRequest(seq) && isProxy(step(seq).from()) && vias(seq).size() >= 2
        && !is(seq, "CANCEL");
  }

  boolean forwardedResponse(long seq) {
    return isResponse(seq) && isProxy(step(seq).from()) && status(seq) != 100
        && !is(seq, "CANCEL") && received(seq, false) > 0;
  }

  boolean origin(long seq) {
    return !forwardedRequest(seq) && !forwardedResponse(seq);
  }

  /**
   * The last message of the same kind, status, Call-ID and CSeq that reached the sender of
   * {@code seq} before it: what a proxy copied. 0 when none.
   */
  long received(long seq, boolean request) {
    Flow.Step s = step(seq);
    for (long i = seq - 1; i >= 1; i--) {
      if (step(i).to().equals(s.from()) && message(i) != null
          && isRequest(i) == request && status(i) == status(seq)
          && Objects.equals(callId(i), callId(seq)) && Objects.equals(cseq(i), cseq(seq))) {
        return i;
      }
    }
    return 0;
  }

  /** An ACK or CANCEL with the branch of an earlier request on the same hop. */
  boolean sharesBranch(long seq) {
    if (!is(seq, "ACK") && !is(seq, "CANCEL")) {
      return false;
    }
    Flow.Step s = step(seq);
    for (long i = 1; i < seq; i++) {
      if (isRequest(i) && !is(i, "ACK") && !is(i, "CANCEL") && step(i).from().equals(s.from())
          && step(i).to().equals(s.to()) && branch(i).equals(branch(seq))) {
        return true;
      }
    }
    return false;
  }

  /** The earlier steps of {@code seq}'s sender, first transmissions only. */
  List<Long> earlierFrom(long seq) {
    List<Long> out = new ArrayList<>();
    for (long i = 1; i < seq; i++) {
      if (step(i).from().equals(step(seq).from()) && message(i) != null && first(i)) {
        out.add(i);
      }
    }
    return out;
  }
}
