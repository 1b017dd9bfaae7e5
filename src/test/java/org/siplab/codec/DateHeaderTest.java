package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Date header (RFC 3261 section 20.17 and 25.1): {@code rfc1123-date = wkday "," SP date1 SP
 * time SP "GMT"}, {@code date1 = 2DIGIT SP month SP 4DIGIT}, {@code time = 2DIGIT ":" 2DIGIT ":"
 * 2DIGIT}.
 */
@DisplayName("the Date header")
class DateHeaderTest {

  static String withDate(String value) {
    return ValidationDiagnosticsTest.OK.replace("Content-Length: 0",
        "Date:" + value + "\r\nContent-Length: 0");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Sat, 13 Nov 0010 23:29:00 GMT | 0010-11-13T23:29:00Z",
    "Sat, 01 Jan 0000 00:00:00 GMT | 0000-01-01T00:00:00Z",
    "Fri, 31 Dec 9999 23:59:59 GMT | 9999-12-31T23:59:59Z",
    "Sun, 02 Jun 0982 01:02:03 GMT | 0982-06-02T01:02:03Z"})
  @DisplayName("a date of any four-digit year, 0000 to 9999, parses and prints back as it was"
      + " written")
  void everyFourDigitYearRoundTrips(String date, String instant) {
    ParseResult r = SipParser.parse(withDate(" " + date));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(Instant.parse(instant), r.message().date().instant());
    String printed = new String(SipPrinter.print(r.message()), StandardCharsets.UTF_8);
    assertTrue(printed.contains("\r\nDate: " + date + "\r\n"), printed);
    assertEquals(r.message(), SipParser.parse(printed).message());
  }
}
