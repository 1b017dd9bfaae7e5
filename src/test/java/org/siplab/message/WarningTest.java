package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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

  @Test
  @DisplayName("a warn-agent that is neither a hostport nor a pseudonym is refused when the value"
      + " becomes a header, since its printed text would not parse back")
  void anAgentThatIsNeitherAHostportNorAPseudonymIsRefused() {
    for (String agent : new String[] {"a b", "", "h:", "h:x", "h::5060", "a:b:c", "h:99999",
        "[::1", "[::1]x", "[1:2]", "-h.example.com:5060", "h..example.com:1", "1.2.3.999:5060",
        "01.2.3.4:5060", "h;x", "\"q\"", "host@example.com"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> SipResponse.builder(399, "Note")
              .header(HeaderName.WARNING, new Warning(399, agent, "x")), agent);
      assertTrue(e.getMessage().contains("warn-agent = hostport / pseudonym")
          && e.getMessage().contains("20.43"), e::getMessage);
    }
  }

  @Test
  @DisplayName("a warn-agent that is a pseudonym, a host, an IPv4 address or an IPv6 reference,"
      + " each with or without a port, is accepted")
  void hostportsAndPseudonymsAreAccepted() {
    for (String agent : new String[] {"h", "siplab", "h.example.com", "h.example.com:5060",
        "192.0.2.1", "192.0.2.1:5060", "[::1]", "[2001:db8::1]:5061", "[::ffff:192.0.2.1]:0",
        "1.2.3.999", "x_y!z"}) {
      assertDoesNotThrow(() -> SipResponse.builder(399, "Note")
          .header(HeaderName.WARNING, new Warning(399, agent, "x")), agent);
    }
  }
}
