package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.ElementInfo;
import org.siplab.trace.RunSettings;

@DisplayName("the report's network section")
class SettingsViewTest {

  private static final RunSettings RUN =
      new RunSettings(1, 500_000, 4_000_000, 5_000_000, null, List.of(), List.of());

  @Test
  @DisplayName("lists the timers of an element that has its own under the run's, by its name")
  void elementTimersAreListed() {
    List<ElementInfo> elements = List.of(
        new ElementInfo("alice", "phone", "192.0.2.101:5060"),
        new ElementInfo("bob", "phone", "192.0.2.4:5060",
            new ElementInfo.Timers(250_000, 4_000_000, 5_000_000)));
    assertEquals(List.of("T1 500 ms, T2 4 s, T4 5 s",
        "bob's own timers: T1 250 ms, T2 4 s, T4 5 s"), SettingsView.of(RUN, elements).lines());
  }

  @Test
  @DisplayName("says nothing of elements on the run's timers")
  void runTimersOnly() {
    assertEquals(List.of("T1 500 ms, T2 4 s, T4 5 s"),
        SettingsView.of(RUN, List.of(new ElementInfo("alice", "phone", "192.0.2.101:5060")))
            .lines());
  }
}
