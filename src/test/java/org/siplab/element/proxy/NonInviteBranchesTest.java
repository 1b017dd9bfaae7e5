package org.siplab.element.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.sim.Endpoint;
import org.siplab.testkit.Draw;
import org.siplab.transaction.ClientTransaction;

/**
 * RFC 3261 section 9.1: "A CANCEL request SHOULD NOT be sent to cancel a request other than
 * INVITE", so the proxy never cancels the branches of a forked MESSAGE or OPTIONS, whatever
 * section 16.7 step 10 or 16.10 would cancel for an INVITE.
 */
@DisplayName("the branches of a request other than INVITE are never cancelled (RFC 3261 section"
    + " 9.1)")
class NonInviteBranchesTest {

  private static final long SEED = 20261202L;
  private static final Endpoint PROXY = new Endpoint("192.0.2.10", 5060);
  private static final long GAP_US = 1_000_000;

  private static ClientTransaction send(OneProxy net, String method) {
    return net.alice.sendRaw(method + " sip:bob@example.com SIP/2.0\nMax-Forwards: 70\n"
        + "To: <sip:bob@example.com>\nFrom: <sip:alice@example.com>;tag=a1\n"
        + "Call-ID: m1@192.0.2.101\nCSeq: 1 " + method + "\nContent-Length: 0\n\n", PROXY);
  }

  /** Two contacts: the first answers {@code status} after a 100, the second only sends 100. */
  private static OneProxy forkedTo(int status) {
    OneProxy net = new OneProxy();
    TestPhone answers = net.bob("bob-desk", 201, 1.0);
    answers.otherAnswers = List.of(100, status);
    answers.answerGapUs = GAP_US;
    net.bob("bob-mobile", 202, 1.0).otherAnswers = List.of(100);
    return net;
  }

  private static List<String> cancels(Lab lab) {
    return lab.sends().stream().filter(s -> s.endsWith(" CANCEL")).toList();
  }

  @Test
  @DisplayName("a 200 on one branch of a forked MESSAGE is forwarded, and the branch that only"
      + " sent 100 is left to end by itself")
  void successLeavesTheOtherBranch() {
    OneProxy net = forkedTo(200);
    net.lab.at(0, "alice", "send a MESSAGE", () -> send(net, "MESSAGE"));
    net.lab.runUntil(40_000_000);
    assertEquals(List.of(), cancels(net.lab));
    assertTrue(net.lab.sends().contains("proxy>alice 200"), net.lab.sends().toString());
    assertTrue(net.lab.notes("proxy").stream().anyMatch(n -> n.startsWith("leaves pending"
        + " branches: sip:bob@192.0.2.202") && n.endsWith("but a CANCEL is not sent for a"
        + " MESSAGE (RFC 3261 section 9.1)")), net.lab.notes("proxy").toString());
  }

  @Test
  @DisplayName("a 603 on one branch of a forked OPTIONS cancels nothing")
  void declineCancelsNothing() {
    OneProxy net = forkedTo(603);
    net.lab.at(0, "alice", "send an OPTIONS", () -> send(net, "OPTIONS"));
    net.lab.runUntil(40_000_000);
    assertEquals(List.of(), cancels(net.lab));
    assertTrue(net.lab.sends().contains("proxy>alice 603"), net.lab.sends().toString());
  }

  @Test
  @DisplayName("a CANCEL for a MESSAGE the proxy is forking gets its 200 and goes no further")
  void callerCancelGoesNoFurther() {
    OneProxy net = forkedTo(200);
    ClientTransaction[] message = new ClientTransaction[1];
    net.lab.at(0, "alice", "send a MESSAGE", () -> message[0] = send(net, "MESSAGE"));
    net.lab.at(500_000, "alice", "cancel it", () -> net.alice.cancel(message[0]));
    net.lab.runUntil(40_000_000);
    assertEquals(List.of("alice>proxy CANCEL"), cancels(net.lab));
    assertTrue(net.lab.sends().contains("proxy>alice 200"), net.lab.sends().toString());
  }

  /** A contact's answers to the request, one gap apart; empty: it never answers. */
  record Contact(List<Integer> answers) {}

  record Fork(String method, Forking mode, List<Contact> contacts) {}

  private static Gen<Fork> forks() {
    List<List<Integer>> answers = List.of(List.of(200), List.of(100, 200), List.of(100, 486),
        List.of(100, 603), List.of(603), List.of(100), List.of());
    Gen<Fork> gen = in -> {
      Draw d = new Draw(in);
      int n = d.between(1, 4);
      List<Contact> contacts = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        contacts.add(new Contact(d.pick(answers)));
      }
      return new Fork(d.pick("MESSAGE", "OPTIONS"), d.pick(Forking.values()), contacts);
    };
    return gen.describedAs(f -> f.method() + " " + f.mode().key() + " " + f.contacts());
  }

  @Test
  @DisplayName("for any fork of a MESSAGE or OPTIONS and any answers, the proxy sends no CANCEL")
  void noCancelForAnyFork() {
    qt().withFixedSeed(SEED).withExamples(60).forAll(forks()).checkAssert(fork -> {
      OneProxy net = new OneProxy(ProxyConfig.defaults().withForking(fork.mode()));
      for (int i = 0; i < fork.contacts().size(); i++) {
        TestPhone phone = net.bob("c" + (i + 1), 21 + i, 1.0);
        phone.otherAnswers = fork.contacts().get(i).answers();
        phone.answerGapUs = GAP_US;
      }
      net.lab.at(0, "alice", "send", () -> send(net, fork.method()));
      net.lab.runUntil(40_000_000);
      assertEquals(List.of(), cancels(net.lab), fork::toString);
    });
  }
}
