package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

@DisplayName("reading the header section eight bytes at a time")
class ByteWordsPropertyTest {

  private static final long SEED = 0x5EED_B17EL;

  /** Bytes weighted towards the ones that matter: LF, CR, bytes above 0x7F and their neighbours. */
  private static final Gen<Integer> BYTES = integers().between(0, 9).zip(integers().between(0, 255),
      (kind, any) -> switch (kind) {
        case 0 -> (int) '\n';
        case 1 -> (int) '\r';
        case 2 -> 0x0B;
        case 3 -> 0x09;
        case 4 -> 0x80;
        case 5 -> 0x7F;
        case 6 -> 0xFF;
        default -> any;
      });

  @Test
  @DisplayName("a word has a high byte exactly when one of its eight bytes is above 0x7F, at any"
      + " offset")
  void highByteMeansAByteAbove7F() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(lists().of(BYTES).ofSizeBetween(8, 24), integers().between(0, 16))
        .checkAssert((values, offset) -> {
          byte[] data = new byte[values.size()];
          for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (int) values.get(i);
          }
          int at = Math.min(offset, data.length - ByteWords.WIDTH);
          assertEquals(anyAbove7F(data, at), ByteWords.hasHighByte(ByteWords.word(data, at)),
              () -> List.of(values) + " at " + at);
        });
  }

  @Test
  @DisplayName("a word's line feeds are marked exactly, none missed and none added, and counting"
      + " them over any range gives the number of LF bytes in it")
  void lineFeedsAreMarkedExactly() {
    qt().withFixedSeed(SEED).withExamples(20_000)
        .forAll(lists().of(BYTES).ofSizeBetween(8, 40), integers().between(0, 40),
            integers().between(0, 40))
        .checkAssert((values, a, b) -> {
          byte[] data = new byte[values.size()];
          for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (int) values.get(i);
          }
          int at = Math.min(a, data.length - ByteWords.WIDTH);
          long marks = ByteWords.lineFeeds(ByteWords.word(data, at));
          for (int i = 0; i < ByteWords.WIDTH; i++) {
            long mark = (marks >>> (8 * i)) & 0xFF;
            assertEquals(data[at + i] == '\n' ? 0x80 : 0, mark, "byte " + i + " of " + values
                + " at " + at);
          }
          int from = Math.min(a, data.length);
          int to = Math.max(from, Math.min(b, data.length));
          int expected = 0;
          for (int i = from; i < to; i++) {
            expected += data[i] == '\n' ? 1 : 0;
          }
          assertEquals(expected, ByteWords.countLineFeeds(data, from, to), values + " from "
              + from + " to " + to);
        });
  }

  private static boolean anyAbove7F(byte[] data, int at) {
    for (int i = at; i < at + ByteWords.WIDTH; i++) {
      if (data[i] < 0) {
        return true;
      }
    }
    return false;
  }
}
