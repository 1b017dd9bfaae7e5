package org.siplab.check;

import java.util.HashMap;
import java.util.Map;
import org.siplab.trace.TraceEvent;

/**
 * TIMER-005: Timer B (INVITE) and Timer F (non-INVITE), both 64*T1, end a client transaction that
 * got no final response. Two things show one that goes on: a retransmission of its request at or
 * after 64*T1 from the first transmission (the transaction has ended, so no timer of it can fire),
 * and, in a trace that records timers, anything the transaction does after its B or F fired (a send
 * in it, or a state other than Terminated).
 */
final class TimeoutEndsTransaction implements Rule {

  private static final RuleInfo INFO = new RuleInfo("TIMER-005",
      "A client transaction ends when Timer B or F fires", Severity.ERROR,
      "RFC 3261 sections 17.1.1.2 and 17.1.2.2",
      "For any transport, the client transaction MUST start timer B with a value of 64*T1"
          + " seconds (Timer B controls transaction timeouts). ... If timer F fires while in the"
          + " \"Proceeding\" state, the TU MUST be informed of a timeout, and the client"
          + " transaction MUST transition to the terminated state.");

  private record Owner(String element, String transaction) {}

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(TraceView trace, Report report) {
    long timeout = 64 * trace.t1Us();
    for (Sent s : trace.sends()) {
      if (s.isRetransmission() && s.isRequest() && !s.isMethod("ACK")
          && s.timeUs() >= s.original().timeUs() + timeout) {
        report.at(s, s.from() + " retransmitted " + s.label() + " "
            + Durations.text(s.timeUs() - s.original().timeUs())
            + " after its first transmission (event " + s.original().seq() + "), when Timer "
            + (s.isMethod("INVITE") ? "B" : "F") + " (64*T1 = " + Durations.text(timeout)
            + ") had already ended the transaction.");
      }
    }
    checkRecordedTimers(trace, report);
  }

  /**
   * Timers B and F belong to client transactions, which send requests only; an element that
   * sends a request to itself (a phone calling its own AOR, a proxy forwarding to its own
   * address) also holds a server transaction of the same branch and method (17.2.3 matches it by
   * the top Via's branch), whose responses and states are not the timed-out client's.
   */
  private static void checkRecordedTimers(TraceView trace, Report report) {
    Map<Owner, TraceEvent.Timer> fired = new HashMap<>();
    for (TraceEvent e : trace.trace().events()) {
      if (e instanceof TraceEvent.Timer t && "fired".equals(t.action()) && t.owner() != null
          && ("B".equals(t.timer()) || "F".equals(t.timer()))) {
        fired.putIfAbsent(new Owner(t.element(), t.owner()), t);
      } else if (e instanceof TraceEvent.Send s && s.transaction() != null
          && (s.message() == null || !s.message().startsWith("SIP/2.0 "))) {
        TraceEvent.Timer t = fired.get(new Owner(s.from(), s.transaction()));
        if (t != null) {
          String line = s.message() == null ? "a datagram" : "'" + s.firstLine() + "'";
          report.at(s.seq(), s.from() + " sent " + line + " in transaction "
              + s.transaction() + " after its Timer " + t.timer() + " fired (event " + t.seq()
              + ").");
        }
      } else if (e instanceof TraceEvent.Transaction x
          && !String.valueOf(x.kind()).endsWith("server") && !"Terminated".equals(x.toState())) {
        TraceEvent.Timer t = fired.get(new Owner(x.element(), x.transaction()));
        if (t != null) {
          report.at(x.seq(), "the " + x.kind() + " transaction " + x.transaction() + " at "
              + x.element() + " moved to " + x.toState() + " after its Timer " + t.timer()
              + " fired (event " + t.seq() + ").");
        }
      }
    }
  }
}
