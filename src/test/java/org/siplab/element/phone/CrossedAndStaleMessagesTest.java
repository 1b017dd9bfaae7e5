package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ForkedCalls;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * Messages that cross a BYE, or arrive long after their time, change nothing they should not:
 * RFC 3261 sections 12.2.1.2, 13.2.2.4 and 15.1.1.
 */
@DisplayName("a phone receiving crossed or stale messages")
class CrossedAndStaleMessagesTest {

  private static final String TWO_PHONES = """
      seed: 1
      network:
        default: { delay: 10ms }
      %s
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
      %s
      """;

  private static RunResult twoPhones(String faults, String... steps) {
    return ScenarioRuns.run("crossed.yaml", TWO_PHONES.formatted(faults,
        String.join("\n", List.of(steps).stream().map(s -> "  - " + s).toList())));
  }

  private static List<String> sends(RunResult result, String from, long afterUs) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals(from)
            && s.timeUs() >= afterUs)
        .map(e -> ((TraceEvent.Send) e).firstLine())
        .toList();
  }

  /** The element's media actions in order ("start", "hold", "end"...). */
  private static List<String> media(RunResult result, String element) {
    return result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Media m && m.element().equals(element))
        .map(e -> ((TraceEvent.Media) e).action())
        .toList();
  }

  @Test
  @DisplayName("a re-INVITE that crosses the BYE it sent is answered 481, not 487 (it was not"
      + " pending when the BYE left), and no media starts again on either side")
  void reinviteCrossingItsByeIs481() {
    RunResult result = twoPhones("", "{ at: 0s, do: alice.call bob }",
        "{ at: 3s, do: alice.hangup }", "{ at: 3s, do: bob.hold }");
    List<String> fromAlice = sends(result, "alice", 3_000_000);
    assertTrue(fromAlice.contains("SIP/2.0 481 Call/Transaction Does Not Exist"),
        fromAlice.toString());
    assertTrue(fromAlice.stream().noneMatch(l -> l.startsWith("SIP/2.0 487")),
        fromAlice.toString());
    assertTrue(fromAlice.stream().noneMatch(l -> l.startsWith("SIP/2.0 200")),
        fromAlice.toString());
    assertEquals(List.of("start", "end"), media(result, "alice"));
    assertEquals(List.of("start", "end"), media(result, "bob"));
  }

  @Test
  @DisplayName("an INFO that crosses the BYE it sent is answered 481, and the call ends on both"
      + " sides")
  void infoCrossingItsByeIs481() {
    RunResult result = twoPhones("", "{ at: 0s, do: alice.call bob }",
        "{ at: 3s, do: alice.hangup }", "{ at: 3s, do: bob.info }");
    assertEquals(List.of("BYE sip:bob@192.0.2.201:5060 SIP/2.0",
        "SIP/2.0 481 Call/Transaction Does Not Exist"), sends(result, "alice", 3_000_000));
    assertEquals(List.of("INFO sip:alice@192.0.2.101:5060 SIP/2.0", "SIP/2.0 200 OK"),
        sends(result, "bob", 3_000_000));
    assertEquals(List.of("start", "end"), media(result, "alice"));
    assertEquals(List.of("start", "end"), media(result, "bob"));
  }

  @Test
  @DisplayName("the 200 to its re-INVITE that comes after its own BYE is ACKed and starts no"
      + " media")
  void okToReinviteAfterItsByeStartsNoMedia() {
    RunResult result = twoPhones("", "{ at: 0s, do: alice.call bob }",
        "{ at: 3s, do: alice.hold }", "{ at: 3001ms, do: alice.hangup }");
    assertTrue(sends(result, "alice", 3_000_000).contains(
        "ACK sip:bob@192.0.2.201:5060 SIP/2.0"), sends(result, "alice", 0).toString());
    assertEquals(List.of("start", "end"), media(result, "alice"));
  }

  @Test
  @DisplayName("a late first copy of the 2xx does not put back the remote target a re-INVITE"
      + " changed since (section 12.2.1.2)")
  void lateCopyOfTheFirst2xxKeepsTheNewTarget() {
    RunResult result = twoPhones(
        "  faults: [{ delay: \"200 INVITE\", from: bob, to: alice, nth: 1, by: 6s }]",
        "{ at: 0s, do: alice.call bob }", "{ at: 3s, do: bob.move 192.0.2.202 }",
        "{ at: 10s, do: alice.reinvite }");
    List<String> fromAlice = sends(result, "alice", 10_000_000);
    assertEquals(List.of("INVITE sip:bob@192.0.2.202:5060 SIP/2.0",
        "ACK sip:bob@192.0.2.202:5060 SIP/2.0"), fromAlice);
  }

  /** Bob's mobile answers too, 400 ms away: its 2xx is retransmitted before alice's ACK is in. */
  private static final String FORKED = ForkedCalls.scenario("400ms", "0s",
      "{ at: 10s, do: alice.hangup }");

  @Test
  @DisplayName("a second fork's 2xx, retransmitted, is ACKed each time and ended by one BYE"
      + " (section 13.2.2.4)")
  void secondForkGetsOneBye() {
    RunResult result = ScenarioRuns.run("forked.yaml", FORKED);
    List<TraceEvent.Send> byes = result.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
            && s.firstLine().equals("BYE sip:bob@192.0.2.202:5060 SIP/2.0")
            && s.retransmittedBy() == null)
        .map(e -> (TraceEvent.Send) e)
        .toList();
    assertEquals(1, byes.size(), sends(result, "alice", 0).toString());
    long acks = sends(result, "alice", 0).stream()
        .filter(l -> l.equals("ACK sip:bob@192.0.2.202:5060 SIP/2.0")).count();
    assertTrue(acks >= 2, sends(result, "alice", 0).toString());
  }

  /** Bob answers at 1 s; alice's first ACK is lost, so her re-INVITE at 1.2 s beats the next. */
  private static final String REINVITE_BEFORE_ACK = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults: [{ drop: ACK, from: alice, to: bob, nth: 1 }]
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 offer: %s }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s, ringing: false } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 1200ms, do: alice.hold }
      """;

  @Test
  @DisplayName("a re-INVITE after the 2xx but before its ACK is taken when the INVITE and the 2xx"
      + " settled the offer (section 14.2's 500 is only for one before the final response)")
  void reinviteBeforeTheAckIsTaken() {
    RunResult result = ScenarioRuns.run("early.yaml", REINVITE_BEFORE_ACK.formatted("sdp"));
    List<String> fromBob = sends(result, "bob", 1_200_000);
    assertEquals("SIP/2.0 200 OK", fromBob.get(0), fromBob.toString());
    assertEquals(List.of("start", "hold"), media(result, "alice"));
  }

  @Test
  @DisplayName("a re-INVITE before the ACK that brings the answer to the 2xx's offer gets 491")
  void reinviteBeforeTheAckWithTheAnswerIs491() {
    RunResult result = ScenarioRuns.run("early.yaml", REINVITE_BEFORE_ACK.formatted("none"));
    List<String> fromBob = sends(result, "bob", 1_200_000);
    assertEquals("SIP/2.0 491 Request Pending", fromBob.get(0), fromBob.toString());
  }
}
