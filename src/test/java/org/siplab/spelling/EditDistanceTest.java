package org.siplab.spelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("edit distance")
class EditDistanceTest {

  @Test
  @DisplayName("counts a swap of neighbours, an insertion, a deletion and a replacement as one"
      + " edit")
  void oneEditEach() {
    assertEquals(1, EditDistance.between("Form", "From"));
    assertEquals(1, EditDistance.between("Max-Forward", "Max-Forwards"));
    assertEquals(1, EditDistance.between("Vias", "Via"));
    assertEquals(1, EditDistance.between("Call-IP", "Call-ID"));
    assertEquals(2, EditDistance.between("Path", "Date"));
  }

  @Test
  @DisplayName("a slip is one edit from a short name and two from a long one, case aside, and a"
      + " name in other case is no slip")
  void slips() {
    assertTrue(EditDistance.isSlipFor("Form", "From"));
    assertTrue(EditDistance.isSlipFor("contnet-type", "Content-Type"));
    assertTrue(EditDistance.isSlipFor("Contnet-Typ", "Content-Type"));
    assertFalse(EditDistance.isSlipFor("Path", "Date"), "Path is RFC 3327's, not Date misspelt");
    assertFalse(EditDistance.isSlipFor("from", "From"));
    assertFalse(EditDistance.isSlipFor("Event", "Contact"));
  }

  @Test
  @DisplayName("is a distance: zero only to itself, symmetric, and no more than the longer length")
  void isADistance() {
    qt().withFixedSeed(16).forAll(strings().ascii().ofLengthBetween(0, 12),
        strings().ascii().ofLengthBetween(0, 12))
        .check((a, b) -> EditDistance.between(a, a) == 0
            && EditDistance.between(a, b) == EditDistance.between(b, a)
            && EditDistance.between(a, b) <= Math.max(a.length(), b.length())
            && (EditDistance.between(a, b) == 0) == a.equals(b));
  }
}
