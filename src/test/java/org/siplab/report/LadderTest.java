package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("the ladder's view model")
class LadderTest {

  @Test
  @DisplayName("one arrow per send event, in send order, between the sender's and receiver's"
      + " columns")
  void oneArrowPerSend() {
    ReportInput call = SampleRuns.call();
    Ladder ladder = Ladder.of(call.trace(), call.findings());
    List<TraceEvent.Send> sends = SampleRuns.sends(call.trace());
    assertEquals(sends.size(), ladder.arrows().size());
    for (int i = 0; i < sends.size(); i++) {
      Arrow a = ladder.arrows().get(i);
      assertEquals(sends.get(i), a.send());
      assertEquals(i, a.row());
      assertEquals(sends.get(i).from(), ladder.columns().get(a.from()).name());
      assertEquals(sends.get(i).to(), ladder.columns().get(a.to()).name());
    }
    assertEquals(List.of(new Column("alice", "phone", "192.0.2.1:5060"),
        new Column("bob", "phone", "192.0.2.2:5060")), ladder.columns());
  }

  @Test
  @DisplayName("the lost ACK is dropped by its fault, the 2xx sent again is a retransmission, the"
      + " rest arrive")
  void fates() {
    ReportInput call = SampleRuns.call();
    Ladder ladder = Ladder.of(call.trace(), call.findings());
    Arrow firstAck = arrow(ladder, "ACK", 0);
    assertEquals("fault: ACK (match 1)", firstAck.fate().droppedBy());
    assertEquals(-1, firstAck.fate().deliveredUs());
    Arrow again = ladder.arrows().stream().filter(a -> a.send().isRetransmission()).findFirst()
        .orElseThrow();
    assertEquals("2xx", again.send().retransmittedBy());
    assertEquals("OK", again.label().substring(4));
    Arrow invite = arrow(ladder, "INVITE", 0);
    assertFalse(invite.fate().dropped());
    assertEquals(invite.send().timeUs() + 10_000, invite.fate().deliveredUs());
    assertEquals("INVITE", invite.label());
  }

  @Test
  @DisplayName("a duplicated datagram is one arrow marked as duplicated")
  void duplicates() {
    ReportInput run = SampleRuns.duplicating();
    Ladder ladder = Ladder.of(run.trace(), run.findings());
    assertEquals(SampleRuns.sends(run.trace()).size(), ladder.arrows().size());
    assertTrue(arrow(ladder, "INVITE", 0).fate().duplicated());
  }

  @Test
  @DisplayName("a request and its responses share the transaction's colour; an ACK for a 2xx has"
      + " none")
  void transactionColours() {
    ReportInput call = SampleRuns.call();
    Ladder ladder = Ladder.of(call.trace(), call.findings());
    Arrow invite = arrow(ladder, "INVITE", 0);
    Arrow ringing = arrow(ladder, "SIP/2.0 180", 0);
    Arrow bye = arrow(ladder, "BYE", 0);
    assertEquals(invite.transactionColour(), ringing.transactionColour());
    assertTrue(bye.transactionColour() != invite.transactionColour());
    assertEquals(-1, arrow(ladder, "ACK", 0).transactionColour());
    assertEquals(bye.dialogColour(), arrow(ladder, "ACK", 0).dialogColour());
  }

  @Test
  @DisplayName("timer firings and state changes become marks on their element's column after the"
      + " arrow before them")
  void marks() {
    ReportInput call = SampleRuns.call();
    Ladder ladder = Ladder.of(call.trace(), call.findings());
    for (Mark m : ladder.marks()) {
      TraceEvent e = call.trace().event(m.event());
      assertEquals(EventFields.element(e), ladder.columns().get(m.column()).name());
      long before = m.afterRow() < 0 ? 0 : ladder.arrows().get(m.afterRow()).send().seq();
      long after = m.afterRow() + 1 < ladder.arrows().size()
          ? ladder.arrows().get(m.afterRow() + 1).send().seq() : Long.MAX_VALUE;
      assertTrue(before < e.seq() && e.seq() < after, m.toString());
      if (e instanceof TraceEvent.Timer t) {
        assertEquals("fired", t.action(), "only firings are marked");
      }
    }
    assertTrue(ladder.marks().stream().anyMatch(m -> m.kind().equals("timer")));
    assertTrue(ladder.marks().stream().anyMatch(m -> m.kind().equals("transaction")));
    assertTrue(ladder.marks().stream().anyMatch(m -> m.kind().equals("dialog")));
  }

