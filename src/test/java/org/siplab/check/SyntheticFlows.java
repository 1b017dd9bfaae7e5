package org.siplab.check;

import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.ElementInfo;

/**
 * Legal flows the RFC 3665 corpus lacks, written by hand: a B2BUA with two legs, a forked INVITE
 * with CANCEL and RFC 6026 2xx retransmissions, and a non-INVITE request retransmitted past a
 * provisional response.
 */
final class SyntheticFlows {

  private static final long STEP_US = 10_000;

  private SyntheticFlows() {}

  /** A flow under construction: steps 10 ms apart unless given a time. */
  private static final class Builder {
    private final List<Flow.Step> steps = new ArrayList<>();
    private long time;

    Builder send(String from, String to, String message) {
      return send(from, to, message, null, steps.isEmpty() ? 0 : time + STEP_US);
    }

    Builder send(String from, String to, String message, String timer, long atUs) {
      time = atUs;
      steps.add(new Flow.Step("S" + (steps.size() + 1), from, to, atUs, message, timer));
      return this;
    }

    Flow build(String name, ElementInfo... elements) {
      return new Flow(name, List.of(elements), steps);
    }
  }

  private static ElementInfo element(String name, String kind, int host) {
    return new ElementInfo(name, kind, "192.0.2." + host + ":5060");
  }

  /**
   * RFC 3665 flow 3.1 through a B2BUA: Alice calls the pbx (leg 1, the published messages), the
   * pbx calls Bob (leg 2, the same messages with the pbx's own Call-ID, tag and branches).
   */
  static Flow b2bua() {
    Flow leg1 = Rfc3665Flows.published("3.1");
    Flow leg2 = Rfc3665Flows.published("3.1");
    int[][] order = {{1, 1}, {2, 1}, {2, 2}, {1, 2}, {2, 3}, {2, 4}, {1, 3}, {1, 4}, {2, 5},
        {2, 6}, {1, 5}, {1, 6}};
    Builder b = new Builder();
    for (int[] next : order) {
      Flow.Step step = (next[0] == 1 ? leg1 : leg2).step(next[1]);
      if (next[0] == 1) {
        b.send(step.from().replace("bob", "pbx"), step.to().replace("bob", "pbx"),
            step.message());
      } else {
        b.send(step.from().replace("alice", "pbx"), step.to().replace("alice", "pbx"),
            secondLeg(step.message()));
      }
    }
    return b.build("b2bua", element("alice", "phone", 10), element("pbx", "pbx", 11),
        element("bob", "phone", 12));
  }

  /** The pbx's own identifiers on its leg to Bob. */
  static String secondLeg(String message) {
    return message.replace("3848276298220188511@atlanta.example.com", "leg2-77ab9@pbx.example.com")
        .replace("tag=9fxced76sl", "tag=pbx41b2")
        .replace("branch=z9hG4bK", "branch=z9hG4bKpbx");
  }

  /**
   * Alice's INVITE forks at the proxy to bob1 and bob2; both ring, bob1 answers, the proxy CANCELs
   * bob2 (200, 487, ACK hop by hop). Bob1's 200 is retransmitted once (RFC 6026) before Alice's ACK
   * arrives, the proxy relays it, Alice ACKs again, then hangs up.
   */
  static Flow forking() {
    String a = Msg.via("alice", "a1");
    String p1 = Msg.via("proxy", "p1");
    String p2 = Msg.via("proxy", "p2");
    String call = "fork-1@example.com";
    String invite = Msg.request("INVITE", "bob", List.of(a), 70, "alice", "a", "bob", null, call,
        1);
    String ok1 = Msg.response("200 OK", List.of(p1, a), "alice", "a", "bob", "b1", call,
        "1 INVITE");
    String okUp = Msg.response("200 OK", List.of(a), "alice", "a", "bob", "b1", call, "1 INVITE");
    String ack = Msg.request("ACK", "bob1", List.of(Msg.via("alice", "a2")), 70, "alice", "a",
        "bob", "b1", call, 1);
    String ackDown = Msg.request("ACK", "bob1", List.of(Msg.via("proxy", "p3"),
        Msg.via("alice", "a2")), 69, "alice", "a", "bob", "b1", call, 1);
    Builder b = new Builder()
        .send("alice", "proxy", invite)
        .send("proxy", "alice", Msg.response("100 Trying", List.of(a), "alice", "a", "bob", null,
            call, "1 INVITE"))
        .send("proxy", "bob1", Msg.request("INVITE", "bob", List.of(p1, a), 69, "alice", "a",
            "bob", null, call, 1))
        .send("proxy", "bob2", Msg.request("INVITE", "bob", List.of(p2, a), 69, "alice", "a",
            "bob", null, call, 1))
        .send("bob1", "proxy", Msg.response("180 Ringing", List.of(p1, a), "alice", "a", "bob",
            "b1", call, "1 INVITE"))
        .send("proxy", "alice", Msg.response("180 Ringing", List.of(a), "alice", "a", "bob", "b1",
            call, "1 INVITE"))
        .send("bob2", "proxy", Msg.response("180 Ringing", List.of(p2, a), "alice", "a", "bob",
            "b2", call, "1 INVITE"))
        .send("proxy", "alice", Msg.response("180 Ringing", List.of(a), "alice", "a", "bob", "b2",
            call, "1 INVITE"))
        .send("bob1", "proxy", ok1)
        .send("proxy", "alice", okUp)
        .send("proxy", "bob2", Msg.request("CANCEL", "bob", List.of(p2), 70, "alice", "a", "bob",
            null, call, 1))
        .send("bob2", "proxy", Msg.response("200 OK", List.of(p2), "alice", "a", "bob", "b2",
            call, "1 CANCEL"))
        .send("bob2", "proxy", Msg.response("487 Request Terminated", List.of(p2, a), "alice",
            "a", "bob", "b2", call, "1 INVITE"))
        .send("proxy", "bob2", Msg.request("ACK", "bob", List.of(p2), 70, "alice", "a", "bob",
            "b2", call, 1));
    long okAt = b.steps.get(8).timeUs();
    b.send("bob1", "proxy", ok1, "2xx", okAt + Flow.T1_US)
        .send("proxy", "alice", okUp, "2xx", okAt + Flow.T1_US + STEP_US)
        .send("alice", "proxy", ack)
        .send("proxy", "bob1", ackDown)
        .send("alice", "proxy", ack)
        .send("proxy", "bob1", ackDown);
    String a3 = Msg.via("alice", "a3");
    String p4 = Msg.via("proxy", "p4");
    b.send("alice", "proxy", Msg.request("BYE", "bob1", List.of(a3), 70, "alice", "a", "bob",
            "b1", call, 2))
        .send("proxy", "bob1", Msg.request("BYE", "bob1", List.of(p4, a3), 69, "alice", "a",
            "bob", "b1", call, 2))
        .send("bob1", "proxy", Msg.response("200 OK", List.of(p4, a3), "alice", "a", "bob", "b1",
            call, "2 BYE"))
        .send("proxy", "alice", Msg.response("200 OK", List.of(a3), "alice", "a", "bob", "b1",
            call, "2 BYE"));
    return b.build("forking", element("alice", "phone", 10), element("proxy", "proxy", 11),
        element("bob1", "phone", 12), element("bob2", "phone", 13));
  }

