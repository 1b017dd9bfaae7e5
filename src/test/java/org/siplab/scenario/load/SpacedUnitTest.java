package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.scenario.model.Duration;
import org.siplab.scenario.model.Scenario;

/**
 * A duration may have one space between its number and its unit ({@code 20 ms}, as prose writes
 * it): every key whose value is a span of time reads it as the same span without the space. All
 * of them share one reader, and this pins that none goes its own way.
 */
@DisplayName("a duration written with a space before its unit")
class SpacedUnitTest {

  /** Every span key of the schema, each value last on its line so that no position moves. */
  private static final String EVERY_SPAN = """
      seed: 1
      timers:
        T1: 250_ms
        T2: 4_s
        T4: 5_s
      network:
        default:
          delay: 20_ms
          jitter: 5_ms
          reorder: 10%
          reorder-delay: 30_ms
          partitions:
            - start: 40_s
              end: 41_s
        links:
          - between: [alice, proxy]
            delay: 15_ms
            jitter: 1_ms
            reorder-delay: 2_ms
            partitions:
              - start: 42_s
                end: 43_s
        faults:
          - delay: INVITE
            from: alice
            to: proxy
            by: 100_ms
      elements:
        alice:
          kind: phone
          aor: "sip:alice@example.com"
          address: 192.0.2.101
          proxy: proxy
          cancel-after: 30_s
          register:
            expires: 600_s
        bob:
          kind: phone
          aor: "sip:bob@example.com"
          address: 192.0.2.102
          proxy: proxy
          answer:
            after: 2_s
        proxy:
          kind: proxy
          domain: example.com
          address: 192.0.2.10
          registrar: registrar
          timer-c: 200_s
        registrar:
          kind: registrar
          domain: example.com
          address: 192.0.2.11
          min-expires: 60_s
          max-expires: 2_h
          nonce-lifetime: 5_m
        pbx:
          kind: pbx
          domain: pbx.example.com
          address: 192.0.2.12
          ring-timeout: 25_s
      script:
        - at: 0_s
          do: bob.register
        - on: bob.registered
          after: 1500_us
          do: alice.call bob
      expect:
        - by: 10_s
          alice: in-call
        - bindings: { registrar: { "sip:bob@example.com": ["sip:bob@192.0.2.102:5060"] } }
          at: 5_s
      """;

  private static Scenario load(String space) {
    return ScenarioLoader.load("spans.yaml", EVERY_SPAN.replace("_", space)).orThrow();
  }

  @Test
  @DisplayName("is the same span without the space, for every key that takes a span of time")
  void everySpanKeyReadsTheSpaceTheSameWay() {
    Scenario spaced = load(" ");
    assertEquals(load(""), spaced);
    assertEquals(Duration.ofMillis(20), spaced.network().defaults().delay());
  }
}
