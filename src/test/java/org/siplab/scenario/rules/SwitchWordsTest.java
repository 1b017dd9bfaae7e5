package org.siplab.scenario.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.siplab.element.pbx.PbxConfig;
import org.siplab.element.registrar.RegistrarConfig;

/**
 * The misbehaviour words a scenario file may write (the schema, as the generated reference in
 * scenarios/README.md lists them) are exactly the switches each element knows, in the same order,
 * so that no word loads and then fails to build its element, and no switch is out of reach.
 */
@DisplayName("the misbehaviour words of the scenario format")
class SwitchWordsTest {

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| ");

  /** The words of the misbehaviour table of {@code kind} in the README's reference. */
  private static List<String> readmeWords(String kind) throws IOException {
    String readme = Files.readString(Path.of("scenarios", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("#### `kind: " + kind + "`");
    int table = readme.indexOf("Misbehaviours (`misbehave: [...]`", section);
    int next = readme.indexOf("#### ", section + 1);
    List<String> words = new ArrayList<>();
    if (table < 0 || next >= 0 && table > next) {
      return words;
    }
    for (String line : readme.substring(table).split("\n")) {
      Matcher m = ROW.matcher(line);
      if (m.find()) {
        words.add(m.group(1));
      } else if (line.isBlank() && !words.isEmpty()) {
        break;
      }
    }
    return words;
  }

  private static List<String> elementWords(String kind) {
    switch (kind) {
      case "phone":
        return Arrays.stream(org.siplab.element.phone.Misbehaviour.values())
            .map(org.siplab.element.phone.Misbehaviour::token).toList();
      case "proxy":
        return Arrays.stream(org.siplab.element.proxy.Misbehaviour.values())
            .map(org.siplab.element.proxy.Misbehaviour::key).toList();
      case "registrar":
        return Arrays.stream(RegistrarConfig.Misbehaviour.values())
            .map(RegistrarConfig.Misbehaviour::scenarioName).toList();
      case "redirect":
        return Arrays.stream(org.siplab.element.redirect.Misbehaviour.values())
            .map(org.siplab.element.redirect.Misbehaviour::key).toList();
      case "pbx":
        return Arrays.stream(PbxConfig.Misbehaviour.values())
            .map(PbxConfig.Misbehaviour::word).toList();
      default:
        return List.of();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"phone", "proxy", "registrar", "redirect", "pbx"})
  @DisplayName("each kind's misbehaviour words are its element's switches")
  void wordsAreTheSwitches(String kind) throws IOException {
    assertEquals(elementWords(kind), readmeWords(kind));
  }
}
