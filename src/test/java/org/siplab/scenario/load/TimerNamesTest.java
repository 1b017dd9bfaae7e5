package org.siplab.scenario.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A key under timers: that is not one of the three RFC 3261 base timers siplab sets. */
@DisplayName("a timer that is not T1, T2 or T4")
class TimerNamesTest {

  private static String error(String key) {
    List<String> errors = Scenarios.errors(Scenarios.BASE + "timers: { " + key + ": 1s }\n");
    assertEquals(1, errors.size(), errors.toString());
    return errors.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "T3 | RFC 3261 has no timer T3; its base timers are T1, T2 and T4, and Timers A to K are"
          + " made from them (section 17, Table 4); expected one of: T1, T2, T4",
      "T5 | RFC 3261 has no timer T5; its base timers are T1, T2 and T4, and Timers A to K are"
          + " made from them (section 17, Table 4); expected one of: T1, T2, T4",
      "Z | RFC 3261 has no Timer Z; it has T1, T2 and T4, and Timers A to K made from them"
          + " (section 17, Table 4; RFC 6026 adds L and M); expected one of: T1, T2, T4"})
  @DisplayName("is told that RFC 3261 has no such timer and which it has, with no 'did you mean'")
  void noSuchTimer(String key, String message) {
    assertEquals("t.yaml:8:11: unknown key '" + key + "' in timers: " + message, error(key));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "B | Timer B is not set on its own: it is 64*T1 (17.1.1.2), so it follows from T1",
      "TimerB | Timer B is not set on its own: it is 64*T1 (17.1.1.2), so it follows from T1",
      "timer_e | Timer E is not set on its own: it starts at T1 and doubles up to T2 (17.1.2.2),"
          + " so it follows from T1 and T2",
      "K | Timer K is not set on its own: it is T4 (17.1.2.2), so it follows from T4",
      "M | Timer M is not set on its own: it is 64*T1 (RFC 6026), so it follows from T1",
      "C | Timer C is a proxy's (16.6 step 11); set it with timer-c on the proxy element"})
  @DisplayName("is told, for a letter timer, what it is made of and what sets it")
  void letterTimer(String key, String message) {
    assertEquals("t.yaml:8:11: unknown key '" + key + "' in timers: " + message
        + "; expected one of: T1, T2, T4", error(key));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"t1 | T1", "T1s | T1", "T22 | T2"})
  @DisplayName("is still offered the base timer it is a slip for")
  void slip(String key, String meant) {
    assertEquals("t.yaml:8:11: unknown key '" + key + "' in timers; did you mean '" + meant
        + "'?", error(key));
  }
}
