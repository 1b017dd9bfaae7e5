package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.TraceEvent;

/**
 * PROXY-001: a stateful proxy that forwarded a request and got no final response on any branch
 * before they all timed out answers 408 itself; nothing else in its response context could justify
 * another code. A branch counts as timed out when the trace shows its Timer B or F firing at the
 * proxy, or when 64*T1 (the value of both) has passed since it was sent, or when its Timer C
 * fired before any provisional response came on it: section 16.8, "If the client transaction
 * has not received a provisional response, the proxy MUST behave as if the transaction received
 * a 408 (Request Timeout) response" (a Timer C shorter than 64*T1). A proxy answering
 * earlier, before its branches end, is not judged here; nor is one that answers nothing, as RFC
 * 4320 section 4.2 later asks for a non-INVITE request.
 */
final class ProxyTimeoutAnswers408 implements Rule {

  private static final RuleInfo INFO = new RuleInfo("PROXY-001",
      "A proxy whose branches all time out answers 408", Severity.ERROR,
      "RFC 3261 section 16.7 step 6",
      "A stateful proxy MUST send a final response to a response context's server transaction if"
          + " no final responses have been immediately forwarded by the above rules and all client"
          + " transactions in this response context have been terminated. ... If there are no"
          + " final responses in the context, the proxy MUST send a 408 (Request Timeout) response"
          + " to the server transaction.");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    for (Sent s : trace.sends()) {
      if (!trace.isProxy(s.from()) || s.status() < 200 || s.status() == 408
          || s.isRetransmission() || s.isMethod("CANCEL") || !trace.isOrigin(s)) {
        continue;
      }
      Sent request = trace.hops().requestOf(s);
      List<Sent> branches = request == null ? List.of() : branchesOf(trace, request);
      if (!branches.isEmpty() && branches.stream().allMatch(b -> timedOut(trace, b, s))) {
        Sent first = branches.get(0);
        report.at(s, s.from() + " answered " + request.label() + " with " + s.label()
            + " after its " + (branches.size() == 1 ? "branch" : branches.size() + " branches")
            + " (to " + first.to() + ", event " + first.seq() + ") got no final response; a"
            + " proxy whose branches all time out answers 408 Request Timeout.");
      }
    }
  }

  /** The requests the proxy sent as copies of {@code request}, first transmissions only. */
  private static List<Sent> branchesOf(TraceView trace, Sent request) {
    List<Sent> out = new ArrayList<>();
    for (Sent s : trace.sends()) {
      if (s.isRequest() && !s.isRetransmission() && s.from().equals(request.to())
          && trace.forwarding().upstreamOf(s) == request.original()) {
        out.add(s);
      }
    }
    return out;
  }

  /** No final response arrived on the branch before the answer, and its transaction timed out. */
  private static boolean timedOut(TraceView trace, Sent branch, Sent answer) {
    for (Sent response : trace.hops().responsesTo(branch)) {
      if (response.status() >= 200 && response.arrivedBefore(answer.seq())) {
        return false;
      }
    }
    long timeout = 64 * trace.t1Us();
    return answer.timeUs() >= branch.timeUs() + timeout || timerFired(trace, branch, answer);
  }

  private static boolean timerFired(TraceView trace, Sent branch, Sent answer) {
    String transaction = branch.event().transaction();
    for (TraceEvent e : trace.trace().events()) {
      if (e.seq() >= answer.seq()) {
        break;
      }
      if (e instanceof TraceEvent.Timer t && "fired".equals(t.action())
          && branch.from().equals(t.element()) && transaction != null
          && transaction.equals(t.owner())
          && ("B".equals(t.timer()) || "F".equals(t.timer())
              || "Timer C".equals(t.timer()) && !provisionalBefore(trace, branch, t.seq()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a provisional response on the branch reached the proxy before event {@code seq}. */
  private static boolean provisionalBefore(TraceView trace, Sent branch, long seq) {
    return trace.hops().responsesTo(branch).stream()
        .anyMatch(r -> r.status() < 200 && r.arrivedBefore(seq));
  }
}
