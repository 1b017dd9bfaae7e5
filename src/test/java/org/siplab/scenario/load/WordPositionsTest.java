package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An error about one word of a value points at that word however the value is written: on one
 * line, quoted, folded over lines, or as a block scalar below its key.
 */
@DisplayName("an error about a word of a value")
class WordPositionsTest {

  private static final long SEED = 20_261_127L;

  @Test
  @DisplayName("in a folded block scalar points at the word, not at the >- above it")
  void foldedBlock() {
    assertEquals(List.of("t.yaml:11:7: unknown element 'bobb'; did you mean 'bob'?"),
        Scenarios.errors(Scenarios.BASE
            + "  - at: 2s\n    do: >-\n      alice.call\n      bobb\n"));
  }

  @Test
  @DisplayName("in a double-quoted value folded over two lines points at the word")
  void foldedQuoted() {
    assertEquals(List.of("t.yaml:9:9: alice.hangup takes no more arguments, found 'now'; expected"
            + " alice.hangup"),
        Scenarios.errors(Scenarios.BASE + "  - { at: 2s, do: \"alice.hangup\n        now\" }\n"));
  }

  /**
   * Property: the misspelt callee of {@code alice.call}, written in any of the styles below with
   * any indentation and any line split, is reported at a position where the file has that word.
   */
  @Test
  @DisplayName("points at the word in any style of scalar, any indentation and any line split")
  void anyStyle() {
    qt().withFixedSeed(SEED).withExamples(300)
        .forAll(integers().between(0, 4), integers().between(0, 5), integers().between(0, 1))
        .checkAssert((style, indent, split) -> {
          String text = Scenarios.BASE + "  - at: 2s\n    do: "
              + written(style, " ".repeat(6 + indent), split == 1) + "\n";
          List<String> errors = Scenarios.errors(text);
          assertEquals(1, errors.size(), () -> text + errors);
          String[] at = errors.get(0).split(":");
          String line = text.split("\n", -1)[Integer.parseInt(at[1]) - 1];
          int column = Integer.parseInt(at[2]);
          assertTrue(line.startsWith("bobb", column - 1), () -> text + errors);
        });
  }

  private static String written(int style, String indent, boolean split) {
    String gap = split ? "\n" + indent : " ";
    return switch (style) {
      case 0 -> ">-\n" + indent + "alice.call" + gap + "bobb";
      case 1 -> "|-\n" + indent + "alice.call bobb";
      case 2 -> "\"alice.call" + gap + "bobb\"";
      case 3 -> "'alice.call" + gap + "bobb'";
      default -> "alice.call" + gap + "bobb";
    };
  }
}
