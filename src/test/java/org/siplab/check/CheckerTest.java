package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;
import org.siplab.trace.TraceJson;
import org.siplab.trace.TraceReader;

/** The checker's contract: the same findings every time, in event order, from any trace. */
@DisplayName("the checker")
class CheckerTest {

  @Test
  @DisplayName("the same trace gives the same findings, in event order, rules in catalog order")
  void deterministic() {
    Flow flow = Rfc3665Flows.published("3.3");
    List<Finding> first = Checker.check(flow.trace());
    assertEquals(first, Checker.check(flow.trace()));
    for (int i = 1; i < first.size(); i++) {
      assertTrue(first.get(i - 1).event() <= first.get(i).event(), first.toString());
    }
    Finding msg = first.stream().filter(f -> f.event() == flow.seq("F13")).findFirst()
        .orElseThrow();
    assertEquals("MSG-001", msg.rule(), "MSG-001 comes before VIA-002 on the same event");
  }

  @Test
  @DisplayName("a trace read back from its trace.json gives the same findings")
  void throughJson() {
    Flow flow = Rfc3665Flows.published("3.8");
    Trace trace = flow.trace();
    String json = TraceJson.write(trace, Map.of(), List.of());
    assertEquals(Checker.check(trace), Checker.check(TraceReader.read(json).trace()));
  }

  @Test
  @DisplayName("times and durations are written without floating point or locale")
  void durations() {
    assertEquals("0 s", Durations.text(0));
    assertEquals("500 ms", Durations.text(500_000));
    assertEquals("0.25 ms", Durations.text(250));
    assertEquals("1.5 s", Durations.text(1_500_000));
    assertEquals("32 s", Durations.text(32_000_000));
    assertEquals("0.03 s", Durations.at(30_000));
    assertEquals("0 s", Durations.at(0));
  }

  @Test
  @DisplayName("a send without message text is a finding, not an exception")
  void sendWithoutText() {
    Trace trace = new Trace("empty", 1);
    trace.append(seq -> new TraceEvent.Send(seq, 0, 0, "alice", "bob", null, null, 1, null, null,
        null, null, null, null));
    List<Finding> found = Checker.check(trace);
    assertEquals(1, found.size(), found::toString);
    assertEquals("MSG-001", found.get(0).rule());
  }

  @Test
  @DisplayName("a From or To the codec cannot read is a grammar error, not a missing tag")
  void unreadableAddressIsNotAMissingTag() {
    Trace trace = new Trace("unreadable", 1);
    String request = "OPTIONS sip:bob@192.0.2.2 SIP/2.0\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK-1\r\nMax-Forwards: 70\r\n"
        + "To: <sip:bob@192.0.2.2>\r\nFrom: <sip:alice@192.0.2.1>;tag=1;tag=2\r\n"
        + "Call-ID: u1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    String response = "SIP/2.0 200 OK\r\n"
        + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK-1\r\n"
        + "To: <sip:bob@192.0.2.2>;tag=b;tag=c\r\nFrom: <sip:alice@192.0.2.1>;tag=1\r\n"
        + "Call-ID: u1\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    trace.append(seq -> new TraceEvent.Send(seq, 0, 0, "alice", "bob", null, null, 1, request,
        null, null, null, null, null));
    trace.append(seq -> new TraceEvent.Send(seq, 1000, 0, "bob", "alice", null, null, 2, response,
        null, null, null, null, null));
    List<Finding> found = Checker.check(trace);
    assertEquals(List.of("MSG-001", "MSG-001"), found.stream().map(Finding::rule).toList(),
        found::toString);
  }
}
