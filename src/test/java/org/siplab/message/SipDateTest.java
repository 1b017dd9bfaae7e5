package org.siplab.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.siplab.testkit.Draw;
import org.siplab.testkit.MessageGen;

/**
 * The printed SIP-date (RFC 3261 section 25.1): {@code rfc1123-date = wkday "," SP date1 SP time SP
 * "GMT"}, {@code date1 = 2DIGIT SP month SP 4DIGIT}, {@code time = 2DIGIT ":" 2DIGIT ":" 2DIGIT}.
 */
@DisplayName("a Date value")
class SipDateTest {

  private static final long SEED = 0x5EED_DA7EL;

  /** The same form from the JDK: English names, every field zero-padded, year 0 as 0000. */
  private static final DateTimeFormatter RFC_1123_FIXED =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  @Test
  @DisplayName("any second of the years 0000 to 9999 prints with a four-digit year and two-digit"
      + " day, hour, minute and second")
  void everyDatePrintsWithFixedWidthFields() {
    Gen<Instant> dates = in -> MessageGen.sipDate(new Draw(in));
    qt().withFixedSeed(SEED).withExamples(3000).forAll(dates).checkAssert(instant ->
        assertEquals(RFC_1123_FIXED.format(instant), new SipDate(instant).text()));
  }

  @Test
  @DisplayName("the year 10 prints as 0010, and the first and last seconds a SIP-date can say print"
      + " as such")
  void smallYearsKeepTheirLeadingZeros() {
    assertEquals("Sat, 13 Nov 0010 23:29:00 GMT",
        new SipDate(Instant.parse("0010-11-13T23:29:00Z")).text());
    assertEquals("Sat, 01 Jan 0000 00:00:00 GMT",
        new SipDate(Instant.parse("0000-01-01T00:00:00Z")).text());
    assertEquals("Fri, 31 Dec 9999 23:59:59 GMT",
        new SipDate(Instant.parse("9999-12-31T23:59:59Z")).text());
  }

  @Test
  @DisplayName("a Date built from an instant with a fraction of a second keeps the whole second, so"
      + " it equals the Date parsed from its printed text")
  void fractionsOfASecondAreDropped() {
    SipDate built = new SipDate(Instant.parse("2026-11-26T23:29:00.999999Z"));
    assertEquals(Instant.parse("2026-11-26T23:29:00Z"), built.instant());
    assertEquals(new SipDate(Instant.parse("2026-11-26T23:29:00Z")), built);
    assertEquals(new SipDate(Instant.parse("1969-12-31T23:59:59Z")),
        new SipDate(Instant.parse("1969-12-31T23:59:59.5Z")));
  }

  @Test
  @DisplayName("an instant before year 0000 or after year 9999 is refused when the value is built")
  void yearsBeyondFourDigitsAreRefused() {
    for (String outside : new String[] {"-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new SipDate(Instant.parse(outside)));
      assertTrue(e.getMessage().contains("0000 to 9999"), e::getMessage);
    }
  }
}
