package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.codec.SipParser;
import org.siplab.dialog.DialogId;
import org.siplab.message.Method;
import org.siplab.message.SipMessage;
import org.siplab.sim.LinkProfile;
import org.siplab.testkit.Lab;
import org.siplab.testkit.TestUa;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;

/** DESIGN.md's first law: same scenario and seed, byte-identical trace. */
@DisplayName("determinism of a run")
class DeterminismTest {

  /** A call, five INFOs in the dialog, and a BYE, over a link that loses and reorders. */
  private static Lab callWithInfos(long seed, double loss, TestUa... extra) {
    LinkProfile link = LinkProfile.ofDelay(20_000).withJitterUs(15_000).withLossRatio(loss)
        .withReordering(0.2, 30_000);
    Lab lab = new Lab(seed, link);
    int host = 10;
    for (TestUa ua : extra) {
      lab.sim.add(ua, "192.0.2." + host++, 5060);
    }
    lab.sim.at(0, "alice", "call bob", () -> lab.alice.invite(lab.bob));
    lab.runFor(10_000_000);
    if (lab.alice.lastDialog == null) {
      return lab;
    }
    DialogId id = lab.alice.lastDialog.id();
    for (int i = 0; i < 5; i++) {
      lab.sim.at(lab.sim.scheduler().nowUs() + i * 10_000, "alice", "send INFO",
          () -> lab.alice.ua().dialog(id).ifPresent(
              d -> lab.alice.ua().sendInDialog(id, Method.INFO, b -> { })));
    }
    lab.runFor(40_000_000);
    return lab;
  }

  private static String json(Lab lab) {
    return TraceJson.write(lab.sim.trace(), Map.of(), List.of());
  }

  @Test
  @DisplayName("the same seed gives byte-identical trace.json, for any seed and loss up to 0.5")
  void sameSeedSameBytes() {
    qt().withFixedSeed(77).withExamples(25)
        .forAll(longs().between(0, 1_000_000), doubles().between(0, 0.5))
        .checkAssert((seed, loss) -> assertEquals(json(callWithInfos(seed, loss)),
            json(callWithInfos(seed, loss))));
  }

  @Test
  @DisplayName("adding an element leaves the other elements' tags, branches and Call-IDs unchanged")
  void addingAnElementChangesNoOneElsesIds() {
    qt().withFixedSeed(78).withExamples(20).forAll(longs().between(0, 1_000_000))
        .checkAssert(seed -> assertEquals(ids(callWithInfos(seed, 0)),
            ids(callWithInfos(seed, 0, new TestUa("carol", "carol")))));
  }

  /** Every tag, branch and Call-ID alice and bob put in the messages they sent. */
  private static List<String> ids(Lab lab) {
    List<String> out = new ArrayList<>();
    for (TraceEvent.Send s : lab.sendEvents()) {
      SipMessage m = SipParser.parse(s.message()).message();
      out.add(s.from() + " " + m.callId() + " " + m.from().tag() + " " + m.to().tag() + " "
          + m.topVia().branch());
    }
    return out;
  }

  @Test
  @DisplayName("for any delay and reordering, the CSeq of each new request a side sends in a dialog increases")
  void cseqIncreasesInADialog() {
    int[] checked = new int[1];
    qt().withFixedSeed(79).withExamples(25)
        .forAll(longs().between(0, 1_000_000), doubles().between(0, 0.3))
        .checkAssert((seed, loss) -> {
          Lab lab = callWithInfos(seed, loss);
          long last = -1;
          List<String> seenBranches = new ArrayList<>();
          for (TraceEvent.Send s : lab.sendEvents()) {
            SipMessage m = SipParser.parse(s.message()).message();
            boolean alicesRequest = s.from().equals("alice") && m.isRequest();
            String method = m.cseq().method().name();
            boolean repeatsByDesign = method.equals("ACK") || method.equals("CANCEL");
            if (!alicesRequest || repeatsByDesign || s.isRetransmission()
                || seenBranches.contains(m.topVia().branch())) {
              continue;
            }
            seenBranches.add(m.topVia().branch());
            checked[0]++;
            assertTrue(m.cseq().number() > last, "CSeq " + m.cseq() + " after " + last);
            last = m.cseq().number();
          }
        });
    assertTrue(checked[0] > 25 * 3, "the property saw too few requests: " + checked[0]);
  }
}
