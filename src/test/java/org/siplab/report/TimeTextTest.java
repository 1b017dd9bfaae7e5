package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("virtual time in words")
class TimeTextTest {

  @Test
  @DisplayName("a moment is seconds with milliseconds, or with microseconds when it needs them")
  void moments() {
    assertEquals("0.000 s", TimeText.at(0));
    assertEquals("0.510 s", TimeText.at(510_000));
    assertEquals("32.020 s", TimeText.at(32_020_000));
    assertEquals("0.000250 s", TimeText.at(250));
  }

  @Test
  @DisplayName("a span is in the largest unit that keeps it exact")
  void spans() {
    assertEquals("32 s", TimeText.span(32_000_000));
    assertEquals("1.5 s", TimeText.span(1_500_000));
    assertEquals("500 ms", TimeText.span(500_000));
    assertEquals("250 µs", TimeText.span(250));
    assertEquals("2.48 s", TimeText.span(2_480_000));
  }
}
