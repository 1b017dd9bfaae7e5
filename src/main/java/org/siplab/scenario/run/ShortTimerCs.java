package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.List;
import org.siplab.scenario.model.ProxySpec;
import org.siplab.scenario.model.Scenario;

/**
 * The proxies whose {@code timer-c} the scenario sets to 3 minutes or less. RFC 3261 section 16.6
 * step 11: "The timer MUST be larger than 3 minutes." A teaching scenario shortens it on purpose,
 * so that Timer C fires (section 16.8) within a run a reader can follow; it is accepted, and
 * told, so that nobody takes the value for one a real proxy may use.
 */
final class ShortTimerCs {

  /** Section 16.6 step 11's bound: Timer C must be larger than this. */
  static final long THREE_MINUTES_US = 180_000_000L;

  private ShortTimerCs() {}

  /** The notes, one a proxy whose written timer-c is not larger than 3 minutes, in file order. */
  static List<RunResult.ShortTimerC> of(Scenario scenario) {
    List<RunResult.ShortTimerC> notes = new ArrayList<>();
    for (ProxySpec proxy : scenario.elementsOf(ProxySpec.class)) {
      long us = proxy.timerC().micros();
      if (us <= THREE_MINUTES_US) {
        // Only a written value can be this short: the default is 181 s.
        proxy.options().position("timer-c").ifPresent(at ->
            notes.add(new RunResult.ShortTimerC(at, proxy.name(), us)));
      }
    }
    return notes;
  }
}
