package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.sim.Endpoint;
import org.siplab.trace.TraceEvent;

/** Timer C (sections 16.6 step 11 and 16.8) and CANCEL (section 16.10). */
@DisplayName("Timer C and CANCEL (RFC 3261 sections 16.8 and 16.10)")
class TimerCAndCancelTest {

  private static final long TIMER_C_US = 5_000_000;

  private static long firstSend(Lab lab, String from, String to, String start) {
    return lab.sendEvents().stream()
        .filter(s -> s.from().equals(from) && s.to().equals(to)
            && s.firstLine().startsWith(start))
        .mapToLong(TraceEvent.Send::timeUs).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("when Timer C fires on a branch that only rings, the proxy cancels it and the 487"
      + " goes back")
  void timerCCancelsARingingBranch() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withTimerCUs(TIMER_C_US));
    net.bob("bob", 201, 1.0).answers = List.of(180);
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(7_000_000);
    assertEquals(30_000 + TIMER_C_US, firstSend(net.lab, "proxy", "bob", "CANCEL"),
        "Timer C restarted by the 180, which arrived at 30 ms");
    assertEquals(List.of(
        "alice>proxy INVITE", "proxy>bob INVITE", "proxy>alice 100", "bob>proxy 180",
        "proxy>alice 180", "proxy>bob CANCEL", "bob>proxy 200", "bob>proxy 487",
        "proxy>bob ACK", "proxy>alice 487", "alice>proxy ACK"), net.lab.sends());
    assertTrue(net.lab.notes("proxy").contains("cancels a branch: Timer C fired for"
        + " sip:bob@192.0.2.201 (RFC 3261 section 16.8)"), net.lab.notes("proxy").toString());
  }

  @Test
  @DisplayName("every provisional response other than 100 starts Timer C again")
  void provisionalResponsesRestartTimerC() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withTimerCUs(TIMER_C_US));
    TestPhone bob = net.bob("bob", 201, 1.0);
    bob.answers = List.of(180, 183);
    bob.answerGapUs = 3_000_000;
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(10_000_000);
    assertEquals(3_030_000 + TIMER_C_US, firstSend(net.lab, "proxy", "bob", "CANCEL"));
  }

  @Test
  @DisplayName("when Timer C fires on a branch with no provisional response, the branch counts as"
      + " a 408")
  void timerCWithoutProvisionalIs408() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withTimerCUs(TIMER_C_US));
    net.bob("bob", 201, 1.0);
    net.lab.dropEvery("proxy", "bob");
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(40_000_000);
    assertEquals(10_000 + TIMER_C_US, firstSend(net.lab, "proxy", "alice", "SIP/2.0 408"));
    assertEquals(1, net.lab.sends().stream().filter(s -> s.equals("proxy>alice 408")).count(),
        "Timer B, later, changes nothing");
    assertEquals(List.of(), net.lab.ruleIds());
  }

  @Test
  @DisplayName("when Timer C gives up on a branch with no provisional response, its INVITE is not"
      + " sent again and a late 200 is discarded, not forwarded after the 408")
  void timerCEndsTheClientTransactionOfABranchWithoutProvisional() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withTimerCUs(TIMER_C_US));
    TestPhone bob = net.bob("bob", 201, 1.0);
    bob.answers = List.of(180, 200);
    bob.answerGapUs = 8_000_000;
    // Bob's 180 and its copies sent for the INVITE's retransmissions at 0.51, 1.51 and 3.51 s are
    // lost, so the branch has no provisional response when Timer C fires at 5.01 s.
    for (int nth = 1; nth <= 4; nth++) {
      net.lab.dropNth(nth, "bob", "proxy", "SIP/2.0 180");
    }
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(40_000_000);
    long timerC = 10_000 + TIMER_C_US;
    assertEquals(timerC, firstSend(net.lab, "proxy", "alice", "SIP/2.0 408"));
    assertEquals(List.of(), net.lab.sendEvents().stream()
        .filter(s -> s.from().equals("proxy") && s.to().equals("bob") && s.timeUs() > timerC)
        .map(TraceEvent.Send::firstLine).toList(),
        "the abandoned client transaction retransmits nothing after Timer C");
    assertTrue(net.lab.sends().stream().noneMatch(s -> s.equals("proxy>alice 200")),
        net.lab.sends().toString());
    assertTrue(net.lab.notes("proxy").contains("discards a response: 200 OK matches none of this"
        + " proxy's client transactions (RFC 6026 section 8.9)"),
        net.lab.notes("proxy").toString());
  }

  @Test
  @DisplayName("when Timer C fires again after the proxy's CANCEL got no 487, the branch counts as"
      + " a 408 and its INVITE client transaction ends")
  void secondTimerCEndsTheCancelledClientTransaction() {
    OneProxy net = new OneProxy(ProxyConfig.defaults().withTimerCUs(TIMER_C_US));
    net.bob("bob", 201, 1.0).answers = List.of(180);
    net.lab.dropEvery("bob", "proxy", "SIP/2.0 487");
    net.call(0, "sip:bob@example.com");
    net.lab.runUntil(60_000_000);
    assertEquals(30_000 + TIMER_C_US, firstSend(net.lab, "proxy", "bob", "CANCEL"));
    assertEquals(30_000 + 2 * TIMER_C_US, firstSend(net.lab, "proxy", "alice", "SIP/2.0 408"));
    List<TraceEvent.Transaction> ended = net.lab.transactionEvents().stream()
        .filter(t -> t.element().equals("proxy") && t.kind().equals("INVITE client")
            && t.toState().equals("Terminated"))
        .toList();
    assertEquals(1, ended.size(), net.lab.transactionEvents().toString());
    assertEquals(30_000 + 2 * TIMER_C_US, ended.get(0).timeUs());
    assertTrue(ended.get(0).reason().startsWith("TU gave up"), ended.get(0).reason());
  }

  @Test
  @DisplayName("a CANCEL that comes before the branch's first provisional response waits for it"
      + " (section 9.1)")
  void cancelWaitsForAProvisional() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0).answers = List.of();
    net.call(0, "sip:bob@example.com");
    net.lab.at(50_000, "alice", "cancel", net.alice::cancel);
    net.lab.runUntil(2_000_000);
    assertEquals(230_000, firstSend(net.lab, "proxy", "bob", "CANCEL"),
        "sent when Bob's 100, sent by his transaction after 200 ms, arrives");
    assertEquals(List.of(
        "alice>proxy INVITE", "proxy>bob INVITE", "proxy>alice 100", "alice>proxy CANCEL",
        "proxy>alice 200", "bob>proxy 100", "proxy>bob CANCEL", "bob>proxy 200",
        "bob>proxy 487", "proxy>bob ACK", "proxy>alice 487", "alice>proxy ACK"),
        net.lab.sends());
    assertEquals(List.of(), net.lab.findings());
  }

  @Test
  @DisplayName("a CANCEL that matches no response context is forwarded statelessly, and the 481"
      + " goes back by its Via (section 16.10)")
  void unknownCancelIsForwardedStatelessly() {
    OneProxy net = new OneProxy();
    net.bob("bob", 201, 1.0);
    net.lab.at(0, "alice", "send a CANCEL for nothing", () -> net.alice.sendRaw(
        "CANCEL sip:bob@example.com SIP/2.0\nMax-Forwards: 70\nTo: <sip:bob@example.com>\n"
            + "From: <sip:alice@example.com>;tag=a1\nCall-ID: none@192.0.2.101\n"
            + "CSeq: 1 CANCEL\nContent-Length: 0\n\n", new Endpoint("192.0.2.10", 5060)));
    net.lab.runUntil(1_000_000);
    assertEquals(List.of("alice>proxy CANCEL", "proxy>bob CANCEL", "bob>proxy 481",
        "proxy>alice 481"), net.lab.sends());
    assertEquals(0, net.proxy.openContexts(), "no response context for the CANCEL");
    assertTrue(net.lab.transactionEvents().stream().noneMatch(t -> t.element().equals("proxy")
        && t.kind().endsWith("client")), "no client transaction carries the copy");
    assertTrue(net.lab.notes("proxy").contains("forwards statelessly: 481 Call/Transaction Does"
        + " Not Exist answers a CANCEL this proxy forwarded statelessly (RFC 3261 section 16.11)"),
        net.lab.notes("proxy").toString());
  }
}
