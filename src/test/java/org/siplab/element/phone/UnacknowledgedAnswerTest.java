package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RFC 3261 section 12.1.1: the UAS's dialog is confirmed when it sends the 2xx; section 13.3.1.4:
 * it retransmits the 2xx until the ACK, and after 64*T1 without one ends the session with BYE.
 * The callee has answered and is no longer alerting its user, so its state says so.
 */
@DisplayName("a callee whose 200 OK gets no ACK")
class UnacknowledgedAnswerTest {

  @Test
  @DisplayName("is answered, not ringing, from its 200 until its BYE 64*T1 later")
  void theCalleeIsAnsweredUntilItsByeAfter64T1() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.dropAll("bob", "alice");
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(2_000_000);
    assertEquals("answered", Phones.phone(lab, "bob").state());
    lab.runUntil(40_000_000);
    assertEquals(List.of("idle -> ringing", "ringing -> answered", "answered -> ended"),
        lab.states("bob"));
    assertTrue(lab.sends().contains("bob>alice BYE"), lab.dump());
  }

  @Test
  @DisplayName("is answered until the ACK comes, then in-call")
  void theCalleeIsInCallOnceTheAckComes() {
    PhoneLab lab = Phones.direct(Phones.alice(), Phones.bob()
        .withAnswer(Phones.answering(1_000_000, 200)));
    lab.at(0, "alice", "call bob", () -> Phones.phone(lab, "alice").call("bob"));
    lab.runUntil(3_000_000);
    assertEquals(List.of("idle -> ringing", "ringing -> answered", "answered -> in-call"),
        lab.states("bob"));
  }
}
