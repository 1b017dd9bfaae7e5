package org.siplab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

@DisplayName("events in words")
class EventWordsTest {

  @Test
  @DisplayName("every event's template is one the page holds, with an argument for each place")
  void templatesAreKnown() {
    for (Trace trace : List.of(SampleRuns.call().trace(), SampleRuns.duplicating().trace(),
        HandMadeRuns.registerAndTalk())) {
      for (TraceEvent e : trace.events()) {
        Words words = EventWords.of(e);
        assertTrue(EventWords.TEMPLATES.contains(words.template()), words.template());
        assertFalse(words.text().matches(".*\\{\\d+}.*"), words.text());
        assertEquals(words.template().split("\\{\\d+}", -1).length - 1,
            words.arguments().size(), words.template());
      }
    }
  }

  @Test
  @DisplayName("a transaction's change, a timer firing and a lost datagram read as sentences")
  void sentences() {
    Trace call = SampleRuns.call().trace();
    List<String> lines = call.events().stream().map(e -> EventWords.of(e).text()).toList();
    assertTrue(lines.stream().anyMatch(l -> l.matches(
        "INVITE client transaction z9hG4bK\\w+/INVITE: Calling → Proceeding"
            + " \\(received 180 Ringing\\)")), lines.toString());
    assertTrue(lines.contains("lost on the way to bob: fault: ACK (match 1)"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.matches("Timer K fired \\(z9hG4bK\\w+/BYE\\)")));
    assertTrue(lines.stream().anyMatch(l -> l.matches("the 2xx retransmit timer fired \\(.*\\)")));
  }
}
