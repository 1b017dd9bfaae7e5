package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/** What the rules see of a trace: retransmissions, hops, proxy copies and arrivals. */
@DisplayName("the checker's view of a trace")
class TraceViewTest {

  private static Sent sent(TraceView view, Flow flow, String label) {
    return view.sends().get((int) flow.seq(label) - 1);
  }

  @Test
  @DisplayName("the same bytes sent again to the same element are a retransmission of the first")
  void sameBytes() {
    Flow flow = SyntheticFlows.proceedingRetransmissions();
    TraceView view = TraceView.of(flow.trace());
    assertSame(sent(view, flow, "S1"), sent(view, flow, "S4").original());
    assertTrue(sent(view, flow, "S4").repeatsOriginal());
    assertFalse(sent(view, flow, "S1").isRetransmission());
  }

  @Test
  @DisplayName("a send marked as retransmitted keeps its first transmission even when it changed")
  void changedRetransmission() {
    Flow clean = Chains.insert(Rfc3665Flows.published("3.1"), 1, "A", 1, true);
    Flow flow = clean.with(2, s -> s.withMessage(Edits.withCseqNumber(s.message(), 7)));
    TraceView view = TraceView.of(flow.trace());
    assertSame(view.sends().get(0), view.sends().get(1).original());
    assertFalse(view.sends().get(1).repeatsOriginal());
  }

  @Test
  @DisplayName("a response pairs with its request on the reverse hop by branch and CSeq method")
  void responseToRequest() {
    Flow flow = Rfc3665Repairs.repaired("3.2");
    TraceView view = TraceView.of(flow.trace());
    assertSame(sent(view, flow, "F4"), view.hops().requestOf(sent(view, flow, "F14")));
    assertSame(sent(view, flow, "F5"), view.hops().requestOf(sent(view, flow, "F13")));
    assertEquals(3, view.hops().responsesTo(sent(view, flow, "F4")).size(), "100, 180, 200");
  }

  @Test
  @DisplayName("a response whose top Via was mangled still pairs with its request by Call-ID and"
      + " CSeq")
  void mangledVia() {
    Flow flow = Rfc3665Repairs.repaired("3.2");
    long at = flow.seq("F14");
    Flow broken = flow.with(at, s -> s.withMessage(SipText.withTopBranch(s.message(), "zzz")));
    TraceView view = TraceView.of(broken.trace());
    assertSame(sent(view, flow, "F4"), view.hops().requestOf(view.sends().get((int) at - 1)));
  }

  @Test
  @DisplayName("a CANCEL and the ACK of a non-2xx pair with their INVITE; an ACK for a 2xx does"
      + " not")
  void cancelAndAck() {
    Flow flow = Rfc3665Repairs.repaired("3.8");
    TraceView view = TraceView.of(flow.trace());
    assertSame(sent(view, flow, "F1"), view.hops().cancelledBy(sent(view, flow, "F9")));
    assertSame(sent(view, flow, "F4"), view.hops().cancelledBy(sent(view, flow, "F13")));
    assertSame(sent(view, flow, "F1"), view.hops().inviteOfNonSuccessAck(sent(view, flow, "F20")));
    Flow call = Rfc3665Flows.published("3.1");
    TraceView direct = TraceView.of(call.trace());
    assertNull(direct.hops().inviteOfNonSuccessAck(sent(direct, call, "F4")));
  }

  @Test
  @DisplayName("a proxy's copies link to what it received; its 100, 407, CANCEL and ACK are its"
      + " own")
  void proxyCopies() {
    Flow flow = Rfc3665Repairs.repaired("3.2");
    TraceView view = TraceView.of(flow.trace());
    Forwarding f = view.forwarding();
    assertSame(sent(view, flow, "F4"), f.upstreamOf(sent(view, flow, "F5")));
    assertSame(sent(view, flow, "F12"), f.downstreamOf(sent(view, flow, "F13")));
    assertSame(sent(view, flow, "F15"), f.upstreamOf(sent(view, flow, "F16")));
    assertTrue(view.isOrigin(sent(view, flow, "F2")), "407");
    assertTrue(view.isOrigin(sent(view, flow, "F6")), "100 Trying");
    Flow cancel = Rfc3665Repairs.repaired("3.8");
    TraceView c = TraceView.of(cancel.trace());
    assertTrue(c.isOrigin(sent(c, cancel, "F11")), "CANCEL");
    assertTrue(c.isOrigin(sent(c, cancel, "F12")), "200 to CANCEL");
    assertTrue(c.isOrigin(sent(c, cancel, "F18")), "ACK of the 487");
    assertFalse(c.isOrigin(sent(c, cancel, "F17")), "the 487 relayed");
  }

  @Test
  @DisplayName("with network events, a dropped datagram never arrives, a delivered one at its"
      + " delivery")
  void arrivals() {
    Flow flow = Rfc3665Flows.published("3.1");
    Trace trace = new Trace("drops", 1);
    flow.elements().forEach(trace::addElement);
    TraceEvent.Send first = flow.trace().events().get(0) instanceof TraceEvent.Send s ? s : null;
    trace.append(seq -> first);
    trace.append(seq -> new TraceEvent.Drop(seq, 1, 1, "alice", "bob", 1, "loss", null, false,
        null, null, null, null));
    trace.append(seq -> new TraceEvent.Send(seq, 500_000, 0, "alice", "bob", null, null, 2,
        first.message(), null, null, null, null, "A"));
    trace.append(seq -> new TraceEvent.Deliver(seq, 510_000, 3, "alice", "bob", 2, false,
        null, null, null, null));
    TraceView view = TraceView.of(trace);
    assertEquals(-1, view.sends().get(0).arrival());
    assertEquals(4, view.sends().get(1).arrival());
    assertTrue(view.sends().get(1).arrivedBefore(5));
    assertFalse(view.sends().get(1).arrivedBefore(4));
  }

  @Test
  @DisplayName("a trace without settings is judged with the RFC's default T1 and T2")
  void defaultTimers() {
    Trace trace = new Trace("bare", 1);
    TraceView view = TraceView.of(trace);
    assertEquals(500_000, view.t1Us());
    assertEquals(4_000_000, view.t2Us());
    assertTrue(view.sends().isEmpty());
  }
}
