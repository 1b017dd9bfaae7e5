package org.siplab.element.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * Messages that arrive after the dialog they belong to has ended: a delayed copy of a 2xx, the ACK
 * for a 2xx whose dialog a BYE ended meanwhile, and a 481 to a request in a dialog the peer has
 * already forgotten.
 */
@DisplayName("a phone that receives messages of a dialog that has ended")
class LateMessagesTest {

  private static RunResult run(String name, String text) {
    return ScenarioRuns.run(name + ".yaml", text);
  }

  private static List<TraceEvent.Dialog> dialogEvents(RunResult r, String element) {
    return r.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Dialog d && d.element().equals(element))
        .map(e -> (TraceEvent.Dialog) e).toList();
  }

  private static List<TraceEvent.Send> sends(RunResult r, String from, String firstLine) {
    return r.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals(from)
            && s.firstLine().startsWith(firstLine))
        .map(e -> (TraceEvent.Send) e).toList();
  }

  /**
   * Alice's first ACK is lost, so Bob resends his 200; the network holds that copy back 5 s.
   * The next copy is ACKed, and Alice hangs up at 3 s. At 6.5 s the held-back copy reaches her
   * INVITE client transaction, still Accepted (Timer M).
   */
  private static final String LATE_2XX = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { drop: ACK, from: alice, to: bob, nth: 1 }
          - { delay: "200 INVITE", from: bob, to: alice, nth: 2, by: 5s }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 3s, do: alice.hangup }
      expect:
        - { by: 10s, alice: ended, bob: ended }
      """;

  @Test
  @DisplayName("ACKs a copy of the 2xx that comes after the call ended again, and makes no new"
      + " dialog of it (sections 12.1 and 13.2.2.4)")
  void aLate2xxIsAckedWithoutANewDialog() {
    RunResult r = run("late-2xx", LATE_2XX);
    assertTrue(r.passed(), r.verdicts()::toString);
    List<TraceEvent.Dialog> alice = dialogEvents(r, "alice");
    assertEquals("terminated", alice.get(alice.size() - 1).toState(), alice::toString);
    assertTrue(alice.stream().noneMatch(d -> d.fromState() == null && d.timeUs() > 3_000_000),
        "no dialog is created after the call ended: " + alice);
    List<TraceEvent.Send> acks = sends(r, "alice", "ACK");
    TraceEvent.Send lastAck = acks.get(acks.size() - 1);
    assertTrue(lastAck.timeUs() > 6_000_000, "the held-back copy is ACKed: " + acks);
    assertEquals(acks.get(0).message(), lastAck.message(), "with the ACK sent for the first");
  }

  /**
   * Bob answers Alice's re-INVITE; her first ACK for it is lost. Bob hangs up before the next
   * copy of his 200 is ACKed, so his dialog has ended when that ACK arrives.
   */
  private static final String ACK_AFTER_BYE = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { drop: ACK, from: alice, to: bob, nth: 2 }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 2s, do: alice.hold }
        - { at: 2050ms, do: bob.hangup }
      expect:
        - { by: 40s, alice: ended, bob: ended }
      """;

  @Test
  @DisplayName("stops resending a 2xx when its ACK comes, also after the dialog ended (section"
      + " 13.3.1.4)")
  void retransmissionsStopAtTheAckAfterTheDialogEnded() {
    RunResult r = run("ack-after-bye", ACK_AFTER_BYE);
    List<TraceEvent.Send> reinviteOks = r.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("bob")
            && s.firstLine().startsWith("SIP/2.0 200") && s.message().contains(" 2 INVITE\r\n"))
        .map(e -> (TraceEvent.Send) e).toList();
    long firstAckAfterBye = r.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Deliver d && d.to().equals("bob")
            && d.timeUs() > 2_050_000 && d.cseq() != null && d.cseq().endsWith(" ACK"))
        .mapToLong(TraceEvent::timeUs).min().orElseThrow();
    assertTrue(reinviteOks.size() >= 2, "the test needs a resent 200: " + reinviteOks);
    assertTrue(reinviteOks.stream().allMatch(s -> s.timeUs() <= firstAckAfterBye),
        "no copy of the 200 after the ACK at " + firstAckAfterBye + ": " + reinviteOks);
  }

  /**
   * Every BYE of Bob's is lost, so his dialog ends by Timer F while Alice's goes on. Alice's INFO
   * at 20 s gets 481.
   */
  private static final String INFO_481 = """
      seed: 5
      timers: { T1: 200ms, T2: 1s, T4: 2s }
      network:
        default: { delay: 10ms }
        faults:
          - { drop: BYE, from: bob, to: alice }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 2s, do: bob.hangup }
        - { at: 20s, do: alice.info }
      expect:
        - { by: 22s, alice: ended, bob: ended }
      """;

  @Test
  @DisplayName("ends the call, not only the dialog, when a request in the dialog gets 481 (section"
      + " 12.2.1.2)")
  void a481EndsTheCall() {
    RunResult r = run("info-481", INFO_481);
    assertEquals(1, sends(r, "bob", "SIP/2.0 481").size());
    assertTrue(r.passed(), r.verdicts()::toString);
  }

  /**
   * Bob's INFO (CSeq 1) is held back 3 s, and his BYE (CSeq 2) ends Alice's dialog first. When the
   * INFO comes, there is no dialog: Alice answers 481, as section 12.2.2 asks.
   */
  private static final String INFO_AFTER_BYE = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { delay: INFO, from: bob, to: alice, by: 3s }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 2s, do: bob.info }
        - { at: 2.1s, do: bob.hangup }
      expect:
        - findings: none
      """;

  @Test
  @DisplayName("answers 481 to a request with a lower CSeq that comes after the BYE, and the"
      + " checker takes that 481 as right, not as a missing 500 (rule CSEQ-007)")
  void a481AfterTheByeIsNoFinding() {
    RunResult r = run("info-after-bye", INFO_AFTER_BYE);
    assertTrue(sends(r, "alice", "SIP/2.0 500").isEmpty());
    assertFalse(sends(r, "alice", "SIP/2.0 481").isEmpty(), "(resent to the INFO's copies)");
    assertTrue(r.passed(), r.findings()::toString);
  }

  /**
   * Alice puts Bob on hold through a record-routing proxy. Every copy of Bob's 200 that the proxy
   * sends her is lost but one, held back 4 s; meanwhile Bob hangs up, and both dialogs end.
   */
  private static final String LATE_REINVITE_2XX = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { delay: "200 INVITE", from: proxy, to: alice, nth: 2, by: 4s }
          - { drop: "200 INVITE", from: proxy, to: alice, nth: 3 }
          - { drop: "200 INVITE", from: proxy, to: alice, nth: 4 }
          - { drop: "200 INVITE", from: proxy, to: alice, nth: 5 }
          - { drop: "200 INVITE", from: proxy, to: alice, nth: 6 }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101,
                 proxy: proxy }
        proxy: { kind: proxy, domain: biloxi.example.com, address: 192.0.2.222,
                 registrar: registrar }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 registrar: registrar, answer: { after: 1s } }
        registrar: { kind: registrar, domain: biloxi.example.com, address: 192.0.2.223 }
      script:
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call bob }
        - { at: 3s, do: alice.hold }
        - { at: 4s, do: bob.hangup }
      expect:
        - { by: 10s, alice: ended, bob: ended }
      """;

  @Test
  @DisplayName("ACKs a re-INVITE's 2xx whose first copy comes after the dialog ended, through the"
      + " proxies the re-INVITE went through, and makes no dialog of it (13.2.2.4)")
  void aLateReinvite2xxIsAckedAlongItsRoute() {
    RunResult r = run("late-reinvite-2xx", LATE_REINVITE_2XX);
    assertTrue(r.passed(), r.verdicts()::toString);
    List<TraceEvent.Send> acks = r.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
            && s.firstLine().startsWith("ACK") && s.message().contains("CSeq: 2 ACK"))
        .map(e -> (TraceEvent.Send) e).toList();
    assertEquals(1, acks.size(), acks::toString);
    assertEquals("proxy", acks.get(0).to(), "along the route set, not straight to bob");
    assertTrue(acks.get(0).message().contains("Route: <sip:"), acks.get(0).message());
    long ackAtBob = r.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Deliver d && d.to().equals("bob")
            && "2 ACK".equals(d.cseq()))
        .mapToLong(TraceEvent::timeUs).min().orElseThrow();
    assertTrue(r.trace().events().stream().noneMatch(e -> e instanceof TraceEvent.Send s
        && s.from().equals("bob") && s.firstLine().startsWith("SIP/2.0 200")
        && s.message().contains("CSeq: 2 INVITE") && s.timeUs() > ackAtBob),
        "bob stops resending his 200 once the ACK is in");
    assertTrue(dialogEvents(r, "alice").stream().noneMatch(d -> d.fromState() == null
        && d.timeUs() > 4_000_000), "no dialog is made of the late 2xx");
  }
}
