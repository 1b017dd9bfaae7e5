package org.siplab.explain;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * The misbehaviour demos of scenarios/rules: the annotation of a broken message says what the wire
 * shows and names the rule it breaks, instead of describing the correct behaviour.
 */
@DisplayName("the wording of deliberately broken messages")
class MisbehaviourWordingTest {

  private static Trace demo(String name) {
    return BundledTraces.trace(Path.of("scenarios", "rules", name + ".yaml"));
  }

  private static String first(Trace trace, Predicate<TraceEvent.Send> which) {
    Map<Long, String> text = Annotator.annotate(trace);
    return text.get(Find.send(trace, which).seq());
  }

  @Test
  @DisplayName("a response discarded for its second Via names section 8.1.3.3 and cites the client"
      + " transport's receipt of responses (18.1.2), not the server's of requests (18.2.1)")
  void discardedResponseCitesTheClientTransport() {
    Trace trace = demo("via-003-extra-via-in-response");
    TraceEvent.Action discard = trace.events().stream()
        .filter(e -> e instanceof TraceEvent.Action a && a.action().equals("discarded"))
        .map(e -> (TraceEvent.Action) e).findFirst().orElseThrow();
    String text = Annotator.annotate(trace).get(discard.seq());
    assertTrue(text.contains("alice discards a datagram it could not use: the response has 2 Via"
        + " values") && text.contains("section 8.1.3.3"), text);
    assertTrue(text.contains("18.1.2") && !text.contains("18.2.1"), text);
  }

  @Test
  @DisplayName("a retry after 407 with a new Call-ID says the Call-ID changed (8.1.3.5)")
  void callIdChangedOnRetry() {
    String text = first(demo("callid-003-new-call-id-on-retry"),
        s -> s.firstLine().startsWith("INVITE") && s.message().contains("Proxy-Authorization"));
    assertTrue(text.contains("the Call-ID changed from ") && text.contains("section 8.1.3.5"),
        text);
    assertTrue(!text.contains("same Call-ID") && !text.contains("other call leg"), text);
  }

  @Test
  @DisplayName("an INVITE without a From tag says it has none (8.1.1.3)")
  void noFromTag() {
    String text = first(demo("tag-001-no-from-tag"), s -> s.firstLine().startsWith("INVITE"));
    assertTrue(text.contains("no From tag, although section 8.1.1.3"), text);
  }

  @Test
  @DisplayName("a PBX reusing the caller's Call-ID is not said to make a new one (6, 8.1.1.4)")
  void pbxReusesCallId() {
    String text = first(demo("callid-005-b2bua-reuses-call-id"),
        s -> s.from().equals("pbx") && s.firstLine().startsWith("INVITE"));
    assertTrue(text.contains("but with the caller's own Call-ID"), text);
    assertTrue(!text.contains("a new Call-ID"), text);
  }

  @Test
  @DisplayName("a CANCEL with another CSeq number than its INVITE says so (9.1)")
  void cancelWithAnotherCseq() {
    String text = first(demo("cseq-005-cancel-with-another-cseq"),
        s -> s.firstLine().startsWith("CANCEL"));
    assertTrue(text.matches(".*but CSeq 2 CANCEL where the INVITE \\(seq \\d+\\) has CSeq number"
        + " 1, although section 9\\.1 .*"), text);
  }

  @Test
  @DisplayName("a proxy changing the Call-ID says so both ways: on the requests it forwards and on"
      + " the responses it forwards back (16.6 step 1, 16.7 step 9)")
  void proxyChangesTheCallIdBothWays() {
    Trace trace = demo("callid-004-proxy-changes-call-id");
    Map<Long, String> text = Annotator.annotate(trace);
    int responses = 0;
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s && s.from().equals("proxy") && !s.isRetransmission()
          && s.firstLine().matches("SIP/2.0 (180|200) .*")) {
        String t = text.get(s.seq());
        assertTrue(t.contains("it changes the Call-ID ") && t.contains("16.7 step 9"), t);
        responses++;
      }
    }
    assertTrue(responses > 0, "no response forwarded by the proxy");
    String request = first(trace, s -> s.from().equals("proxy")
        && s.firstLine().startsWith("INVITE"));
    assertTrue(request.contains("changes the Call-ID ") && request.contains("16.6 step 1"),
        request);
  }

  @Test
  @DisplayName("a proxy keeping its Via forwards responses, and is not said to answer (16.7)")
  void proxyKeepsItsVia() {
    Trace trace = demo("via-005-proxy-keeps-its-via");
    Map<Long, String> text = Annotator.annotate(trace);
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s && s.from().equals("proxy")
          && s.firstLine().matches("SIP/2.0 (180|200) .*") && s.to().equals("alice")) {
        String t = text.get(s.seq());
        assertTrue(t.startsWith("proxy forwards the ") && t.contains("leaves its own Via on top"),
            t);
      }
    }
  }

  @Test
  @DisplayName("two ACKs with different CSeq numbers get different texts, the wrong one said wrong"
      + " (13.2.2.4)")
  void acksWithDifferentCseqs() {
    Trace trace = demo("cseq-006-ack-with-another-cseq");
    String right = first(trace, s -> s.firstLine().startsWith("ACK")
        && s.message().contains("CSeq: 1 ACK"));
    String wrong = first(trace, s -> s.firstLine().startsWith("ACK")
        && s.message().contains("CSeq: 2 ACK"));
    assertNotEquals(right, wrong);
    assertTrue(right.contains("the INVITE's CSeq number (CSeq 1 ACK)"), right);
    assertTrue(wrong.contains("CSeq 2 ACK, although the INVITE it acknowledges has CSeq number 1"),
        wrong);
  }
}
