package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Finding;
import org.siplab.trace.RunSettings;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * TIMER-002 and the two states of a non-INVITE client transaction (RFC 3261 17.1.2.2): in Trying
 * Timer E doubles from T1; it is reset to T2 only once it fires in Proceeding, after a provisional
 * response.
 */
@DisplayName("TIMER-002 in Trying and in Proceeding")
class TimerEStatesTest {

  private static final String TX = "z9hG4bKo1/OPTIONS";

  /** A trace with T1 = 500 ms and T2 = 4 s between alice and bob. */
  private static Trace trace() {
    Trace trace = new Trace("timer-e", 1);
    SyntheticFlows.forking().elements().forEach(trace::addElement);
    trace.settings(new RunSettings(1, 500_000, 4_000_000, 5_000_000,
        new RunSettings.Link(null, null, 0, 0, 0, 0, 0, 0, List.of()), List.of(), List.of()));
    return trace;
  }

  private static void send(Trace trace, long timeUs, String from, String to, String message,
      String timer) {
    trace.append(seq -> new TraceEvent.Send(seq, timeUs, 0, from, to, null, null, seq, message,
        null, null, TX, null, timer));
  }

  private static String options() {
    return Msg.request("OPTIONS", "bob", List.of(Msg.via("alice", "o1")), 70, "alice", "a",
        "bob", null, "o-1@example.com", 1);
  }

  private static List<Long> timer002(Trace trace) {
    return Checker.check(trace, List.of(Catalog.rule("TIMER-002"))).stream()
        .map(Finding::event).toList();
  }

  @Test
  @DisplayName("retransmissions every T2 from the start, with no provisional response, break it")
  void everyT2InTrying() {
    Trace trace = trace();
    send(trace, 0, "alice", "bob1", options(), null);
    send(trace, 4_000_000, "alice", "bob1", options(), "E");
    send(trace, 8_000_000, "alice", "bob1", options(), "E");
    assertEquals(List.of(2L, 3L), timer002(trace));
  }

  @Test
  @DisplayName("after a 100 Trying the retransmissions come every T2, which keeps it")
  void everyT2InProceeding() {
    Trace trace = trace();
    send(trace, 0, "alice", "bob1", options(), null);
    send(trace, 100_000, "bob1", "alice", Msg.response("100 Trying",
        List.of(Msg.via("alice", "o1")), "alice", "a", "bob", null, "o-1@example.com",
        "1 OPTIONS"), null);
    send(trace, 500_000, "alice", "bob1", options(), "E");
    send(trace, 4_500_000, "alice", "bob1", options(), "E");
    send(trace, 8_500_000, "alice", "bob1", options(), "E");
    assertEquals(List.of(), timer002(trace));
  }
}
