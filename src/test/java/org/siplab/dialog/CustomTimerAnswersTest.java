package org.siplab.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.sim.FaultAction;
import org.siplab.sim.LinkProfile;
import org.siplab.sim.TargetedFault;
import org.siplab.testkit.Lab;
import org.siplab.trace.TraceEvent;
import org.siplab.transaction.TimerSettings;

/**
 * Section 13.3.1.4 with timers of a scenario's own: T1 = 100 ms, T2 = 400 ms, so the 2xx goes out
 * again after 0.1, 0.2, 0.4, 0.4, ... seconds and the UAS gives up at 64*T1 = 6.4 s.
 */
@DisplayName("2xx retransmission with T1 = 100 ms and T2 = 400 ms")
class CustomTimerAnswersTest {

  private static final TimerSettings TIMERS = new TimerSettings(100_000, 400_000, 1_000_000);

  /** Seconds after the first 2xx at which its copies go out: 0.1, 0.3, 0.7, then every 0.4. */
  private static List<Long> expectedCopies() {
    List<Long> out = new ArrayList<>(List.of(0L, 100_000L, 300_000L, 700_000L));
    for (long t = 1_100_000; t < 6_400_000; t += 400_000) {
      out.add(t);
    }
    return out;
  }

  private static List<TraceEvent.Send> sends(Lab lab, String from, String start, long cseq) {
    return lab.sendEvents().stream()
        .filter(s -> s.from().equals(from) && s.firstLine().startsWith(start))
        .filter(s -> SipParser.parse(s.message()).message().cseq().number() == cseq)
        .toList();
  }

  private static List<Long> relative(List<TraceEvent.Send> sends) {
    long first = sends.get(0).timeUs();
    return sends.stream().map(s -> s.timeUs() - first).toList();
  }

  /** How many 2xx to the INVITE with {@code cseq} reached alice. */
  private static long deliveredOks(Lab lab, long cseq) {
    List<TraceEvent.Send> oks = sends(lab, "bob", "SIP/2.0 200", cseq);
    return lab.sim.trace().events().stream()
        .filter(e -> e instanceof TraceEvent.Deliver d
            && oks.stream().anyMatch(ok -> ok.datagram() == d.datagram()))
        .count();
  }

  @Test
  @DisplayName("without an ACK the 2xx goes out at T1, 2*T1, 4*T1, then every T2, alice ACKs each"
      + " copy, and bob sends BYE exactly 64*T1 after the first 2xx")
  void retransmittedOnTheScenarioTimersThenBye() {
    Lab lab = new Lab(1, LinkProfile.ofDelay(10_000), TIMERS);
    lab.dropEvery("alice", "bob", "ACK");
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(10_000_000);
    List<TraceEvent.Send> oks = sends(lab, "bob", "SIP/2.0 200", 1);
    assertEquals(expectedCopies(), relative(oks));
    TraceEvent.Send bye = lab.sendEvents().stream()
        .filter(s -> s.from().equals("bob") && s.firstLine().startsWith("BYE"))
        .findFirst().orElseThrow();
    assertEquals(oks.get(0).timeUs() + 6_400_000, bye.timeUs(), "BYE at 64*T1");
    assertEquals(deliveredOks(lab, 1), sends(lab, "alice", "ACK", 1).size(),
        "one ACK for each 2xx that reached alice");
  }

  @Test
  @DisplayName("after a re-INVITE the new 2xx is retransmitted on the same timers, alice ACKs each"
      + " copy with the re-INVITE's CSeq, and bob sends BYE 64*T1 after that 2xx")
  void reinviteAnswerRetransmittedAndAckedEachTime() {
    Lab lab = new Lab(1, LinkProfile.ofDelay(10_000), TIMERS);
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(1_000_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.dropEvery("alice", "bob", "ACK");
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "re-INVITE",
        () -> lab.alice.ua().sendInDialog(id, Method.INVITE, b -> { }));
    lab.runFor(10_000_000);
    assertEquals(1, sends(lab, "bob", "SIP/2.0 200", 1).size(), "the first 2xx was ACKed");
    List<TraceEvent.Send> oks = sends(lab, "bob", "SIP/2.0 200", 2);
    assertEquals(expectedCopies(), relative(oks));
    TraceEvent.Send bye = lab.sendEvents().stream()
        .filter(s -> s.from().equals("bob") && s.firstLine().startsWith("BYE"))
        .findFirst().orElseThrow();
    assertEquals(oks.get(0).timeUs() + 6_400_000, bye.timeUs(), "BYE at 64*T1");
    List<TraceEvent.Send> acks = lab.sendEvents().stream()
        .filter(s -> s.from().equals("alice") && s.firstLine().startsWith("ACK")).toList();
    assertEquals(1 + deliveredOks(lab, 2), acks.size(), "one ACK for each 2xx that reached alice");
    for (TraceEvent.Send ack : acks.subList(1, acks.size())) {
      SipMessage m = SipParser.parse(ack.message()).message();
      assertEquals(2, m.cseq().number(), ack.message());
    }
    assertTrue(lab.alice.ua().dialogs().isEmpty() && lab.bob.ua().dialogs().isEmpty(),
        "the BYE ended the call on both sides");
  }

