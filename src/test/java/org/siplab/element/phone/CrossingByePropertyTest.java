package org.siplab.element.phone;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.siplab.scenario.run.RunResult;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.TraceEvent;

/**
 * A request of the peer that meets this phone's BYE, for any link delay and any moment around
 * the hang-up: RFC 3261 sections 15.1.1, 12.2.2 and 21.4.25.
 */
@DisplayName("a phone's answer to the peer's request around its own BYE")
class CrossingByePropertyTest {

  private static final String CALL = """
      seed: %d
      network:
        default: { delay: %dms }
      elements:
        alice: { kind: phone, aor: "sip:alice@atlanta.example.com", address: 192.0.2.101 }
        bob:   { kind: phone, aor: "sip:bob@biloxi.example.com", address: 192.0.2.201,
                 answer: { after: 1s } }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 3s, do: alice.hangup }
        - { at: %dms, do: bob.%s }
      """;

  @Test
  @DisplayName("for any delay, moment and request (INFO or re-INVITE) the peer still sends: it is"
      + " answered 200 when it reached the phone before its BYE left and 481 when after, never"
      + " 487; the checker finds nothing and both calls end")
  void answeredByWhenItArrived() {
    qt().withFixedSeed(15_011L).withExamples(30)
        .forAll(Generate.longRange(0, 1_000), Generate.range(1, 80),
            Generate.range(-100, 100), Generate.pick(List.of("info", "hold")))
        .checkAssert((seed, delayMs, offsetMs, action) -> {
          RunResult run = ScenarioRuns.run("crossing.yaml",
              CALL.formatted(seed, delayMs, 3_000 + offsetMs, action));
          List<TraceEvent> events = run.trace().events();
          String method = action.equals("info") ? "INFO" : "INVITE";
          long byeLeft = events.stream()
              .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
                  && s.firstLine().startsWith("BYE "))
              .mapToLong(TraceEvent::seq).min().orElseThrow();
          List<Long> requests = events.stream()
              .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("bob")
                  && s.firstLine().startsWith(method + " "))
              .map(e -> ((TraceEvent.Send) e).datagram()).toList();
          TraceEvent.Deliver arrived = events.stream()
              .filter(e -> e instanceof TraceEvent.Deliver d && requests.contains(d.datagram()))
              .map(e -> (TraceEvent.Deliver) e).findFirst().orElse(null);
          String context = "seed " + seed + ", delay " + delayMs + " ms, offset " + offsetMs
              + " ms, " + action;
          if (!run.findings().isEmpty()) {
            throw new AssertionError(context + ": " + run.findings());
          }
          List<String> ends = events.stream()
              .filter(e -> e instanceof TraceEvent.Action a && a.action().equals("call ended"))
              .map(e -> ((TraceEvent.Action) e).element()).toList();
          if (!ends.contains("alice") || !ends.contains("bob")) {
            throw new AssertionError(context + ": calls ended " + ends);
          }
          if (requests.isEmpty()) {
            // Bob had the BYE before his step came: with no call there is nothing to send.
            return;
          }
          if (arrived == null) {
            throw new AssertionError(context + ": the request never reached alice");
          }
          List<String> answers = events.stream()
              .filter(e -> e instanceof TraceEvent.Send s && s.from().equals("alice")
                  && s.firstLine().startsWith("SIP/2.0 ") && s.cseq().equals(arrived.cseq()))
              .map(e -> ((TraceEvent.Send) e).firstLine().substring(8, 11)).distinct().toList();
          String expected = arrived.seq() > byeLeft ? "481" : "200";
          if (!answers.equals(List.of(expected))) {
            throw new AssertionError(context + ": answered " + answers + ", expected "
                + expected);
          }
        });
  }
}
