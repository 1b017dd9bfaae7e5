package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The script and expect lists sit one after the other, and their items look alike. */
@DisplayName("an item in the wrong list")
class ItemsInTheWrongListTest {

  @Test
  @DisplayName("an expectation under script: is told once to go under expect:")
  void anExpectationUnderScriptIsToldOnce() {
    assertEquals(List.of("t.yaml:8:5: this item has by:, so it is an expectation, not a script"
        + " step; expected it under expect:"),
        Scenarios.errors(Scenarios.BASE + "  - { by: 4s, alice: in-call }\n"));
  }

  @Test
  @DisplayName("a script step under expect: is told once to go under script:")
  void aStepUnderExpectIsToldOnce() {
    assertEquals(List.of("t.yaml:9:5: this item has do:, so it is a script step, not an"
        + " expectation; expected it under script:"),
        Scenarios.errors(Scenarios.BASE + "expect:\n  - { at: 9s, do: alice.hangup }\n"));
  }

  @Test
  @DisplayName("a step with no do: and no expectation's key is still told it has no do:")
  void aStepWithoutDoIsStillToldSo() {
    assertEquals(List.of("t.yaml:8:5: script step has no 'do'; expected do: an action"
        + " element.action [arguments], such as alice.call bob"),
        Scenarios.errors(Scenarios.BASE + "  - { at: 2s }\n"));
  }
}
