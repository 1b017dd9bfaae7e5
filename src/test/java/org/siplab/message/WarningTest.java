package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** warning-value = warn-code SP warn-agent SP warn-text, warn-code = 3DIGIT (RFC 3261 25.1). */
@DisplayName("a Warning value")
class WarningTest {

  private static final long SEED = 0x5EED_0399L;

  @Test
  @DisplayName("every warn-code from 000 to 999 prints as exactly three digits, leading zeros kept")
  void everyCodePrintsAsThreeDigits() {
    qt().withFixedSeed(SEED).withExamples(2000).forAll(integers().between(0, 999))
        .checkAssert(code -> assertEquals(String.format(Locale.ROOT, "%03d h \"x\"", code),
            new Warning(code, "h", "x").text()));
  }

  @Test
  @DisplayName("a code that is not three digits is refused when the value is built")
  void codesOutsideThreeDigitsAreRefused() {
    for (int code : new int[] {-1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Warning(code, "h", "x"));
      assertTrue(e.getMessage().contains("000 to 999"), e::getMessage);
    }
  }
}
