package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.scenario.model.Scenario;

@DisplayName("the starter scenario of siplab new")
class StarterScenarioTest {

  @ParameterizedTest(name = "named {0}")
  @ValueSource(strings = {"my-call", "Call: \"quoted\" \\ #1", "yes", "é😀"})
  @DisplayName("loads without errors, and keeps the name exactly")
  void loads(String name) {
    LoadResult result = ScenarioLoader.load("starter.yaml",
        StarterScenario.text(name, name + ".yaml"));
    assertEquals(List.of(), result.errors());
    Scenario scenario = result.orThrow();
    assertEquals(name, scenario.name());
    assertEquals(4, scenario.elements().size());
    assertEquals(4, scenario.script().size());
  }
}
