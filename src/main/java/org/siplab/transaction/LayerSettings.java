package org.siplab.transaction;

import java.util.Objects;

/**
 * How one transaction layer behaves.
 *
 * @param timers T1, T2, T4 and the timers derived from them
 * @param autoTrying whether an INVITE server transaction sends 100 Trying itself when the TU has
 *     sent no response 200 ms after the INVITE arrived (section 17.2.1); off means the TU takes
 *     that duty
 */
public record LayerSettings(TimerSettings timers, boolean autoTrying) {

  /** RFC 3261's timer defaults, and the 100 Trying timer on. */
  public static final LayerSettings DEFAULT = new LayerSettings(TimerSettings.DEFAULT, true);

  public LayerSettings {
    Objects.requireNonNull(timers, "timers");
  }

  public LayerSettings withTimers(TimerSettings value) {
    return new LayerSettings(value, autoTrying);
  }

  public LayerSettings withAutoTrying(boolean value) {
    return new LayerSettings(timers, value);
  }
}
