package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.message.Method;
import org.siplab.sim.LinkProfile;

/**
 * Properties of non-INVITE transactions over lossy links: three OPTIONS from alice to bob over a
 * link with a fixed delay, random loss up to one half and some duplication, bob's TU answering
 * each with an optional 100 and then a 200 after a while.
 */
class NonInvitePropertiesTest {

  private static final long QT_SEED = 0x5EED_7A11L;
  private static final long T1 = TimerSettings.DEFAULT.t1Us();
  private static final long[] STARTS = {0, 1_300_000, 2_900_000};

  /** One run's settings. */
  record Scenario(long seed, double lossRatio, long delayUs, long answerAfterUs,
      boolean provisionalFirst) {}

  /** What one run produced. */
  record Outcome(Scenario scenario, Rig.Element alice, Rig.Element bob, Rig rig,
      List<ClientTransaction> transactions) {}

  private static Gen<Scenario> scenarios() {
    return longs().all().zip(doubles().between(0, 0.5), longs().between(0, 150_000),
        longs().between(0, 6_000_000), booleans().all(), Scenario::new);
  }

  static Outcome run(Scenario scenario) {
    LinkProfile link = LinkProfile.ofDelay(scenario.delayUs())
        .withLossRatio(scenario.lossRatio()).withDuplicateRatio(0.1);
    Rig rig = new Rig(scenario.seed(), link);
    Rig.Element alice = rig.element("alice", Rig.ALICE);
    Rig.Element bob = rig.element("bob", Rig.BOB);
    bob.user.onRequest = (request, tx) -> {
      if (scenario.provisionalFirst()) {
        tx.respond(Sip.response(request, 100));
      }
      rig.scheduler.schedule(scenario.answerAfterUs(),
          () -> tx.respond(Sip.response(request, 200)));
    };
    List<ClientTransaction> transactions = new ArrayList<>();
    for (int i = 0; i < STARTS.length; i++) {
      String branch = "z9hG4bKprop" + i;
      rig.scheduler.scheduleAt(STARTS[i], () -> transactions.add(alice.layer
          .startClientTransaction(Sip.request(Method.OPTIONS, branch), Rig.BOB)));
    }
    rig.scheduler.runUntilIdle();
    return new Outcome(scenario, alice, bob, rig, transactions);
  }

  @Test
  @DisplayName("for any loss ratio up to 0.5 and any seed, a non-INVITE transaction either"
      + " completes or ends in Timer F exactly 64*T1 after it started")
  void completesOrTimesOutAtTimerF() {
    qt().withFixedSeed(QT_SEED).withExamples(300).forAll(scenarios()).checkAssert(scenario -> {
      Outcome outcome = run(scenario);
      for (int i = 0; i < STARTS.length; i++) {
        ClientTransaction transaction = outcome.transactions().get(i);
        List<RecordingUser.Call> finals = new ArrayList<>();
        List<RecordingUser.Call> timeouts = new ArrayList<>();
        for (RecordingUser.Call call : outcome.alice().user.calls) {
          if (call.transaction() == transaction && call.what().equals("response 200")) {
            finals.add(call);
          } else if (call.transaction() == transaction && call.what().startsWith("timeout")) {
            timeouts.add(call);
          }
        }
        boolean completed = finals.size() == 1 && timeouts.isEmpty();
        boolean timedOut = finals.isEmpty() && timeouts.size() == 1
            && timeouts.get(0).what().equals("timeout F")
            && timeouts.get(0).timeUs() == STARTS[i] + 64 * T1;
        assertTrue(completed || timedOut, "transaction " + i + ": " + outcome.alice().user.calls);
      }
      assertEquals(0, outcome.alice().transactionCount() + outcome.bob().transactionCount());
      assertEquals(0, outcome.rig().scheduler.pendingCount());
    });
  }

  @Test
  @DisplayName("for any loss ratio up to 0.5 and any seed, the server passes each request to its"
      + " TU at most once, however many retransmissions and duplicates arrive")
  void serverNeverPassesARetransmissionUp() {
    qt().withFixedSeed(QT_SEED).withExamples(300).forAll(scenarios()).checkAssert(scenario -> {
      Outcome outcome = run(scenario);
      Map<String, Integer> perBranch = new LinkedHashMap<>();
      for (var request : outcome.bob().user.requests()) {
        perBranch.merge(request.topVia().branch(), 1, Integer::sum);
      }
      perBranch.forEach((branch, count) -> assertEquals(1, count, branch));
    });
  }
}
