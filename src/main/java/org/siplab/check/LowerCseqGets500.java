package org.siplab.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * CSEQ-007: a user agent that receives a request in a dialog with a CSeq number lower than the
 * last one it took from the other side (its remote sequence number) answers 500. The remote number
 * starts as the number of the request that created the dialog (section 12.1.1) and follows every
 * higher number received. Requests are taken in the order they arrived; a retransmission of a
 * request already received is absorbed by the server transaction and never reaches the rule.
 * A 481 is right instead when the receiver had sent or received a BYE in the dialog before the
 * request came, or had received a 481 or 408 to a request of its own in it (section 12.2.1.2),
 * or had answered 481 in it itself: the dialog may be gone, and a request matching no dialog gets
 * 481 (section 12.2.2). A request the receiver refused under section 8.2
 * ({@link #BEFORE_THE_DIALOG}) never reached the CSeq check, which section 12.2.2 makes come after
 * those rules: it sets no remote number, and its refusal is the right answer whatever its CSeq.
 */
final class LowerCseqGets500 implements Rule {

  private static final RuleInfo INFO = new RuleInfo("CSEQ-007",
      "A request with a lower CSeq in a dialog is answered with 500", Severity.ERROR,
      "RFC 3261 section 12.2.2",
      "If the remote sequence number was not empty, but the sequence number of the request is"
          + " lower than the remote sequence number, the request is out of order and MUST be"
          + " rejected with a 500 (Server Internal Error) response.");

  /**
   * The refusals of section 8.2, which section 12.2.2 applies to a request in a dialog before its
   * CSeq ("the UAS first applies the same processing rules for requests outside of a dialog,
   * discussed in Section 8.2"): authentication (401, 407; 8.2 and 22), the method (405; 8.2.1),
   * the To and Request-URI (403, 404, 416; 8.2.2.1), a merged request (482; 8.2.2.2), Require
   * (420; 8.2.2.3) and the body (415; 8.2.3).
   */
  private static final Set<Integer> BEFORE_THE_DIALOG = Set.of(401, 403, 404, 405, 407, 415,
      416, 420, 482);

  /** The other side of a call, as a user agent sees it: Call-ID and the other side's tag. */
  private record Remote(String element, String callId, String remoteTag) {}

  private record DialogRemote(Remote remote, String localTag) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    Map<Remote, Long> outside = new HashMap<>();
    Map<DialogRemote, Long> inDialog = new HashMap<>();
    boolean[] seen = new boolean[trace.sends().size()];
    for (Sent s : arrivals(trace)) {
      Sent first = s.original();
      if (seen[first.index()]) {
        continue;
      }
      seen[first.index()] = true;
      long number = s.cseq().number();
      Remote remote = new Remote(s.to(), s.callId(), s.fromTag());
      if (s.toTag() == null) {
        outside.put(remote, number);
        continue;
      }
      DialogRemote dialog = new DialogRemote(remote, s.toTag());
      Long last = inDialog.containsKey(dialog) ? inDialog.get(dialog) : outside.get(remote);
      if (refusedBeforeTheDialog(trace, s)) {
        continue;
      }
      if (last != null && number < last) {
        judgeAnswer(trace, report, s, last);
      } else {
        inDialog.put(dialog, number);
      }
    }
  }

  /** Whether the receiver's final answer to {@code request} is a refusal of section 8.2. */
  private static boolean refusedBeforeTheDialog(TraceView trace, Sent request) {
    for (Sent answer : trace.hops().responsesTo(request)) {
      if (answer.from().equals(request.to()) && answer.status() >= 200) {
        return BEFORE_THE_DIALOG.contains(answer.status());
      }
    }
    return false;
  }

  private static void judgeAnswer(TraceView trace, Report report, Sent request, long last) {
    for (Sent answer : trace.hops().responsesTo(request)) {
      if (answer.from().equals(request.to()) && answer.status() >= 200) {
        if (answer.status() != 500
            && !(answer.status() == 481 && endedBefore(trace, request))) {
          report.at(answer, answer.from() + " answered " + request.label() + " with CSeq "
              + request.cseq().number() + ", lower than " + last
              + " already received in the dialog with Call-ID " + Words.quoted(request.callId())
              + ", with " + answer.label() + " instead of 500 Server Internal Error.");
        }
        return;
      }
    }
  }

  /**
   * Whether the receiver's dialog may have ended before the request arrived: it had sent or
   * received a BYE in it (sections 15.1.1 and 15.1.2), or it had received a 481 or 408 to a
   * request of its own in it, on which "the UAC SHOULD terminate the dialog" (section 12.2.1.2),
   * or it had answered 481 in it itself.
   * Then section 12.2.2's 481 for a request that matches no existing dialog is the right answer,
   * not the 500.
   */
  private static boolean endedBefore(TraceView trace, Sent request) {
    String element = request.to();
    for (Sent b : trace.sends()) {
      if (!request.callId().equals(b.callId()) || !sameTags(b, request)) {
        continue;
      }
      if (b.isRequest() && b.isMethod("BYE")
          && (b.from().equals(element) && b.seq() < request.arrival()
              || b.to().equals(element) && b.arrivedBefore(request.arrival()))) {
        return true;
      }
      if (!b.isRequest() && (b.status() == 481 || b.status() == 408)
          && b.to().equals(element) && b.arrivedBefore(request.arrival())) {
        return true;
      }
      if (!b.isRequest() && b.status() == 481 && b.from().equals(element)
          && b.seq() < request.arrival()) {
        // It had answered 481 in this Call-ID and tags itself: it holds no such dialog (a
        // proxy that changed the Call-ID on the way, say), and a request that matches none
        // gets 481, whatever its CSeq (12.2.2).
        return true;
      }
    }
    return false;
  }

  /** Whether two requests carry the same pair of tags, in either direction. */
  private static boolean sameTags(Sent a, Sent b) {
    return Objects.equals(a.fromTag(), b.fromTag())
        && Objects.equals(a.toTag(), b.toTag())
        || Objects.equals(a.fromTag(), b.toTag())
        && Objects.equals(a.toTag(), b.fromTag());
  }

  /** The requests that reached user agents, in the order they arrived. */
  private static List<Sent> arrivals(TraceView trace) {
    List<Sent> out = new ArrayList<>();
    for (Sent s : trace.sends()) {
      if (s.isRequest() && s.arrival() >= 0 && trace.isUserAgent(s.to())
          && !s.isMethod("ACK") && !s.isMethod("CANCEL") && s.cseq() != null
          && s.callId() != null) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingLong(Sent::arrival));
    return out;
  }
}
