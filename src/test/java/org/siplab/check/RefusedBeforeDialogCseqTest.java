package org.siplab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.siplab.testkit.ScenarioRuns;
import org.siplab.trace.Finding;
import org.siplab.trace.Trace;
import org.siplab.trace.TraceEvent;

/**
 * CSEQ-007 and a request the receiver refuses under section 8.2 before its dialog sees it. Section
 * 12.2.2: "the UAS first applies the same processing rules for requests outside of a dialog,
 * discussed in Section 8.2", and only then checks the CSeq; a request refused there (an INFO the
 * PBX answers 405) never set the remote sequence number, so a request with a lower CSeq arriving
 * after it is in order.
 */
@DisplayName("CSEQ-007 after a request refused by the checks of section 8.2")
class RefusedBeforeDialogCseqTest {

  /**
   * Alice sends a re-INVITE (CSeq 2) and an INFO (CSeq 3) at the same instant; the re-INVITE is
   * held back 200 ms, so the INFO reaches the PBX first and gets 405 (chan_sip takes no INFO).
   */
  private static final String OVERTAKEN = """
      seed: 1
      network:
        default: { delay: 10ms }
        faults:
          - { delay: INVITE, from: alice, to: pbx, nth: 2, by: 200ms }
      elements:
        alice: { kind: phone, aor: "sip:alice@pbx.example.com", address: 192.0.2.101, proxy: pbx }
        bob:   { kind: phone, aor: "sip:bob@pbx.example.com", address: 192.0.2.102, proxy: pbx,
                 answer: { after: 1s } }
        pbx:   { kind: pbx, domain: pbx.example.com, address: 192.0.2.10,
                 accounts: { alice: {}, bob: {} }, extensions: { "100": alice, "101": bob } }
      script:
        - { at: 0s, do: alice.register }
        - { at: 0s, do: bob.register }
        - { at: 1s, do: alice.call sip:101@pbx.example.com }
        - { at: 5s, do: alice.reinvite }
        - { at: 5s, do: alice.info }
      """;

  @Test
  @DisplayName("a re-INVITE that arrives after an INFO refused with 405 is in order, and its 200"
      + " is no finding")
  void aRequestRefusedWith405DoesNotSetTheRemoteNumber() {
    Trace trace = ScenarioRuns.run("overtaken.yaml", OVERTAKEN).trace();
    assertEquals(List.of("pbx 405 INFO", "pbx 200 INVITE"), answersToAlicesRequestsAfter(trace),
        "the set-up: the INFO overtakes the re-INVITE and is refused");
    List<Finding> found = Checker.check(trace, List.of(Catalog.rule("CSEQ-007")));
    assertEquals(List.of(), found);
  }

  /** The PBX's final answers to alice's requests from 5 s on, in the order it sent them. */
  private static List<String> answersToAlicesRequestsAfter(Trace trace) {
    List<String> out = new ArrayList<>();
    for (TraceEvent e : trace.events()) {
      if (e instanceof TraceEvent.Send s && s.timeUs() >= 5_000_000 && s.from().equals("pbx")
          && s.to().equals("alice") && s.firstLine().startsWith("SIP/2.0 ")
          && !s.isRetransmission() && !s.firstLine().startsWith("SIP/2.0 1")) {
        out.add("pbx " + s.firstLine().substring(8, 11) + " " + s.cseq().split(" ")[1]);
      }
    }
    assertTrue(!out.isEmpty(), "the PBX answered nothing after 5 s");
    return out;
  }
}
