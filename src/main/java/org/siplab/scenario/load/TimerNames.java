package org.siplab.scenario.load;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.siplab.spelling.Suggest;

/**
 * What to say of a key under {@code timers:} that is not T1, T2 or T4. RFC 3261 names three base
 * timers, T1, T2 and T4 (there is no T3), and Timers A to K that are made from them (section 17,
 * Table 4); RFC 6026 adds L and M. Only the three base timers are set in a scenario; a student who
 * writes {@code B: 10s} or {@code T3: 1s} is told what the timer is and what sets it, rather than
 * siplab's bare "did you mean 'T1'?".
 */
final class TimerNames {

  private static final String EXPECTED = "; expected one of: T1, T2, T4";

  /** A letter timer as people write it: B, Timer B, timer_b, TimerB. */
  private static final Pattern LETTER = Pattern.compile("(?i)(?:timer[ _-]?)?([a-z])");

  /** A base timer with a number RFC 3261 does not have: T0, T3, T5, T10. */
  private static final Pattern BASE = Pattern.compile("[Tt]([0-9]+)");

  /** Table 4 (and RFC 6026 for L and M): what each letter timer is made of, as siplab runs it. */
  private static final Map<Character, String> MADE_OF = Map.ofEntries(
      Map.entry('A', "starts at T1 and doubles (17.1.1.2)"),
      Map.entry('B', "is 64*T1 (17.1.1.2)"),
      Map.entry('D', "is 64*T1, and at least 32s (17.1.1.2)"),
      Map.entry('E', "starts at T1 and doubles up to T2 (17.1.2.2)"),
      Map.entry('F', "is 64*T1 (17.1.2.2)"),
      Map.entry('G', "starts at T1 and doubles up to T2 (17.2.1)"),
      Map.entry('H', "is 64*T1 (17.2.1)"),
      Map.entry('I', "is T4 (17.2.1)"),
      Map.entry('J', "is 64*T1 (17.2.2)"),
      Map.entry('K', "is T4 (17.1.2.2)"),
      Map.entry('L', "is 64*T1 (RFC 6026)"),
      Map.entry('M', "is 64*T1 (RFC 6026)"));

  private TimerNames() {}

  /**
   * The message after {@code unknown key 'X' in timers} for a key that names a timer siplab does
   * not set here, or empty for anything else (a slip such as {@code t1}, which "did you mean"
   * handles).
   */
  static Optional<String> explain(String key) {
    Matcher base = BASE.matcher(key);
    // T22 or T1s is a slip for a base timer, which "did you mean" names; T3 is no slip.
    if (base.matches() && Suggest.closest(key, List.of("T1", "T2", "T4")).isEmpty()) {
      return Optional.of(": RFC 3261 has no timer T" + base.group(1) + "; its base timers are"
          + " T1, T2 and T4, and Timers A to K are made from them (section 17, Table 4)"
          + EXPECTED);
    }
    Matcher letter = LETTER.matcher(key);
    if (!letter.matches()) {
      return Optional.empty();
    }
    char name = letter.group(1).toUpperCase(Locale.ROOT).charAt(0);
    if (name == 'C') {
      return Optional.of(": Timer C is a proxy's (16.6 step 11); set it with timer-c on the"
          + " proxy element" + EXPECTED);
    }
    String madeOf = MADE_OF.get(name);
    if (madeOf == null) {
      return Optional.of(": RFC 3261 has no Timer " + name + "; it has T1, T2 and T4, and Timers"
          + " A to K made from them (section 17, Table 4; RFC 6026 adds L and M)" + EXPECTED);
    }
    return Optional.of(": Timer " + name + " is not set on its own: it " + madeOf
        + ", so it follows from " + (madeOf.contains("T4") ? "T4" : madeOf.contains("T2")
            ? "T1 and T2" : "T1") + EXPECTED);
  }
}