  @Test
  @DisplayName("a datagram to an address where no element listens gets a column of its own")
  void unknownDestination() {
    Trace trace = new Trace("x", 1);
    trace.addElement(new ElementInfo("alice", "phone", "192.0.2.1:5060"));
    trace.append(seq -> new TraceEvent.Send(seq, 0, 0, "alice", "192.0.2.9:5060",
        "192.0.2.1:5060", "192.0.2.9:5060", 1, "OPTIONS sip:x SIP/2.0\r\n\r\n", null, null, null,
        null, null));
    trace.append(seq -> new TraceEvent.Drop(seq, 0, 1, "alice", "192.0.2.9:5060", 1,
        "nobody listens at 192.0.2.9:5060", null, false, null, null, null, null));
    Ladder ladder = Ladder.of(trace, List.of());
    assertEquals(new Column("192.0.2.9:5060", Ladder.NO_ELEMENT, "192.0.2.9:5060"),
        ladder.columns().get(1));
    assertEquals("nobody listens at 192.0.2.9:5060", ladder.arrows().get(0).fate().droppedBy());
  }

  @Test
  @DisplayName("media start and end make a band between the two phones")
  void mediaBand() {
    Trace trace = new Trace("x", 1);
    trace.addElement(new ElementInfo("alice", "phone", "192.0.2.1:5060"));
    trace.addElement(new ElementInfo("proxy", "proxy", "192.0.2.5:5060"));
    trace.addElement(new ElementInfo("bob", "phone", "192.0.2.2:5060"));
    send(trace, "bob", "alice");
    trace.append(seq -> new TraceEvent.Media(seq, 10, 0, "bob", "alice", "start", "PCMU",
        "192.0.2.2:4000", "192.0.2.1:4000"));
    send(trace, "alice", "bob");
    send(trace, "alice", "bob");
    trace.append(seq -> new TraceEvent.Media(seq, 20, 0, "alice", "bob", "end", "PCMU",
        "192.0.2.1:4000", "192.0.2.2:4000"));
    Ladder ladder = Ladder.of(trace, List.of());
    assertEquals(List.of(new MediaSpan(0, 2, 0, 2, "PCMU")), ladder.media());
  }

  @Test
  @DisplayName("an arrow carries its worst finding; a finding on another event is a mark")
  void findings() {
    ReportInput call = SampleRuns.call();
    long invite = SampleRuns.firstSend(call.trace(), "INVITE");
    long transaction = call.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Transaction).findFirst().orElseThrow().seq();
    List<Finding> findings = List.of(new Finding("CSEQ-001", "warning", invite, "w", "s"),
        new Finding("CSEQ-002", "error", invite, "e", "s"),
        new Finding("TX-001", "info", transaction, "i", "s"));
    Ladder ladder = Ladder.of(call.trace(), findings);
    assertEquals("error", arrow(ladder, "INVITE", 0).worstFinding());
    assertNull(arrow(ladder, "BYE", 0).worstFinding());
    assertTrue(ladder.marks().stream()
        .anyMatch(m -> m.event() == transaction && m.kind().equals("finding-info")));
  }

  private static void send(Trace trace, String from, String to) {
    long datagram = trace.nextSeq();
    trace.append(seq -> new TraceEvent.Send(seq, 0, 0, from, to, "", "", datagram,
        "INFO sip:x SIP/2.0\r\n\r\n", null, null, null, null, null));
  }

  static Arrow arrow(Ladder ladder, String startLine, int nth) {
    return ladder.arrows().stream().filter(a -> a.send().firstLine().startsWith(startLine))
        .skip(nth).findFirst().orElseThrow();
  }
}
