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
 * A simulated run records its timers and transaction states; the rules about timeouts read them
 * where the messages alone cannot tell.
 */
@DisplayName("rules that read recorded timers")
class RecordedTimersTest {

  private static final String INVITE_TX = "z9hG4bKa1/INVITE";

  /** A trace with T1 = 10 s, so that 64*T1 never passes, and the elements of a proxied call. */
  private static Trace trace() {
    Trace trace = new Trace("timers", 1);
    Flow forking = SyntheticFlows.forking();
    forking.elements().forEach(trace::addElement);
    trace.settings(new RunSettings(1, 10_000_000, 40_000_000, 5_000_000,
        new RunSettings.Link(null, null, 0, 0, 0, 0, 0, 0, List.of()), List.of(), List.of()));
    return trace;
  }

  private static void send(Trace trace, long timeUs, String from, String to, String message,
      String transaction) {
    trace.append(seq -> new TraceEvent.Send(seq, timeUs, 0, from, to, null, null, seq, message,
        null, null, transaction, null, null));
  }

  private static String invite() {
    return Msg.request("INVITE", "bob", List.of(Msg.via("alice", "a1")), 70, "alice", "a", "bob",
        null, "t-1@example.com", 1);
  }

  @Test
  @DisplayName("a transaction that leaves Terminated after its Timer B fired breaks TIMER-005")
  void stateAfterTimerB() {
    Trace trace = trace();
    send(trace, 0, "alice", "bob1", invite(), INVITE_TX);
    trace.append(seq -> new TraceEvent.Timer(seq, 1_000, 1, "alice", INVITE_TX, "B", "fired",
        640_000_000, "t-1@example.com", null));
    trace.append(seq -> new TraceEvent.Transaction(seq, 1_000, 2, "alice", INVITE_TX,
        "INVITE client", "Calling", "Proceeding", "received 180 Ringing", "t-1@example.com",
        null));
    send(trace, 2_000, "alice", "bob1", Msg.request("ACK", "bob", List.of(Msg.via("alice", "a1")),
        70, "alice", "a", "bob", "b", "t-1@example.com", 1), INVITE_TX);
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("TIMER-005")));
    assertEquals(List.of(3L, 4L), found.stream().map(Finding::event).toList());
    assertEquals("the INVITE client transaction z9hG4bKa1/INVITE at alice moved to Proceeding"
        + " after its Timer B fired (event 2).", found.get(0).message());
  }

  @Test
  @DisplayName("a phone calling itself answers its own INVITE after Timer B without TIMER-005")
  void serverTransactionOfTheSameBranchAfterTimerB() {
    Trace trace = trace();
    // alice's INVITE reaches alice: her client and server transactions share the branch.
    send(trace, 0, "alice", "alice", invite(), INVITE_TX);
    trace.append(seq -> new TraceEvent.Timer(seq, 1_000, 1, "alice", INVITE_TX, "B", "fired",
        640_000_000, "t-1@example.com", null));
    trace.append(seq -> new TraceEvent.Transaction(seq, 1_000, 2, "alice", INVITE_TX,
        "INVITE server", "Proceeding", "Completed", "sent 486 Busy Here", "t-1@example.com",
        null));
    send(trace, 2_000, "alice", "alice", Msg.response("486 Busy Here",
        List.of(Msg.via("alice", "a1")), "alice", "a", "bob", "b", "t-1@example.com",
        "1 INVITE"), INVITE_TX);
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("TIMER-005")));
    assertEquals(List.of(), found);
  }

  @Test
  @DisplayName("a proxy forwarding each copy of a CANCEL statelessly follows its sender's timer")
  void statelessForwardsKeepTheSendersPace() {
    Trace trace = trace();
    String cancel = Msg.request("CANCEL", "bob", List.of(Msg.via("alice", "c1")), 70, "alice",
        "a", "bob", null, "t-1@example.com", 1);
    String forwarded = Msg.request("CANCEL", "bob", List.of(Msg.via("proxy", "p1"),
        Msg.via("alice", "c1")), 69, "alice", "a", "bob", null, "t-1@example.com", 1);
    // alice's copy comes 4 s after the first, early for this trace's T1 of 10 s (event 4); the
    // proxy forwards each copy at its arrival (events 3 and 6), which is no timer of its own.
    for (long at : List.of(0L, 4_000_000L)) {
      trace.append(seq -> new TraceEvent.Send(seq, at, 0, "alice", "proxy", null, null, seq,
          cancel, null, null, "z9hG4bKc1/CANCEL", null, at == 0 ? null : "E"));
      long sent = trace.nextSeq() - 1;
      trace.append(seq -> new TraceEvent.Deliver(seq, at + 10_000, sent, "alice", "proxy", sent,
          false, "t-1@example.com", "1 CANCEL", "z9hG4bKc1/CANCEL", null));
      long arrived = trace.nextSeq() - 1;
      trace.append(seq -> new TraceEvent.Send(seq, at + 10_000, arrived, "proxy", "bob1", null,
          null, seq, forwarded, null, null, null, null, null));
    }
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("TIMER-002")));
    assertEquals(List.of(4L), found.stream().map(Finding::event).toList());
  }

  @Test
  @DisplayName("a proxy answering after its branch's Timer B fired must answer 408")
  void proxyAfterTimerB() {
    for (String status : List.of("480 Temporarily Unavailable", "408 Request Timeout")) {
      Trace trace = trace();
      String a = Msg.via("alice", "a1");
      send(trace, 0, "alice", "proxy", invite(), INVITE_TX);
      send(trace, 1_000, "proxy", "bob1", Msg.request("INVITE", "bob",
          List.of(Msg.via("proxy", "p1"), a), 69, "alice", "a", "bob", null, "t-1@example.com",
          1), "z9hG4bKp1/INVITE");
      trace.append(seq -> new TraceEvent.Timer(seq, 5_000_000, 0, "proxy", "z9hG4bKp1/INVITE",
          "B", "fired", 640_000_000, "t-1@example.com", null));
      send(trace, 5_000_000, "proxy", "alice", Msg.response(status, List.of(a), "alice", "a",
          "bob", "p", "t-1@example.com", "1 INVITE"), INVITE_TX);
      List<Finding> found = Checker.check(trace, List.of(Catalog.rule("PROXY-001")));
      assertEquals(status.startsWith("408") ? List.of() : List.of(4L),
          found.stream().map(Finding::event).toList(), status);
    }
  }
}
