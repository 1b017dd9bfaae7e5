package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;

/**
 * The run's settings in words for the report's network section: the transaction timers, the timers
 * of each element that has its own (a misbehaviour such as half-t1), the default link, each link of
 * its own and each targeted fault. Empty for a trace without settings.
 */
record SettingsView(List<String> lines) {

  static SettingsView of(RunSettings s, List<ElementInfo> elements) {
    List<String> lines = new ArrayList<>();
    if (s == null) {
      return new SettingsView(List.of());
    }
    lines.add(timers(s.t1Us(), s.t2Us(), s.t4Us()));
    // An element on timers of its own retransmits on another schedule than the line above says;
    // the explanations of its timers use its own (trace.json's elements), so the header does too.
    for (ElementInfo e : elements) {
      if (e.timers() != null) {
        lines.add(e.name() + "'s own timers: " + timers(e.timers().t1Us(), e.timers().t2Us(),
            e.timers().t4Us()));
      }
    }
    if (s.defaultLink() != null) {
      lines.add("every link: " + LinkWords.of(s.defaultLink()));
    }
    for (RunSettings.Link l : s.links()) {
      lines.add(l.from() + " → " + l.to() + ": " + LinkWords.of(l));
    }
    for (RunSettings.Fault f : s.faults()) {
      lines.add(fault(f));
    }
    return new SettingsView(List.copyOf(lines));
  }

  private static String timers(long t1Us, long t2Us, long t4Us) {
    return "T1 " + TimeText.span(t1Us) + ", T2 " + TimeText.span(t2Us) + ", T4 "
        + TimeText.span(t4Us);
  }

  private static String fault(RunSettings.Fault f) {
    String which = f.nth() == 0 ? "every " : "match " + f.nth() + " of ";
    String extra = "delay".equals(f.action()) ? " by " + TimeText.span(f.extraUs()) : "";
    return "fault: " + f.action() + extra + " " + which + "'" + f.matches() + "' from " + f.from()
        + " to " + f.to();
  }
}
