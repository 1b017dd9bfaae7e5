package org.siplab.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.siplab.codec.ValidationDiagnosticsTest.onlyDiagnostic;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.siplab.codec.Diagnostic.Severity;
import org.siplab.message.SipDate;
import org.siplab.testkit.Draw;
import org.siplab.testkit.MessageGen;

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

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Mon, 13 Nov 2010 23:29:00 GMT | Sat | Saturday",
    "Sun, 29 Feb 2000 00:00:00 GMT | Tue | Tuesday",
    "Fri, 01 Jan 0000 00:00:00 GMT | Sat | Saturday"})
  @DisplayName("a day of the week the date does not fall on is a warning at the day, naming the"
      + " right one; the message is still valid and keeps the date")
  void aWrongDayOfTheWeekIsAWarning(String date, String right, String fullName) {
    ParseResult r = SipParser.parse(withDate(" " + date));
    assertTrue(r.isValid(), r.diagnostics()::toString);
    Diagnostic d = onlyDiagnostic(r, Severity.WARNING, LINE, 7, "Date", "RFC 5322 section 3.3");
    assertEquals("the date says " + date.substring(0, 3) + ", but " + date.substring(5, 16)
        + " is a " + fullName + " (" + right + ")", d.message());
    assertEquals(right + date.substring(3), r.message().date().text());
  }

  /** The Date line of {@link #withDate} is line 7; its value starts at column 6, after "Date:". */
  private static final int LINE = 7;

  private static final String GRAMMAR = "RFC 3261 section 25.1 (rfc1123-date)";

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "' Sat,13 Nov 2010 23:29:00 GMT'   | 11 | expected a single space after the comma, but found"
        + " '13 Nov",
    "' Sat , 13 Nov 2010 23:29:00 GMT' | 10 | expected ',' right after the day of the week, but"
        + " found ' , 13",
    "' Sat,  13 Nov 2010 23:29:00 GMT' | 12 | only a single space may come after the comma, but"
        + " more",
    "' Sat, 13  Nov 2010 23:29:00 GMT' | 15 | only a single space may come between the day and the"
        + " month",
    "' Sat, 13 Nov  2010 23:29:00 GMT' | 19 | only a single space may come between the month and"
        + " the year",
    "' Sat, 13 Nov 2010  23:29:00 GMT' | 24 | only a single space may come between the year and"
        + " the time",
    "' Sat, 13 Nov 2010 23:29:00  GMT' | 33 | only a single space may come between the time and"
        + " the time zone GMT",
    "' Sat, 13 Nov 2010 23:29:00GMT'   | 32 | expected a single space between the time and the"
        + " time zone GMT, but found 'GMT'",
    "' Sat, 13 Nov 2010 23 :29:00 GMT' | 26 | expected ':', but found ' :29",
    "' Sat, 13 Nov 2010 23:29:0 GMT'   | 30 | the second must have exactly 2 digits"})
  @DisplayName("anything but a single space between the parts of a date is an error at the first"
      + " character that is wrong, saying what was expected there")
  void separatorsAreExact(String value, int column, String words) {
    ParseResult r = SipParser.parse(withDate(value));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, LINE, column, "Date", GRAMMAR);
    assertTrue(d.message().contains(words), d::toString);
  }

  /** A printed date with one of its five single spaces replaced, and where that space was. */
  private record Respaced(String date, int spaceAt, String replacement) {}

  @Test
  @DisplayName("any date with one of its single spaces turned into a tab, two spaces or a line fold"
      + " is an error exactly where the single space stops being one")
  void everySeparatorIsOneSpace() {
    Gen<Respaced> dates = in -> {
      Draw d = new Draw(in);
      String date = new SipDate(MessageGen.sipDate(d)).text();
      int at = date.indexOf(' ');
      for (int n = d.between(0, 4); n > 0; n--) {
        at = date.indexOf(' ', at + 1);
      }
      return new Respaced(date, at, d.pick("\t", "  ", "\r\n ", "\r\n\t", " \t"));
    };
    qt().withFixedSeed(0x5EED_DA7EL).withExamples(2000).forAll(dates).checkAssert(x -> {
      ParseResult clean = SipParser.parse(withDate(" " + x.date()));
      assertEquals(List.of(), clean.diagnostics());
      String respaced = x.date().substring(0, x.spaceAt()) + x.replacement()
          + x.date().substring(x.spaceAt() + 1);
      ParseResult r = SipParser.parse(withDate(" " + respaced));
      // "Date: " is six columns; a replacement that starts with a space goes wrong one later.
      int column = 7 + x.spaceAt() + (x.replacement().startsWith(" ") ? 1 : 0);
      onlyDiagnostic(r, Severity.ERROR, LINE, column, "Date", GRAMMAR);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "tab        | 14 | expected a single space between the day and the month, but found U+0009",
    "line fold  | 18 | expected a single space between the month and the year, but found U+000D",
    "space fold | 19 | only a single space may come between the month and the year"})
  @DisplayName("a tab or a line fold inside a date is an error where it starts, although both are"
      + " LWS elsewhere")
  void tabsAndFoldsAreNotASpace(String kind, int column, String words) {
    String value = switch (kind) {
      case "tab" -> " Sat, 13\tNov 2010 23:29:00 GMT";
      case "line fold" -> " Sat, 13 Nov\r\n 2010 23:29:00 GMT";
      default -> " Sat, 13 Nov \r\n 2010 23:29:00 GMT";
    };
    ParseResult r = SipParser.parse(withDate(value));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, LINE, column, "Date", GRAMMAR);
    assertTrue(d.message().contains(words), d::toString);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"Sat, 13 Nov 2010 23:29:00 GMT", "   Sat, 13 Nov 2010 23:29:00 GMT  ",
      "\t Sat, 13 Nov 2010 23:29:00 GMT\t", "\r\n Sat, 13 Nov 2010 23:29:00 GMT"})
  @DisplayName("whitespace before and after the whole date is allowed, as around any header value")
  void whitespaceAroundTheValueIsAllowed(String value) {
    ParseResult r = SipParser.parse(withDate(value));
    assertEquals(List.of(), r.diagnostics());
    assertEquals(Instant.parse("2010-11-13T23:29:00Z"), r.message().date().instant());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {" Sat, 13 Nov 2010 23:29:00", " Sat, 13 Nov 2010 23:29:00  "})
  @DisplayName("a date without its time zone is an error right after the time, saying the zone is"
      + " missing and must be GMT")
  void missingTimeZone(String value) {
    ParseResult r = SipParser.parse(withDate(value));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, LINE, 32, "Date", "RFC 3261 section 20.17");
    assertEquals("Date: the time zone is missing: a SIP date ends with ' GMT' after the time, the"
        + " only time zone SIP allows", d.message());
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', value = {
    "sat, 13 Nov 2010 23:29:00 GMT | 7  | 'sat' is not a day of the week (Mon ... Sun); an RFC"
        + " 1123 date is case-sensitive, so write 'Sat'",
    "Sat, 13 NOV 2010 23:29:00 GMT | 15 | 'NOV' is not a month name (Jan ... Dec); an RFC 1123"
        + " date is case-sensitive, so write 'Nov'",
    "Sat, 13 Nov 2010 23:29:00 gmt | 33 | SIP dates must be in GMT; this one says 'gmt'; an RFC"
        + " 1123 date is case-sensitive, so write 'GMT'",
    "Sat, 13 Nov 2010 23:29:00 EST | 33 | SIP dates must be in GMT; this one says 'EST'"})
  @DisplayName("names in another case are errors that say a date is case-sensitive; another time"
      + " zone is an error naming it")
  void namesAreCaseSensitive(String value, int column, String words) {
    ParseResult r = SipParser.parse(withDate(" " + value));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, LINE, column, "Date",
        "RFC 3261 section 20.17");
    assertEquals("Date: " + words, d.message());
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "' Sat, 31 Feb 2010 23:29:00 GMT' | 12 | there is no day 31 in Feb 2010",
    "' Sat, 29 Feb 2011 23:29:00 GMT' | 12 | there is no day 29 in Feb 2011",
    "' Sat, 00 Nov 2010 23:29:00 GMT' | 12 | there is no day 00 in Nov 2010",
    "' Sat, 13 Nov 2010 24:29:00 GMT' | 24 | the hour 24 is past 23: a time runs from 00:00:00 to"
        + " 23:59:59",
    "' Sat, 13 Nov 2010 23:60:00 GMT' | 27 | the minute 60 is past 59: a time runs from 00:00:00"
        + " to 23:59:59",
    "' Sat, 13 Nov 2010 23:29:61 GMT' | 30 | the second 61 is past 59: a time runs from 00:00:00"
        + " to 23:59:59"})
  @DisplayName("a day the month does not have, or a time past 23:59:59, is an error at that part"
      + " in the learner's words, not the date library's")
  void impossibleDatesAreNamedAtTheirPart(String value, int column, String message) {
    ParseResult r = SipParser.parse(withDate(value));
    Diagnostic d = onlyDiagnostic(r, Severity.ERROR, LINE, column, "Date",
        "RFC 3261 section 20.17");
    assertEquals("Date: " + message, d.message());
  }
}
