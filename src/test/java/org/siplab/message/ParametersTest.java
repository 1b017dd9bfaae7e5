package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Parameter lists: names compare ignoring case (RFC 3261 section 7.3.1), values as written. */
@DisplayName("parameter lists")
class ParametersTest {

  @Test
  @DisplayName("lists equal by their case-insensitive names have the same hash code, whatever"
      + " characters a built name holds")
  void equalListsHaveEqualHashCodes() {
    for (String[] pair : new String[][] {{"TAG", "tag"}, {"\u0130d", "id"}, {"\u212Aey", "key"},
        {"\u017Fid", "sid"}}) {
      Parameters a = Parameters.of(Parameter.of(pair[0], "1"));
      Parameters b = Parameters.of(Parameter.of(pair[1], "1"));
      assertEquals(a, b, pair[0]);
      assertEquals(a.hashCode(), b.hashCode(), pair[0]);
    }
  }
}
