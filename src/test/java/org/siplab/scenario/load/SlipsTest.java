package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Slips a student makes while typing a scenario, found in a bug hunt: each is reported once, in
 * the student's words, and does not bring a cascade of errors about what follows from it.
 */
@DisplayName("a slip in a scenario file")
class SlipsTest {

  @Test
  @DisplayName("a key glued to its value, as kind:proxy, is told to take a space after the colon")
  void keyWithoutSpaceAfterColon() {
    assertEquals(List.of("t.yaml:3:12: 'kind:proxy' needs a space after ':'; expected kind: proxy"),
        Scenarios.errors(Scenarios.BASE.replace("kind: proxy,", "kind:proxy,")));
    assertEquals(List.of("t.yaml:8:23: 'delay:20ms' needs a space after ':'; expected delay: 20ms"),
        Scenarios.errors(Scenarios.BASE + "network: { default: { delay:20ms } }\n"));
  }
}
