package org.siplab.transaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
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
    return run(scenario, scenario.seed(), link, LayerSettings.DEFAULT,
        scenario.provisionalFirst(), scenario.answerAfterUs(), "z9hG4bKprop");
  }

  /**
   * Alice starts a transaction at each of {@link #STARTS}; Bob answers each request 200 after
   * {@code answerAfterUs}, with a 100 first if {@code provisionalFirst}; the run goes until idle.
   */
  private static Outcome run(Scenario recorded, long seed, LinkProfile link,
      LayerSettings settings, boolean provisionalFirst, long answerAfterUs, String branches) {
    Rig rig = new Rig(seed, link);
    Rig.Element alice = rig.element("alice", Rig.ALICE, settings);
    Rig.Element bob = rig.element("bob", Rig.BOB, settings);
    bob.user.onRequest = (request, tx) -> {
      if (provisionalFirst) {
        tx.respond(Sip.response(request, 100));
      }
      rig.scheduler.schedule(answerAfterUs, () -> tx.respond(Sip.response(request, 200)));
    };
    List<ClientTransaction> transactions = new ArrayList<>();
    for (int i = 0; i < STARTS.length; i++) {
      String branch = branches + i;
      rig.scheduler.scheduleAt(STARTS[i], () -> transactions.add(alice.layer
          .startClientTransaction(Sip.request(Method.OPTIONS, branch), Rig.BOB)));
    }
    rig.scheduler.runUntilIdle();
    return new Outcome(recorded, alice, bob, rig, transactions);
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

  /**
   * A run with timers of its own and a link that delays, jitters, reorders, duplicates and loses:
   * T1 from 20 ms to 1 s, T2 from T1 to 8 s, T4 from 1 to 10 s; loss in whole percent from 0 to
   * 50 % (0.5 itself included); the link's delay, jitter and hold-back together stay under 64*T1,
   * the longest a UDP message is taken to live (Timer J, section 17.2.2).
   */
  record TimedScenario(long seed, TimerSettings timers, LinkProfile link, long answerAfterUs,
      boolean provisionalFirst) {}

  private static Gen<TimerSettings> timers() {
    return integers().between(20, 1_000).zip(integers().between(0, 8_000),
        integers().between(1, 10), (t1Ms, t2ExtraMs, t4S) -> new TimerSettings(t1Ms * 1_000L,
            Math.min(8_000_000L, Math.max(t1Ms, t2ExtraMs) * 1_000L), t4S * 1_000_000L));
  }

  private static Gen<LinkProfile> lossyLinks() {
    return integers().between(0, 50).zip(integers().between(0, 100), integers().between(0, 20),
        integers().between(0, 30), integers().between(1, 30),
        (lossPercent, delayMs, jitterMs, reorderPercent, heldMs) ->
            LinkProfile.ofDelay(delayMs * 1_000L).withJitterUs(jitterMs * 1_000L)
                .withReordering(reorderPercent / 100.0, heldMs * 1_000L)
                .withLossRatio(lossPercent / 100.0).withDuplicateRatio(0.1));
  }

  private static Gen<TimedScenario> timedScenarios() {
    return longs().all().zip(timers(), lossyLinks(), longs().between(0, 6_000_000),
        booleans().all(), TimedScenario::new);
  }

  static Outcome run(TimedScenario scenario) {
    return run(null, scenario.seed(), scenario.link(),
        LayerSettings.DEFAULT.withTimers(scenario.timers()), scenario.provisionalFirst(),
        scenario.answerAfterUs(), "z9hG4bKtimed");
  }

  @Test
  @DisplayName("for any T1, T2 and T4, any loss ratio up to 0.5 (0.5 included), jitter and"
      + " reordering, a non-INVITE transaction either completes once or ends in Timer F at exactly"
      + " 64*T1 after it started, and the server passes each transaction's request up exactly"
      + " once")
  void completesOrTimesOutAtTimerFWithAnyTimers() {
    qt().withFixedSeed(QT_SEED).withExamples(300).forAll(timedScenarios())
        .checkAssert(scenario -> {
          Outcome outcome = run(scenario);
          long t1 = scenario.timers().t1Us();
          for (int i = 0; i < STARTS.length; i++) {
            ClientTransaction transaction = outcome.transactions().get(i);
            List<String> what = new ArrayList<>();
            List<Long> when = new ArrayList<>();
            for (RecordingUser.Call call : outcome.alice().user.calls) {
              if (call.transaction() == transaction && !call.what().equals("response 100")) {
                what.add(call.what());
                when.add(call.timeUs());
              }
            }
            boolean completed = what.equals(List.of("response 200"));
            boolean timedOut = what.equals(List.of("timeout F"))
                && when.get(0) == STARTS[i] + 64 * t1;
            assertTrue(completed || timedOut, "transaction " + i + " with " + scenario + ": "
                + what + " at " + when);
          }
          Map<Transaction, Integer> perTransaction = new LinkedHashMap<>();
          Map<String, Integer> perBranch = new LinkedHashMap<>();
          for (RecordingUser.Call call : outcome.bob().user.calls) {
            if (call.what().startsWith("request")) {
              perTransaction.merge(call.transaction(), 1, Integer::sum);
              perBranch.merge(((org.siplab.message.SipRequest) call.message()).topVia().branch(),
                  1, Integer::sum);
            }
          }
          perTransaction.forEach((tx, count) -> assertEquals(1, count, tx.toString()));
          perBranch.forEach((branch, count) -> assertEquals(1, count, branch + " " + scenario));
          assertEquals(0, outcome.alice().transactionCount() + outcome.bob().transactionCount());
          assertEquals(0, outcome.rig().scheduler.pendingCount());
        });
  }
}