  /**
   * Alice calls Bob through a stateless proxy (section 16.11), as a capture of a real one shows:
   * its branch is a hash of the received one, so the INVITE it forwards and the ACK it forwards
   * for Bob's 486 (which takes the INVITE's branch, section 17.1.1.3) get the same branch "s1".
   * The proxy forwards Alice's ACK with Max-Forwards {@code ackMaxForwards}.
   */
  static Flow statelessRefusal(int ackMaxForwards) {
    String a = Msg.via("alice", "a1");
    String p = Msg.via("proxy", "s1");
    String call = "stateless-1@example.com";
    return new Builder()
        .send("alice", "proxy", Msg.request("INVITE", "bob", List.of(a), 70, "alice", "a", "bob",
            null, call, 1))
        .send("proxy", "bob", Msg.request("INVITE", "bob", List.of(p, a), 69, "alice", "a", "bob",
            null, call, 1))
        .send("bob", "proxy", Msg.response("486 Busy Here", List.of(p, a), "alice", "a", "bob",
            "b1", call, "1 INVITE"))
        .send("proxy", "alice", Msg.response("486 Busy Here", List.of(a), "alice", "a", "bob",
            "b1", call, "1 INVITE"))
        .send("alice", "proxy", Msg.request("ACK", "bob", List.of(a), 70, "alice", "a", "bob",
            "b1", call, 1))
        .send("proxy", "bob", Msg.request("ACK", "bob", List.of(p, a), ackMaxForwards, "alice",
            "a", "bob", "b1", call, 1))
        .build("stateless", element("alice", "phone", 10), element("proxy", "proxy", 11),
            element("bob", "phone", 12));
  }

  /**
   * Alice's OPTIONS to Bob, retransmitted by Timer E at T1 and 2*T1; Bob's 100 Trying moves the
   * transaction to Proceeding, where Timer E is reset to T2 (section 17.1.2.2), then Bob answers.
   */
  static Flow proceedingRetransmissions() {
    String options = Msg.request("OPTIONS", "bob", List.of(Msg.via("alice", "o1")), 70, "alice",
        "o", "bob", null, "options-1@example.com", 1);
    List<String> vias = List.of(Msg.via("alice", "o1"));
    long t1 = Flow.T1_US;
    return new Builder()
        .send("alice", "bob", options)
        .send("alice", "bob", options, "E", t1)
        .send("bob", "alice", Msg.response("100 Trying", vias, "alice", "o", "bob", null,
            "options-1@example.com", "1 OPTIONS"), null, t1 + STEP_US)
        .send("alice", "bob", options, "E", 3 * t1)
        .send("alice", "bob", options, "E", 3 * t1 + Flow.T2_US)
        .send("bob", "alice", Msg.response("200 OK", vias, "alice", "o", "bob", "b9",
            "options-1@example.com", "1 OPTIONS"), null, 3 * t1 + Flow.T2_US + STEP_US)
        .build("proceeding", element("alice", "phone", 10), element("bob", "phone", 12));
  }
}
