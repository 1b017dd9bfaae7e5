package org.siplab.element.pbx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.siplab.trace.TraceEvent;

/** The dialplan's Dial() timeout: a callee that rings and never answers (RFC 3261 9.1). */
@DisplayName("a PBX whose callee rings and never answers")
class RingTimeoutTest {

  private static PbxLab ringing(TestPhone.Answer answer, long ringTimeoutUs) {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.ringTimeoutUs = ringTimeoutUs;
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob);
    lab.bob.answer = answer;
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 40_000_000);
    return lab;
  }

  @Test
  @DisplayName("after the ring timeout (20 s by default) the PBX CANCELs its INVITE to bob and"
      + " answers alice 480 Temporarily Unavailable, and both INVITEs end with their ACKs")
  void ringTimeoutCancelsAndAnswers480() {
    PbxLab lab = ringing(TestPhone.Answer.RING_ONLY, PbxConfig.DEFAULT_RING_TIMEOUT_US);
    assertEquals(List.of("pbx>bob CANCEL", "pbx>alice 480", "bob>pbx 200", "bob>pbx 487",
        "alice>pbx ACK", "pbx>bob ACK"), lab.sendsFrom("pbx>bob CANCEL"));
    TraceEvent.Send invite = lab.send("pbx>bob INVITE");
    assertEquals(invite.timeUs() + 20_000_000, lab.send("pbx>bob CANCEL").timeUs());
    assertEquals(invite.timeUs() + 20_000_000, lab.send("pbx>alice 480").timeUs());
    assertTrue(PbxLab.header(lab.send("pbx>alice 480").message(), "Warning")
        .contains("bob did not answer within 20 s"));
    assertTrue(lab.bob.seen.contains("cancelled"), lab.bob.seen.toString());
    assertEquals("idle", lab.pbx.state());
    assertEquals(List.of(), lab.findings());
  }

  @Test
  @DisplayName("a callee that sent nothing back by the ring timeout gets no CANCEL until its"
      + " first provisional response (section 9.1), and alice gets 408 at once")
  void silentCalleeGets408() {
    PbxLab.Setup setup = new PbxLab.Setup();
    setup.ringTimeoutUs = 5_000_000;
    PbxLab lab = new PbxLab(setup);
    lab.registerAll(lab.bob);
    lab.dropEvery("pbx", "bob", "INVITE");
    lab.step("alice", "call 100", () -> lab.alice.call("100"), 40_000_000);
    TraceEvent.Send invite = lab.send("pbx>bob INVITE");
    assertEquals(invite.timeUs() + 5_000_000, lab.send("pbx>alice 408").timeUs());
    assertTrue(lab.sends().stream().noneMatch(s -> s.equals("pbx>bob CANCEL")),
        lab.sends().toString());
    assertTrue(lab.notes("pbx").stream().anyMatch(n -> n.action().equals("waits")));
    assertEquals(1, lab.sends().stream().filter(s -> s.startsWith("pbx>alice 4")).count(),
        "no second final response when Timer B ends the INVITE to bob");
    assertEquals("idle", lab.pbx.state());
  }

  @Test
  @DisplayName("the ring timeout is cancelled when the callee answers, so an answered call is"
      + " never cancelled however long it lasts")
  void answeredCallStopsTheTimer() {
    PbxLab lab = ringing(TestPhone.Answer.RING_AND_ANSWER, 1_000_000);
    assertTrue(lab.sends().contains("pbx>alice 200"), lab.sends().toString());
    assertTrue(lab.sends().stream().noneMatch(s -> s.endsWith(" CANCEL")), lab.sends().toString());
    assertTrue(lab.sim.trace().events().stream().anyMatch(e -> e instanceof TraceEvent.Timer t
        && t.element().equals("pbx") && t.timer().equals("ring timeout")
        && t.action().equals("cancelled")));
    assertEquals("in-call", lab.pbx.state());
  }

  @Test
  @DisplayName("whatever the ring timeout and however late the callee answers, alice gets 200"
      + " exactly when bob answers before the timeout, else 480, and never both")
  void answerOrTimeoutNeverBoth() {
    qt().withFixedSeed(1803L).withExamples(25)
        .forAll(Generate.longRange(1, 30), Generate.longRange(25, 30_000))
        .check((timeoutS, answerMs) -> {
          PbxLab.Setup setup = new PbxLab.Setup();
          setup.ringTimeoutUs = timeoutS * 1_000_000;
          PbxLab lab = new PbxLab(setup);
          lab.registerAll(lab.bob);
          lab.bob.answer = TestPhone.Answer.RING_ONLY;
          lab.step("alice", "call 100", () -> lab.alice.call("100"), 1);
          // bob answers answerMs after alice called, unless the PBX's CANCEL came first.
          lab.sim.at(lab.sim.scheduler().nowUs() + answerMs * 1000, "bob", "answer", () -> {
            if (!lab.bob.seen.contains("cancelled")) {
              lab.bob.answerNow();
            }
          });
          lab.runFor(60_000_000);
          List<String> finals = lab.sends().stream().filter(s -> s.startsWith("pbx>alice ")
              && !s.endsWith(" 100") && !s.endsWith(" 180") && !s.endsWith(" BYE")).toList();
          // Counted from alice's call: bob's 200 reaches the PBX 10 ms after he sends it; the
          // PBX sent its INVITE, and started the ring timeout, 10 ms after alice called.
          long answerAtPbxUs = answerMs * 1000 + 10_000;
          long timeoutAtUs = 10_000 + timeoutS * 1_000_000;
          if (answerAtPbxUs == timeoutAtUs) {
            return finals.size() == 1;
          }
          return finals.equals(List.of(answerAtPbxUs < timeoutAtUs
              ? "pbx>alice 200" : "pbx>alice 480"));
        });
  }
}