  @Test
  @DisplayName("a copy of the first 2xx that arrives after the re-INVITE's 2xx gets the very ACK"
      + " sent for the first 2xx, and a later copy of the re-INVITE's 2xx the very ACK sent for"
      + " that one (section 13.2.2.4)")
  void crossingCopiesEachGetTheirOwnAck() {
    Lab lab = new Lab(1, LinkProfile.ofDelay(10_000), TIMERS);
    // ACK 1 (for the INVITE), ACK 2 and 3 (for the re-INVITE's 2xx and its first copy) are lost.
    for (int nth = 1; nth <= 3; nth++) {
      lab.dropNth(nth, "alice", "bob", "ACK");
    }
    // Bob's first copy of the first 2xx (at T1 = 100 ms) reaches alice only after the
    // re-INVITE's 2xx has.
    lab.sim.network().addFault(TargetedFault.nth(2, "bob", "alice",
        Lab.startsWith("SIP/2.0 200"), "the first copy of the first 2xx",
        new FaultAction.Delay(200_000)));
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(105_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "re-INVITE",
        () -> lab.alice.ua().sendInDialog(id, Method.INVITE, b -> { }));
    lab.runFor(10_000_000);
    List<TraceEvent.Send> acks = lab.sendEvents().stream()
        .filter(s -> s.from().equals("alice") && s.firstLine().startsWith("ACK")).toList();
    List<Long> cseqs = acks.stream()
        .map(s -> SipParser.parse(s.message()).message().cseq().number()).toList();
    assertEquals(List.of(1L, 2L, 2L, 1L), cseqs.subList(0, 4), lab.sends().toString());
    for (int i = 0; i < acks.size(); i++) {
      String first = acks.get(cseqs.indexOf(cseqs.get(i))).message();
      assertEquals(first, acks.get(i).message(), "ACK " + i + " repeats the first ACK with CSeq "
          + cseqs.get(i));
    }
    assertTrue(cseqs.lastIndexOf(2L) > 3, "a copy of the re-INVITE's 2xx came after the late"
        + " copy of the first: " + cseqs);
  }

  @Test
  @DisplayName("a re-INVITE answered while the first 2xx still waits for its lost ACK does not stop"
      + " that 2xx: it goes out again until its own ACK arrives, and no BYE follows (section"
      + " 13.3.1.4)")
  void firstAnswerKeepsGoingUntilItsOwnAck() {
    Lab lab = new Lab(1, LinkProfile.ofDelay(10_000), TIMERS);
    lab.dropNth(1, "alice", "bob", "ACK");
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(30_000);
    DialogId id = lab.alice.lastDialog.id();
    lab.sim.at(lab.sim.scheduler().nowUs(), "alice", "re-INVITE",
        () -> lab.alice.ua().sendInDialog(id, Method.INVITE, b -> { }));
    lab.runFor(10_000_000);
    List<TraceEvent.Send> firstOks = sends(lab, "bob", "SIP/2.0 200", 1);
    assertEquals(List.of(0L, 100_000L), relative(firstOks), lab.sends().toString());
    assertEquals(2, sends(lab, "alice", "ACK", 1).size(), "an ACK for each copy of the first 2xx");
    assertEquals(1, sends(lab, "bob", "SIP/2.0 200", 2).size(), "the re-INVITE's 2xx was ACKed");
    assertTrue(lab.sendEvents().stream().noneMatch(s -> s.firstLine().startsWith("BYE")),
        lab.sends().toString());
    assertEquals(2, lab.bob.seen.stream().filter(w -> w.equals("ack")).count(), lab.bob.seen
        .toString());
  }
}
