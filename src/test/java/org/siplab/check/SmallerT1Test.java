package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Finding;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * TIMER-001 and TIMER-002 against RFC 3261 17.1.1.2: "Elements MAY (though it is NOT RECOMMENDED)
 * use smaller values of T1 ... Whatever the value of T1, the exponential backoffs on
 * retransmissions described in this section MUST be used." Early retransmissions that still
 * double are a warning; retransmissions that do not back off stay an error.
 */
@DisplayName("TIMER-001 and TIMER-002 with a smaller T1")
class SmallerT1Test {

  /** A trace with T1 = 500 ms and T2 = 4 s between alice and bob. */
  private static Trace trace() {
    Trace trace = new Trace("smaller-t1", 1);
    SyntheticFlows.forking().elements().forEach(trace::addElement);
    trace.settings(new RunSettings(1, 500_000, 4_000_000, 5_000_000,
        new RunSettings.Link(null, null, 0, 0, 0, 0, 0, 0, List.of()), List.of(), List.of()));
    return trace;
  }

  private static void send(Trace trace, long timeUs, String method, String timer) {
    String message = Msg.request(method, "bob", List.of(Msg.via("alice", "s1")), 70, "alice",
        "a", "bob", null, "s-1@example.com", 1);
    trace.append(seq -> new TraceEvent.Send(seq, timeUs, 0, "alice", "bob1", null, null, seq,
        message, null, null, "z9hG4bKs1/" + method, null, timer));
  }

  /** Each finding as "event severity". */
  private static List<String> findings(Trace trace, String rule) {
    return Checker.check(trace, List.of(Catalog.rule(rule))).stream()
        .map(f -> f.event() + " " + f.severity()).toList();
  }

  @Test
  @DisplayName("an INVITE retransmitted after 250 ms, then 500 ms, doubles from a T1 of 250 ms:"
      + " a warning for the NOT RECOMMENDED smaller T1, not an error for the MUST")
  void inviteDoublingFromASmallerT1IsAWarning() {
    Trace trace = trace();
    send(trace, 0, "INVITE", null);
    send(trace, 250_000, "INVITE", "A");
    send(trace, 750_000, "INVITE", "A");
    assertEquals(List.of("2 warning", "3 warning"), findings(trace, "TIMER-001"));
    Finding first = Checker.check(trace, List.of(Catalog.rule("TIMER-001"))).get(0);
    assertTrue(first.message().contains("back off exponentially from a T1 of 250 ms, smaller"
        + " than the trace's, which section 17.1.1.2 allows only in closed, private networks"
        + " and does NOT RECOMMEND"), first.message());
  }

  @Test
  @DisplayName("an INVITE retransmitted every 250 ms does not back off: the second copy breaks"
      + " the MUST, an error")
  void inviteWithoutBackoffIsAnError() {
    Trace trace = trace();
    send(trace, 0, "INVITE", null);
    send(trace, 250_000, "INVITE", "A");
    send(trace, 500_000, "INVITE", "A");
    assertEquals(List.of("2 warning", "3 error"), findings(trace, "TIMER-001"));
  }

  @Test
  @DisplayName("an INVITE retransmitted after 500 ms, then 500 ms, keeps the trace's T1 but does"
      + " not double: an error")
  void inviteOnTheTracesT1WithoutBackoffIsAnError() {
    Trace trace = trace();
    send(trace, 0, "INVITE", null);
    send(trace, 500_000, "INVITE", "A");
    send(trace, 1_000_000, "INVITE", "A");
    assertEquals(List.of("3 error"), findings(trace, "TIMER-001"));
  }

  @Test
  @DisplayName("an OPTIONS retransmitted after 250 ms, 500 ms and 1 s doubles from a smaller T1:"
      + " TIMER-002 warnings")
  void optionsDoublingFromASmallerT1IsAWarning() {
    Trace trace = trace();
    send(trace, 0, "OPTIONS", null);
    send(trace, 250_000, "OPTIONS", "E");
    send(trace, 750_000, "OPTIONS", "E");
    send(trace, 1_750_000, "OPTIONS", "E");
    assertEquals(List.of("2 warning", "3 warning", "4 warning"), findings(trace, "TIMER-002"));
  }
}
