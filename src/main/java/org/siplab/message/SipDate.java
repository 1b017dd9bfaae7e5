package org.siplab.message;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * {@code Date = "Date" HCOLON SIP-date}, where {@code SIP-date = rfc1123-date} and the time zone is
 * always "GMT" (RFC 3261 section 20.17: "SIP restricts the time zone in SIP-date to "GMT"").
 *
 * <pre>
 * rfc1123-date = wkday "," SP date1 SP time SP "GMT"
 * date1        = 2DIGIT SP month SP 4DIGIT
 * time         = 2DIGIT ":" 2DIGIT ":" 2DIGIT
 * </pre>
 *
 * The year is four digits, so a SIP-date can say any second of the years 0000 to 9999 (the parser
 * reads all of them); an instant outside is refused when the value is built, as it could not be
 * printed.
 */
public record SipDate(Instant instant) implements HeaderValue {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** The first instant of year 0000 and the first of year 10000, which no SIP-date can say. */
  private static final Instant FIRST = LocalDateTime.of(0, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);
  private static final Instant TOO_LATE =
      LocalDateTime.of(10_000, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

  public SipDate {
    Objects.requireNonNull(instant, "instant");
    // A SIP-date says whole seconds, so the value keeps no more: a Date built from a clock reading
    // (a registrar's 200, section 10.3 step 8) then equals the Date parsed from its printed text.
    instant = instant.truncatedTo(ChronoUnit.SECONDS);
    if (instant.isBefore(FIRST) || !instant.isBefore(TOO_LATE)) {
      throw new IllegalArgumentException("a SIP-date's year is four digits, 0000 to 9999 (RFC 3261"
          + " section 25.1, date1): " + instant);
    }
  }

  /** Appends {@code Sat, 13 Nov 2010 23:29:00 GMT}, with English names whatever the locale. */
  @Override
  public void appendTo(PrintSink out) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    out.append(weekdayOf(t.getDayOfWeek())).append(", ");
    twoDigits(out, t.getDayOfMonth());
    out.append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
    fourDigits(out, t.getYear());
    out.append(' ');
    twoDigits(out, t.getHour());
    out.append(':');
    twoDigits(out, t.getMinute());
    out.append(':');
    twoDigits(out, t.getSecond());
    out.append(" GMT");
  }

  /** The month number 1-12 of an English abbreviation ({@code rfc1123-date} month), else 0. */
  public static int monthNumber(String abbreviation) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (MONTHS[i].equals(abbreviation)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** The wkday a SIP-date writes for this day of the week ({@code Mon} ... {@code Sun}). */
  public static String weekdayOf(DayOfWeek day) {
    return DAYS[day.getValue() - 1];
  }

  /** Whether the abbreviation is one of the {@code wkday} names. */
  public static boolean isWeekday(String abbreviation) {
    for (String d : DAYS) {
      if (d.equals(abbreviation)) {
        return true;
      }
    }
    return false;
  }

  /** date1's year is 4DIGIT: year 10 prints as 0010, which is what a reader takes back. */
  private static void fourDigits(PrintSink out, int n) {
    if (n < 1000) {
      out.append(n < 10 ? "000" : n < 100 ? "00" : "0");
    }
    out.append(n);
  }

  /** Day, hour, minute and second are each 2DIGIT. */
  private static void twoDigits(PrintSink out, int n) {
    if (n < 10) {
      out.append('0');
    }
    out.append(n);
  }

  @Override
  public String toString() {
    return text();
  }
}
