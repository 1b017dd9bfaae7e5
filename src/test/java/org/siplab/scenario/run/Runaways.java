package org.siplab.scenario.run;

import org.siplab.scenario.load.ScenarioLoader;
import org.siplab.scenario.model.Scenario;

/**
 * Runs that run away, for tests in other packages: a real scenario whose runaway limit is set so
 * low that it is reached long before the scenario's end, as it would be by an element or timer
 * that never stops making events.
 */
public final class Runaways {

  /** A call and a hang-up: 15 events of the run loop (datagrams arriving, timers firing). */
  public static final String CALL = """
      network:
        default: { delay: 10ms }
      elements:
        alice: { kind: phone, aor: sip:alice@atlanta.example.com, address: 192.0.2.101 }
        bob:   { kind: phone, aor: sip:bob@biloxi.example.com, address: 192.0.2.201 }
      script:
        - { at: 0s, do: alice.call bob }
        - { at: 4s, do: alice.hangup }
      expect:
        - { by: 5s, alice: ended, bob: ended }
      """;

  private Runaways() {}

  public static Scenario call() {
    return ScenarioLoader.load("runaway.yaml", CALL).orThrow();
  }

  /** Runs {@link #CALL} with seed 1, calling it a runaway after {@code maxEvents} events. */
  public static RunResult callStoppedAfter(long maxEvents) {
    return ScenarioRunner.run(call(), 1, maxEvents);
  }
}
