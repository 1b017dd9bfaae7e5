package org.siplab.scenario.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.siplab.scenario.model.ScriptStep;

/**
 * Script steps that went wrong as they ran, each counted with the time and the words of its first
 * time: an {@code on:} step may go wrong many times, and is given back as one note with a count.
 */
final class StepTallies {

  /** How often a step went wrong, and when and how it first did. */
  static final class Tally {
    private int times;
    private final long firstUs;
    private final String detail;

    private Tally(long firstUs, String detail) {
      this.firstUs = firstUs;
      this.detail = detail;
    }

    int times() {
      return times;
    }

    long firstUs() {
      return firstUs;
    }

    /** What the step found the first time: its phone's state, or the phone's own words. */
    String detail() {
      return detail;
    }
  }

  /** Makes the note of one step from its tally. */
  interface NoteMaker<N> {
    N note(ScriptStep step, Tally tally);
  }

  private final Map<ScriptStep, Tally> tallies = new LinkedHashMap<>();

  /** {@code step} went wrong at {@code nowUs}; {@code detail} is kept from its first time only. */
  void found(ScriptStep step, long nowUs, String detail) {
    tallies.computeIfAbsent(step, s -> new Tally(nowUs, detail)).times++;
  }

  /** The notes, one a step that went wrong, in the order of {@code script}. */
  <N> List<N> notes(List<ScriptStep> script, NoteMaker<N> maker) {
    List<N> notes = new ArrayList<>();
    for (ScriptStep step : script) {
      Tally t = tallies.get(step);
      if (t != null) {
        notes.add(maker.note(step, t));
      }
    }
    return notes;
  }
}
