package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.explain.TimerValues.Basis;
import org.siplab.explain.RealTraces.Story;
import org.siplab.sim.LinkProfile;
import org.siplab.trace.Trace;

@DisplayName("durations and timer values in words, the same in every locale")
class FormattingTest {

  private final TimerValues rfcDefaults = new TimerValues(500_000, 4_000_000, 5_000_000);

  @Test
  @DisplayName("durations: 500 ms, 1 s, 1.5 s, 32 s, 12.5 ms, 250 µs, 0 s")
  void durations() {
    assertEquals("500 ms", Durations.text(500_000));
    assertEquals("1 s", Durations.text(1_000_000));
    assertEquals("1.5 s", Durations.text(1_500_000));
    assertEquals("32 s", Durations.text(32_000_000));
    assertEquals("12.5 ms", Durations.text(12_500));
    assertEquals("250 µs", Durations.text(250));
    assertEquals("0 s", Durations.text(0));
    assertEquals("3600.03 s", Durations.at(3_600_030_000L));
  }

  @Test
  @DisplayName("an RFC timer's value says which base value it comes from")
  void timerValues() {
    assertEquals("500 ms (T1)", rfcDefaults.describe(500_000, Basis.T1_DOUBLED));
    assertEquals("1 s (T1 = 500 ms, doubled once)",
        rfcDefaults.describe(1_000_000, Basis.T1_DOUBLED));
    assertEquals("2 s (T1 = 500 ms, doubled twice)",
        rfcDefaults.describe(2_000_000, Basis.T1_DOUBLED));
    assertEquals("4 s (T1 = 500 ms, doubled 3 times)",
        rfcDefaults.describe(4_000_000, Basis.T1_DOUBLED));
    assertEquals("4 s (T2, the cap)", rfcDefaults.describe(4_000_000, Basis.T1_DOUBLED_UP_TO_T2));
    assertEquals("32 s (64*T1)", rfcDefaults.describe(32_000_000, Basis.SIXTY_FOUR_T1));
    assertEquals("5 s (T4)", rfcDefaults.describe(5_000_000, Basis.T4));
    assertEquals("200 ms", rfcDefaults.describe(200_000, Basis.FIXED));
  }

  @Test
  @DisplayName("a value is put in terms of T1, T2 or T4 only where the RFC defines the timer so,"
      + " never because the number matches")
  void onlyRfcTimersInTermsOfT1() {
    // A phone's answer delay of 2 s is the scenario's, not T1 doubled twice.
    assertEquals("2 s", rfcDefaults.describe(2_000_000, Basis.ELEMENT));
    // Timer D is "at least 32 seconds" over UDP, not 64*T1, whatever T1 is.
    assertEquals("32 s (at least 32 s over UDP)",
        rfcDefaults.describe(32_000_000, Basis.AT_LEAST_32_S));
    assertEquals("5 s", rfcDefaults.describe(5_000_000, Basis.SIXTY_FOUR_T1));
    assertEquals("32 s", rfcDefaults.describe(32_000_000, Basis.T4));
    assertEquals("answer timer", TimerCatalog.of("answer").name());
    assertEquals(Basis.ELEMENT, TimerCatalog.of("answer").basis());
    assertEquals(Basis.AT_LEAST_32_S, TimerCatalog.of("D").basis());
  }

  @Test
  @DisplayName("RFC 3261 21 gives each status code a section; an unknown code its class")
  void statusSections() {
    assertEquals("21.4.24", StatusSections.of(486));
    assertEquals("21.6.2", StatusSections.of(603));
    assertEquals("21.4", StatusSections.of(499));
  }

  @Test
  @DisplayName("the same trace reads the same in Turkish, English and the root locale")
  void sameTextInEveryLocale() {
    Trace trace = RealTraces.run(Story.LOST_ACKS, 3, LinkProfile.ofDelay(12_500));
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      Map<Long, String> turkish = Annotator.annotate(trace);
      Locale.setDefault(Locale.US);
      assertEquals(turkish, Annotator.annotate(trace));
      Locale.setDefault(Locale.ROOT);
      assertEquals(turkish, Annotator.annotate(trace));
    } finally {
      Locale.setDefault(before);
    }
  }
}
