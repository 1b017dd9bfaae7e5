package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * scenarios/README.md carries the reference the schema tables generate; these tests fail when it
 * is out of date. Run with {@code -Dsiplab.updateReadme=true} to rewrite it.
 */
@DisplayName("the scenario README")
class SchemaReferenceTest {

  private static final Path README = Path.of("scenarios", "README.md");
  private static final String BEGIN = "<!-- BEGIN GENERATED REFERENCE -->\n";
  private static final String END = "<!-- END GENERATED REFERENCE -->";

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8);
  }

  private static String withReference(String readme) {
    int begin = readme.indexOf(BEGIN);
    int end = readme.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README.md has the generated reference markers");
    return readme.substring(0, begin + BEGIN.length()) + "\n" + SchemaReference.markdown()
        + readme.substring(end);
  }

  @Test
  @DisplayName("holds the reference generated from the schema tables")
  void upToDate() throws IOException {
    String expected = withReference(readme());
    if (Boolean.getBoolean("siplab.updateReadme")) {
      Files.writeString(README, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, readme(), "scenarios/README.md is out of date: run mvn test"
        + " -Dtest=SchemaReferenceTest -Dsiplab.updateReadme=true");
  }

  @Test
  @DisplayName("names every key, action, event, state and misbehaviour of every kind")
  void coversEverySchemaWord() throws IOException {
    String readme = readme();
    List<String> missing = new ArrayList<>();
    for (KindSchema kind : KindSchemas.all()) {
      kind.keys().keys().forEach(key -> expect(readme, "`" + key.name() + "`", missing));
      kind.actions().forEach(action -> expect(readme, "`" + action.usage() + "`", missing));
      for (List<Term> terms : List.of(kind.events(), kind.states(), kind.misbehaviours())) {
        terms.forEach(term -> expect(readme, "`" + term.name() + "`", missing));
      }
      expect(readme, "`kind: " + kind.kind().yamlName() + "`", missing);
    }
    ScenarioSchema.KEYS.keys().forEach(key -> expect(readme, "`" + key.name() + "`", missing));
    assertEquals(List.of(), missing, "missing from scenarios/README.md");
  }

  private static void expect(String readme, String text, List<String> missing) {
    if (!readme.contains(text)) {
      missing.add(text);
    }
  }

  @Test
  @DisplayName("opens with an annotated example that loads without errors")
  void exampleLoads() throws IOException {
    String readme = readme();
    int start = readme.indexOf("```yaml\n") + "```yaml\n".length();
    String example = readme.substring(start, readme.indexOf("```\n", start));
    assertEquals(List.of(), ScenarioLoader.load("README.md", example).errors());
  }
}
