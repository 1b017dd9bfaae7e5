package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.codec.SipParser;
import org.siplab.dialog.DialogId;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.sim.LinkProfile;
import org.siplab.testkit.Lab;
import org.siplab.testkit.TestUa;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;
import org.siplab.transaction.TimerSettings;

/** DESIGN.md's first law: same scenario and seed, byte-identical trace. */
@DisplayName("determinism of a run")
class DeterminismTest {

  /** What alice sends as new requests inside the dialog, in order, once the call is up. */
  private static final List<String> IN_DIALOG = List.of("INFO", "INFO", "INFO", "INFO", "INFO",
      "BYE");

  /**
   * Links within sane bounds: delay 0-100 ms, jitter 0-50 ms, 0-50 % of datagrams held back by
   * 0-100 ms (so later ones overtake them), loss up to {@code maxLoss}. Whole milliseconds keep a
   * falsified example short to read.
   */
  private static Gen<LinkProfile> links(double maxLoss) {
    return integers().between(0, 100).zip(integers().between(0, 50), doubles().between(0, 0.5),
        integers().between(0, 100), doubles().between(0, maxLoss),
        (delayMs, jitterMs, reorder, heldMs, loss) -> LinkProfile.ofDelay(delayMs * 1000L)
            .withJitterUs(jitterMs * 1000L).withReordering(reorder, heldMs * 1000L)
            .withLossRatio(loss));
  }

  /**
   * A call, then five INFOs 10 ms apart and a BYE 100 ms after the first INFO, all from alice in
   * the dialog, over {@code link}. The BYE may overtake an INFO on a reordering link.
   */
  private static Lab callWithInfos(long seed, LinkProfile link, TestUa... extra) {
    Lab lab = new Lab(seed, link);
    int host = 10;
    for (TestUa ua : extra) {
      lab.sim.add(ua, "192.0.2." + host++, 5060);
    }
    return callWithInfos(lab);
  }

  private static Lab callWithInfos(Lab lab) {
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(10_000_000);
    if (lab.alice.lastDialog == null) {
      return lab;
    }
    DialogId id = lab.alice.lastDialog.id();
    long now = lab.sim.scheduler().nowUs();
    for (int i = 0; i < 5; i++) {
      lab.sim.at(now + i * 10_000, "alice", "send INFO", () -> inDialog(lab, id, Method.INFO));
    }
    lab.sim.at(now + 100_000, "alice", "send BYE", () -> inDialog(lab, id, Method.BYE));
    lab.runFor(40_000_000);
    return lab;
  }

  private static void inDialog(Lab lab, DialogId id, Method method) {
    lab.alice.ua().dialog(id).ifPresent(d -> lab.alice.ua().sendInDialog(id, method, b -> { }));
  }

  private static String json(Lab lab) {
    return TraceJson.write(lab.sim.trace(), Map.of(), List.of());
  }

  @Test
  @DisplayName("the same seed gives byte-identical trace.json, for any seed, delay, jitter,"
      + " reordering and loss up to 0.5")
  void sameSeedSameBytes() {
    qt().withFixedSeed(77).withExamples(25)
        .forAll(longs().between(0, 1_000_000), links(0.5))
        .checkAssert((seed, link) -> assertEquals(json(callWithInfos(seed, link)),
            json(callWithInfos(seed, link))));
  }

  @Test
  @DisplayName("adding an element leaves the other elements' tags, branches and Call-IDs unchanged")
  void addingAnElementChangesNoOneElsesIds() {
    LinkProfile link = LinkProfile.ofDelay(20_000).withJitterUs(15_000).withReordering(0.2,
        30_000);
    qt().withFixedSeed(78).withExamples(20).forAll(longs().between(0, 1_000_000))
        .checkAssert(seed -> assertEquals(ids(callWithInfos(seed, link)),
            ids(callWithInfos(seed, link, new TestUa("carol", "carol")))));
  }

  @Test
  @DisplayName("adding two elements ahead of alice and bob, which call each other at the same"
      + " time over the same kind of link, leaves alice's and bob's tags, branches and Call-IDs"
      + " unchanged: streams follow names, not creation order")
  void elementsAddedFirstAndBusyChangeNoOneElsesIds() {
    LinkProfile link = LinkProfile.ofDelay(20_000).withJitterUs(15_000).withReordering(0.2,
        30_000).withLossRatio(0.1);
    qt().withFixedSeed(80).withExamples(20).forAll(longs().between(0, 1_000_000))
        .checkAssert(seed -> {
          Lab alone = callWithInfos(new Lab(seed, link));
          TestUa carol = new TestUa("carol", "carol");
          TestUa dave = new TestUa("dave", "dave");
          Lab crowded = new Lab(seed, link, TimerSettings.DEFAULT, carol, dave);
          crowded.sim.at(0, "carol", "call dave", () -> carol.invite(dave));
          callWithInfos(crowded);
          assertTrue(crowded.sendEvents().stream().anyMatch(s -> s.from().equals("carol"))
              && crowded.sendEvents().stream().anyMatch(s -> s.from().equals("dave")),
              "carol and dave sent nothing");
          List<String> before = ids(alone);
          assertTrue(!before.isEmpty());
          assertEquals(before, ids(crowded));
        });
  }

