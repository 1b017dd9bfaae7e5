package org.siplab.scenario.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;
import org.siplab.trace.TraceReader;

/**
 * Each trace event names the call, transaction and dialog it is about (DESIGN.md): the events of a
 * datagram repeat its send's ids, and transaction and timer events carry their transaction's
 * Call-ID. Checked over every bundled scenario and over generated lossy, duplicating, reordering
 * calls.
 */
@DisplayName("the ids on trace events")
class TraceIdsTest {

  /** The timers a phone keeps for one call, whose owner is the call rather than a transaction. */
  private static final Set<String> CALL_TIMERS = Set.of("answer", "cancel if unanswered",
      "give up 64*T1 after CANCEL", "re-INVITE after 491", "retransmit after timeout");

  /** Every bundled scenario but the long run, which the report's size test covers. */
  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("scenarios"))) {
      return files.filter(f -> f.toString().endsWith(".yaml"))
          .filter(f -> !f.startsWith(Path.of("scenarios", "long"))).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  @DisplayName("in every bundled scenario, each datagram event has its send's Call-ID, CSeq,"
      + " transaction and dialog, and each transaction and timer event its transaction's Call-ID")
  void bundledScenarios(Path file) {
    Scenario scenario = ScenarioLoader.load(file).orThrow();
    check(ScenarioRunner.run(scenario, scenario.seed()).trace());
  }

  /** A call, two INFOs and a hang-up over a link that loses, duplicates and reorders. */
  private static Trace lossyCall(long seed, int lossPct, int duplicatePct, int reorderPct) {
    String text = String.format(Locale.ROOT, """
        seed: %d
        network:
          default: { delay: 20ms, jitter: 10ms, loss: %d%%, duplicate: %d%%, reorder: %d%%,
                     reorder-delay: 40ms }
        elements:
          alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
          bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                   answer: { after: 1s } }
        script:
          - { at: 0s, do: alice.call bob }
          - { at: 4s, do: alice.info }
          - { at: 4001ms, do: alice.info }
          - { at: 6s, do: alice.hangup }
        """, seed, lossPct, duplicatePct, reorderPct);
    Scenario scenario = ScenarioLoader.load("lossy.yaml", text).orThrow();
    return ScenarioRunner.run(scenario, seed).trace();
  }

  @Test
  @DisplayName("for any seed, loss, duplication and reordering, each deliver, drop, duplicate"
      + " and delay has its send's ids, and each transaction and timer event its Call-ID")
  void generatedLossyCalls() {
    Set<String> kinds = new TreeSet<>();
    qt().withFixedSeed(81).withExamples(30)
        .forAll(longs().between(0, 1_000_000), integers().between(0, 30),
            integers().between(0, 30), integers().between(0, 50))
        .checkAssert((seed, loss, duplicate, reorder) -> {
          Trace trace = lossyCall(seed, loss, duplicate, reorder);
          check(trace);
          trace.events().forEach(e -> kinds.add(e.type()));
        });
    assertTrue(kinds.containsAll(List.of("deliver", "drop", "duplicate", "delay", "transaction",
        "timer")), "the examples never made some kinds of event: " + kinds);
  }

  @Test
  @DisplayName("the ids survive trace.json: written and read back, every event is the same")
  void idsSurviveTraceJson() {
    Trace trace = lossyCall(5, 20, 20, 30);
    Trace read = TraceReader.read(TraceJson.write(trace, Map.of(), List.of())).trace();
    assertEquals(trace.events(), read.events());
  }

  @Test
  @DisplayName("a trace.json written before these events carried ids still reads, the ids absent")
  void oldTraceJsonReads() {
    String old = """
        { "scenario" : "old", "seed" : 1, "events" : [
          { "seq" : 1, "timeUs" : 0, "type" : "send", "cause" : null, "from" : "alice",
            "to" : "bob", "fromAddress" : "192.0.2.1:5060", "toAddress" : "192.0.2.2:5060",
            "datagram" : 1, "callId" : "c1", "cseq" : "1 OPTIONS",
            "transaction" : "z9hG4bK1/OPTIONS", "dialog" : null, "retransmittedBy" : null,
            "message" : "OPTIONS sip:bob@192.0.2.2 SIP/2.0\\r\\n\\r\\n" },
          { "seq" : 2, "timeUs" : 0, "type" : "transaction", "cause" : null, "element" : "alice",
            "transaction" : "z9hG4bK1/OPTIONS", "kind" : "non-INVITE client",
            "fromState" : null, "toState" : "Trying", "reason" : "TU sent OPTIONS" },
          { "seq" : 3, "timeUs" : 0, "type" : "timer", "cause" : null, "element" : "alice",
            "owner" : "z9hG4bK1/OPTIONS", "timer" : "E", "action" : "set",
            "durationUs" : 500000 },
          { "seq" : 4, "timeUs" : 10000, "type" : "deliver", "cause" : 1, "from" : "alice",
            "to" : "bob", "datagram" : 1, "copy" : false }
        ] }
        """;
    List<TraceEvent> events = TraceReader.read(old).trace().events();
    TraceEvent.Transaction t = (TraceEvent.Transaction) events.get(1);
    TraceEvent.Timer timer = (TraceEvent.Timer) events.get(2);
    TraceEvent.Deliver d = (TraceEvent.Deliver) events.get(3);
    assertEquals("z9hG4bK1/OPTIONS", t.transaction());
    assertEquals(Arrays.asList(null, null), Arrays.asList(t.callId(), t.dialog()));
    assertEquals(Arrays.asList(null, null), Arrays.asList(timer.callId(), timer.dialog()));
    assertEquals(1, d.datagram());
    assertEquals(Arrays.asList(null, null, null, null),
        Arrays.asList(d.callId(), d.cseq(), d.transaction(), d.dialog()));
  }

  /** The invariants, over one trace. */
  static void check(Trace trace) {
    Map<String, TraceEvent.Send> firstRequestOf = new HashMap<>();
    Map<String, TraceEvent.Transaction> transactions = new HashMap<>();
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s && s.transaction() != null
          && !s.message().startsWith("SIP/2.0 ")) {
        firstRequestOf.putIfAbsent(s.transaction(), s);
      } else if (e instanceof TraceEvent.Transaction t) {
        checkTransaction(t, firstRequestOf.get(t.transaction()));
        transactions.put(t.element() + "\n" + t.transaction(), t);
      } else if (e instanceof TraceEvent.Timer t) {
        checkTimer(t, transactions.get(t.element() + "\n" + t.owner()));
      } else if (!(e instanceof TraceEvent.Send)) {
        checkDatagramEvent(trace, e);
      }
    }
  }

  private static void checkDatagramEvent(Trace trace, TraceEvent e) {
    List<String> ids;
    if (e instanceof TraceEvent.Deliver d) {
      ids = Stream.of(d.callId(), d.cseq(), d.transaction(), d.dialog()).toList();
    } else if (e instanceof TraceEvent.Drop d) {
      ids = Stream.of(d.callId(), d.cseq(), d.transaction(), d.dialog()).toList();
    } else if (e instanceof TraceEvent.Duplicate d) {
      ids = Stream.of(d.callId(), d.cseq(), d.transaction(), d.dialog()).toList();
    } else if (e instanceof TraceEvent.Delay d) {
      ids = Stream.of(d.callId(), d.cseq(), d.transaction(), d.dialog()).toList();
    } else {
      return;
    }
    TraceEvent cause = trace.event(e.cause());
    assertTrue(cause instanceof TraceEvent.Send, "event " + e.seq() + " is caused by its send");
    TraceEvent.Send s = (TraceEvent.Send) cause;
    assertEquals(Stream.of(s.callId(), s.cseq(), s.transaction(), s.dialog()).toList(), ids,
        "the ids of event " + e.seq() + " (" + e.type() + ") and of its send " + s.seq());
  }

  /**
   * A transaction's Call-ID and dialog are those of the request that created it, which was sent
   * under the same transaction id (a server transaction's id is its request's branch and method).
   */
  private static void checkTransaction(TraceEvent.Transaction t, TraceEvent.Send request) {
    assertNotNull(t.callId(), "transaction event " + t.seq() + " has its Call-ID");
    if (request != null) {
      assertEquals(request.callId(), t.callId(), "the Call-ID of transaction event " + t.seq());
      assertEquals(request.dialog(), t.dialog(), "the dialog of transaction event " + t.seq());
    }
  }

  /**
   * A transaction timer has its transaction's Call-ID and dialog; a 2xx retransmission timer its
   * dialog's.
   */
  private static void checkTimer(TraceEvent.Timer t, TraceEvent.Transaction owner) {
    if (owner != null) {
      assertEquals(owner.callId(), t.callId(), "the Call-ID of timer event " + t.seq());
      assertEquals(owner.dialog(), t.dialog(), "the dialog of timer event " + t.seq());
    } else if (t.timer().equals("2xx retransmit")) {
      assertNotNull(t.callId(), "timer event " + t.seq() + " has its dialog's Call-ID");
      assertEquals(t.owner(), t.dialog(), "the dialog of timer event " + t.seq());
    }
    if (CALL_TIMERS.contains(t.timer())) {
      assertNotNull(t.callId(), "timer event " + t.seq() + " (" + t.timer() + ") has its call's"
          + " Call-ID");
    }
    if (t.timer().length() == 1) {
      assertNotNull(owner, "timer event " + t.seq() + " belongs to a known transaction");
      assertNotNull(t.callId(), "timer event " + t.seq() + " (Timer " + t.timer() + ") has its"
          + " transaction's Call-ID");
    }
  }
}
