package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("comparing tokens ignoring case (RFC 3261 section 7.3.1)")
class CaseFoldingTest {

  @Test
  @DisplayName("any string with any of its letters in other case is equal to it, with the same"
      + " hash")
  void otherCaseIsEqualWithTheSameHash() {
    qt().withFixedSeed(731)
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 16),
            integers().all())
        .check((s, mask) -> {
          String other = flip(s, mask);
          return CaseFolding.equal(s, other) && CaseFolding.hash(s) == CaseFolding.hash(other);
        });
  }

  @Test
  @DisplayName("letters that fold to one another across scripts hash alike; other strings differ")
  void foldingCorners() {
    assertEquals(CaseFolding.hash("id"), CaseFolding.hash("\u0130d"));
    assertEquals(CaseFolding.hash("key"), CaseFolding.hash("\u212Aey"));
    assertTrue(CaseFolding.equal(null, null));
    assertFalse(CaseFolding.equal("z9hG4bK1", null));
    assertFalse(CaseFolding.equal("z9hG4bK1", "z9hG4bK2"));
  }

  /** {@code s} with the case of each letter whose bit in {@code mask} is set turned over. */
  private static String flip(String s, int mask) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean turn = (mask >>> (i % 32) & 1) != 0;
      b.append(!turn ? c : Character.isUpperCase(c) ? Character.toLowerCase(c)
          : Character.toUpperCase(c));
    }
    return b.toString();
  }
}
