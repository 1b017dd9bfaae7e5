package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Trace;

@DisplayName("the state timeline")
class StateTimelineTest {

  @Test
  @DisplayName("a binding lasts from added to removed, a media session from start to end")
  void bindingsAndMedia() {
    Trace trace = HandMadeRuns.registerAndTalk();
    StateTimeline timeline = StateTimeline.of(trace.events(), Ladder.of(trace, List.of()));
    List<String> changes = timeline.changes().stream()
        .map(c -> c.type() + " " + c.key() + (c.ends() ? " ends " : " ") + c.cells()).toList();
    assertEquals(List.of(
        "binding sip:alice@example.com sip:alice@192.0.2.1:5060 [sip:alice@example.com,"
            + " sip:alice@192.0.2.1:5060, added, 3600.010 s]",
        "media alice [alice, start, PCMU, 192.0.2.2:4000 ↔ 192.0.2.1:4000]",
        "media bob [bob, start, PCMU, 192.0.2.1:4000 ↔ 192.0.2.2:4000]",
        "media bob ends [bob, end, PCMU, 192.0.2.1:4000 ↔ 192.0.2.2:4000]",
        "binding sip:alice@example.com sip:alice@192.0.2.1:5060 ends [sip:alice@example.com,"
            + " sip:alice@192.0.2.1:5060, removed, ]"), changes);
    assertEquals(List.of(1, 2, 0, 0, 1),
        timeline.changes().stream().map(StateTimeline.Change::element).toList());
  }

  @Test
  @DisplayName("a transaction ends at Terminated, a dialog at terminated, a timer when it fires or"
      + " is cancelled")
  void ends() {
    Trace call = SampleRuns.call().trace();
    StateTimeline timeline = StateTimeline.of(call.events(), Ladder.of(call, List.of()));
    for (StateTimeline.Change c : timeline.changes()) {
      boolean ends = switch (c.type()) {
        case "tx" -> c.cells().get(2).equals("Terminated");
        case "dialog" -> c.cells().get(0).equals("terminated");
        case "timer" -> c.cells().get(2).isEmpty();
        default -> throw new AssertionError(c.type());
      };
      assertEquals(ends, c.ends(), c.toString());
    }
  }
}
