package org.siplab.message;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * {@code Date = "Date" HCOLON SIP-date}, where {@code SIP-date = rfc1123-date} and the time zone is
 * always "GMT" (RFC 3261 section 20.17: "SIP only supports the GMT time zone").
 */
public record SipDate(Instant instant) implements HeaderValue {

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  public SipDate {
    Objects.requireNonNull(instant, "instant");
  }

  /** Appends {@code Sat, 13 Nov 2010 23:29:00 GMT}, with English names whatever the locale. */
  @Override
  public void appendTo(PrintSink out) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    out.append(DAYS[t.getDayOfWeek().getValue() - 1]).append(", ");
    twoDigits(out, t.getDayOfMonth());
    out.append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ').append(t.getYear()).append(' ');
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

  /** Whether the abbreviation is one of the {@code wkday} names. */
  public static boolean isWeekday(String abbreviation) {
    for (String d : DAYS) {
      if (d.equals(abbreviation)) {
        return true;
      }
    }
    return false;
  }

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
