package org.siplab.report;

import java.util.ArrayList;
import java.util.List;
import org.siplab.trace.RunSettings;

/**
 * The run's settings in words for the report's network section: the transaction timers, the
 * default link, each link of its own and each targeted fault. Empty for a trace without settings.
 */
record SettingsView(List<String> lines) {

  static SettingsView of(RunSettings s) {
    List<String> lines = new ArrayList<>();
    if (s == null) {
      return new SettingsView(List.of());
    }
    lines.add("T1 " + TimeText.span(s.t1Us()) + ", T2 " + TimeText.span(s.t2Us()) + ", T4 "
        + TimeText.span(s.t4Us()));
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

  private static String fault(RunSettings.Fault f) {
    String which = f.nth() == 0 ? "every " : "match " + f.nth() + " of ";
    String extra = "delay".equals(f.action()) ? " by " + TimeText.span(f.extraUs()) : "";
    return "fault: " + f.action() + extra + " " + which + "'" + f.matches() + "' from " + f.from()
        + " to " + f.to();
  }
}
