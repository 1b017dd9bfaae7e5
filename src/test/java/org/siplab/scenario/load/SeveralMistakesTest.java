package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("a file with many mistakes")
class SeveralMistakesTest {

  @Test
  @DisplayName("has every mistake reported at once, in file order, as the .errors file lists")
  void allReportedInOrder() {
    LoadResult result = ScenarioLoader.load("several-mistakes.yaml",
        Scenarios.fixture("several-mistakes.yaml"));
    assertFalse(result.isValid());
    assertEquals(Scenarios.fixture("several-mistakes.errors"), result.errorReport());
  }

  @Test
  @DisplayName("reports one typo once, though other keys refer to the mistyped element")
  void oneTypoOneError() {
    String text = Scenarios.BASE.replace("kind: proxy", "kind: proxie");
    assertEquals(List.of("t.yaml:3:18: unknown element kind 'proxie'; did you mean 'proxy'?"),
        Scenarios.errors(text));
  }

  @Test
  @DisplayName("reports mistakes in file order whatever order the sections come in")
  void sectionsInAnyOrder() {
    String text = """
        script:
          - { at: 1s, do: alice.cal bob }
        elements:
          alice: { kind: phone, aor: sip:alice@example.com, address: 192.0.2.101, proxy: bob }
          bob: { kind: phone, aor: sip:bob@biloxi.example.com, address: 192.0.2.102 }
        """;
    assertEquals(List.of(
            "t.yaml:2:25: phone 'alice' has no action 'cal'; did you mean 'call'?",
            "t.yaml:4:82: 'bob' is a phone; expected a proxy or a pbx here"),
        Scenarios.errors(text));
  }
}
