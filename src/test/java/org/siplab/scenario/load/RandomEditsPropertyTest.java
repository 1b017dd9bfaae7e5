package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariant: whatever edits a valid file suffers, loading gives a scenario and no errors, or errors
 * and no scenario; never an exception, never an internal error, never YAML's parser terms; errors
 * are in file order and point inside the file. Seeds are fixed so that a failure replays.
 */
@DisplayName("a scenario file after random edits")
class RandomEditsPropertyTest {

  private static final long SEED = 20_260_301L;

  /** Text YAML and the scenario readers find interesting. */
  private static final List<String> PIECES = List.of(":", ": ", " ", "\n", "- ", "[", "]", "{",
      "}", "\"", "'", "*", "&a ", "#", "%", ",", "\t", "é", "\uD83D\uDE00", "x", "0", "...", ">",
      ".", "~", "null", "yes", "  ", "\u0000", "|\n", "-1s", "999999999999999999999", "[2001::1]:",
      "sip:", "@", "bob", "alice.call ", "kind: phone", "\r\n", "\\", "<<: ");

  private static String edit(String text, List<Integer> draws) {
    String out = text;
    for (int i = 0; i + 2 < draws.size(); i += 3) {
      out = editOnce(out, Math.floorMod(draws.get(i), 5), draws.get(i + 1), draws.get(i + 2));
    }
    return out;
  }

  private static String editOnce(String text, int operation, int where, int what) {
    int at = Math.floorMod(where, text.length() + 1);
    String piece = PIECES.get(Math.floorMod(what, PIECES.size()));
    int end = Math.min(text.length(), at + 1 + Math.floorMod(what, 12));
    return switch (operation) {
      case 0 -> text.substring(0, at) + piece + text.substring(at);
      case 1 -> text.substring(0, at) + text.substring(end);
      case 2 -> text.substring(0, at) + piece + text.substring(end);
      case 3 -> swapLines(text, where, what);
      default -> text.substring(0, at) + text.substring(at, end) + text.substring(at);
    };
  }

  private static String swapLines(String text, int a, int b) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int i = Math.floorMod(a, lines.size());
    int j = Math.floorMod(b, lines.size());
    String line = lines.get(i);
    lines.set(i, lines.get(j));
    lines.set(j, line);
    return String.join("\n", lines);
  }

  private static void loadsOrExplains(String text) {
    LoadResult result = ScenarioLoader.load("fuzz.yaml", text);
    assertEquals(result.isValid(), result.errors().isEmpty(), result::errorReport);
    int lines = text.split("\n", -1).length;
    List<LoadError> errors = result.errors();
    for (int i = 0; i < errors.size(); i++) {
      LoadError error = errors.get(i);
      assertFalse(error.message().contains("internal error"), error::toString);
      assertFalse(error.message().startsWith("YAML")
          && error.message().matches(".*(<[a-z ]+>|while (parsing|scanning)|simple key).*"),
          () -> "YAML's parser terms reach the reader: " + error);
      assertTrue(error.position().line() <= lines + 1, error::toString);
      assertTrue(i == 0 || errors.get(i - 1).compareTo(error) <= 0, result::errorReport);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"proxy-call.yaml", "every-kind.yaml", "several-mistakes.yaml"})
  @DisplayName("loads to a scenario or to errors, never to an exception")
  void neverThrows(String fixture) {
    String text = Scenarios.fixture(fixture);
    qt().withFixedSeed(SEED).withExamples(400)
        .forAll(lists().of(integers().all()).ofSizeBetween(3, 12))
        .checkAssert(draws -> loadsOrExplains(edit(text, draws)));
  }

  @ParameterizedTest(name = "at character {0}")
  @ValueSource(ints = {1020, 1021, 1022, 1023, 1024, 1025, 1026})
  @DisplayName("reads an emoji wherever it falls (snakeyaml-engine's 1024-character buffer)")
  void emojiAtBufferEdge(int where) {
    String head = "description: \"";
    String text = head + "x".repeat(where - head.length()) + "\uD83D\uDE00\"\n" + Scenarios.BASE;
    assertEquals(List.of(), ScenarioLoader.load("emoji.yaml", text).errors());
  }
}
