package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Finding;

/**
 * The ACK for a non-2xx that a stateless proxy forwards (sections 16.11 and 17.1.1.3) has the
 * branch of the INVITE the proxy forwarded, like the ACK a stateful proxy makes itself; it is told
 * from that one by its Vias: a client transaction's ACK has a single Via, a forwarded one has the
 * received ACK's Via below the proxy's.
 */
@DisplayName("an ACK for a non-2xx that a stateless proxy forwards")
class StatelessAckForwardingTest {

  @Test
  @DisplayName("is a copy of the ACK the proxy received, not an ACK of its own")
  void theForwardedAckIsLinkedToTheReceivedOne() {
    Flow flow = SyntheticFlows.statelessRefusal(69);
    TraceView view = TraceView.of(flow.trace());
    Sent received = view.sends().get(4);
    Sent forwarded = view.sends().get(5);
    assertSame(view.sends().get(1), view.hops().inviteOfNonSuccessAck(forwarded),
        "the set-up: the forwarded ACK has the forwarded INVITE's branch");
    assertSame(received, view.forwarding().upstreamOf(forwarded));
    assertFalse(view.isOrigin(forwarded));
  }

  @Test
  @DisplayName("forwarded with Max-Forwards not decremented is MAXFWD-001")
  void anUndecrementedForwardedAckIsFound() {
    Flow flow = SyntheticFlows.statelessRefusal(70);
    List<Finding> found = Checker.check(flow.trace(), List.of(Catalog.rule("MAXFWD-001")));
    assertEquals(List.of(6L), found.stream().map(Finding::event).toList());
    assertTrue(found.get(0).message().contains("received 70"), found.get(0).message());
  }

  @Test
  @DisplayName("forwarded as it should be gives no finding of any rule")
  void theCleanStatelessFlowHasNoFinding() {
    assertEquals(List.of(), Checker.check(SyntheticFlows.statelessRefusal(69).trace()));
  }
}