  /** Every tag, branch and Call-ID alice and bob put in the messages they sent. */
  private static List<String> ids(Lab lab) {
    List<String> out = new ArrayList<>();
    for (TraceEvent.Send s : lab.sendEvents()) {
      if (!s.from().equals("alice") && !s.from().equals("bob")) {
        continue;
      }
      SipMessage m = SipParser.parse(s.message()).message();
      out.add(s.from() + " " + m.callId() + " " + m.from().tag() + " " + m.to().tag() + " "
          + m.topVia().branch());
    }
    return out;
  }

  @Test
  @DisplayName("for any delay, jitter, reordering and loss, the CSeq of each new request a side"
      + " sends in a dialog increases")
  void cseqIncreasesInADialog() {
    int[] calls = new int[1];
    qt().withFixedSeed(79).withExamples(25)
        .forAll(longs().between(0, 1_000_000), links(0.3))
        .checkAssert((seed, link) -> {
          Lab lab = callWithInfos(seed, link);
          List<String> inDialog = new ArrayList<>();
          long last = -1;
          for (SipMessage m : newRequestsOfAlice(lab)) {
            assertTrue(m.cseq().number() > last, "CSeq " + m.cseq() + " after " + last);
            last = m.cseq().number();
            if (m.to().hasTag()) {
              inDialog.add(m.cseq().method().name());
            }
          }
          if (lab.alice.lastDialog != null) {
            calls[0]++;
            assertEquals(IN_DIALOG, inDialog, "the new requests alice sent in the dialog");
          }
        });
    assertTrue(calls[0] >= 20, "too few examples set up a call: " + calls[0] + " of 25");
  }

  @Test
  @DisplayName("for any delay, jitter, reordering and loss, the CSeq numbers of the distinct new"
      + " requests each side sends in a dialog strictly increase, when both sides send at once")
  void cseqIncreasesOnBothSidesOfADialog() {
    int[] calls = new int[1];
    qt().withFixedSeed(81).withExamples(25)
        .forAll(longs().between(0, 1_000_000), links(0.3))
        .checkAssert((seed, link) -> {
          Lab lab = new Lab(seed, link);
          lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
          lab.runFor(10_000_000);
          if (lab.alice.lastDialog == null || lab.bob.ua().dialogs().isEmpty()) {
            return;
          }
          calls[0]++;
          DialogId aliceSide = lab.alice.lastDialog.id();
          DialogId bobSide = lab.bob.ua().dialogs().get(0).id();
          long now = lab.sim.scheduler().nowUs();
          for (int i = 0; i < 6; i++) {
            lab.sim.at(now + i * 7_000, "alice", "send INFO", () -> lab.alice.ua()
                .dialog(aliceSide).ifPresent(d -> lab.alice.ua().sendInDialog(aliceSide,
                    Method.INFO, b -> { })));
            lab.sim.at(now + i * 11_000, "bob", "send INFO", () -> lab.bob.ua()
                .dialog(bobSide).ifPresent(d -> lab.bob.ua().sendInDialog(bobSide,
                    Method.INFO, b -> { })));
          }
          lab.runFor(40_000_000);
          for (String side : List.of("alice", "bob")) {
            long last = -1;
            int inDialog = 0;
            for (SipMessage m : newRequestsOf(lab, side)) {
              if (!m.to().hasTag()) {
                continue;
              }
              assertTrue(m.cseq().number() > last, side + ": CSeq " + m.cseq() + " after "
                  + last);
              last = m.cseq().number();
              inDialog++;
            }
            assertEquals(6, inDialog, side + "'s new requests in the dialog");
          }
        });
    assertTrue(calls[0] >= 20, "too few examples set up a call: " + calls[0] + " of 25");
  }

  /**
   * The first transmission of each request alice starts: retransmissions are the same request,
   * and an ACK or CANCEL repeats its INVITE's CSeq number by design (sections 9.1, 17.1.1.3).
   */
  private static List<SipMessage> newRequestsOfAlice(Lab lab) {
    return newRequestsOf(lab, "alice");
  }

  /** As {@link #newRequestsOfAlice} for the element {@code side}. */
  private static List<SipMessage> newRequestsOf(Lab lab, String side) {
    List<SipMessage> out = new ArrayList<>();
    List<String> seenBranches = new ArrayList<>();
    for (TraceEvent.Send s : lab.sendEvents()) {
      SipMessage m = SipParser.parse(s.message()).message();
      if (!s.from().equals(side) || !m.isRequest() || s.isRetransmission()) {
        continue;
      }
      String method = m.cseq().method().name();
      if (method.equals("ACK") || method.equals("CANCEL")
          || seenBranches.contains(m.topVia().branch())) {
        continue;
      }
      seenBranches.add(m.topVia().branch());
      out.add(m);
    }
    return out;
  }
}
