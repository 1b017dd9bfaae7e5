package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.message.SipMessage;
import org.siplab.trace.TraceEvent;

/**
 * What goes through the proxy outside its transactions, and what its transactions absorb: ACK for
 * a 2xx, late 2xx responses, retransmissions (sections 16.6, 16.7, 16.11, 17).
 */
@DisplayName("ACKs, late responses and retransmissions through the proxy")
class StatelessForwardingTest {

  @Test
  @DisplayName("an ACK for a 2xx goes end to end through the proxy, and each ACK for a"
      + " retransmitted 2xx is forwarded with the same branch")
  void ackForA2xxPassesThrough() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.dropNth(1, "proxy", "bob", "ACK");
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(2_000_000);
    List<SipMessage> acks = net.lab.messages("proxy", "bob", "ACK");
    assertEquals(2, acks.size(), net.lab.sends().toString());
    assertEquals(acks.get(0).topVia().branch(), acks.get(1).topVia().branch(),
        "section 16.11: the branch of a stateless copy is a function of the request");
    assertEquals(2, net.lab.sends().stream().filter(s -> s.equals("proxy>alice 200")).count(),
        "Bob's retransmitted 200 is forwarded too");
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("a 2xx that arrives after the proxy's client transaction has ended (Timer M) is"
      + " discarded, not forwarded (RFC 6026 section 8.9)")
  void late2xxIsDiscarded() {
    OneProxy net = new OneProxy();
    TestPhone bob = net.bob("bob", 201, 1.0);
    net.call(0, "sip:bob@example.com");
    net.lab.at(40_000_000, "bob", "send the 200 again", bob::resendLastSuccess);
    net.lab.runUntil(41_000_000);
    List<String> sends = net.lab.sends();
    assertEquals("bob>proxy 200", sends.get(sends.size() - 1), sends.toString());
    assertTrue(net.lab.notes("proxy").contains("discards a response: 200 OK matches none of this"
        + " proxy's client transactions (RFC 6026 section 8.9)"),
        net.lab.notes("proxy").toString());
  }

  @Test
  @DisplayName("retransmissions stay hop by hop: the proxy's transactions resend the INVITE and"
      + " the 100, and forward nothing twice")
  void retransmissionsAreAbsorbed() {
    OneProxy net = new OneProxy();
    TestPhone bob = net.bob("bob", 201, 1.0);
    bob.answers = List.of(180, 200);
    bob.answerGapUs = 2_000_000;
    net.lab.dropNth(1, "proxy", "bob", "INVITE");
    net.lab.dropNth(1, "proxy", "alice", "SIP/2.0 100");
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(4_000_000);
    List<TraceEvent.Send> invites = net.lab.sendEvents().stream()
        .filter(s -> s.from().equals("proxy") && s.firstLine().startsWith("INVITE")).toList();
    assertEquals(2, invites.size());
    assertEquals("A", invites.get(1).retransmittedBy(), "Timer A resends the proxy's INVITE");
    assertEquals(List.of("alice>proxy INVITE", "proxy>bob INVITE", "proxy>alice 100",
        "alice>proxy INVITE", "proxy>bob INVITE", "proxy>alice 100", "bob>proxy 180",
        "proxy>alice 180", "bob>proxy 200", "proxy>alice 200", "alice>proxy ACK",
        "proxy>bob ACK"), net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
  }
}
